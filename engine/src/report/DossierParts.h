#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/report/Document.h"

namespace cmcsim {

class Attempt;
class AttemptState;
struct ReferenceData;
struct SavedOffer;

// The pieces DossierDocument assembles, one function per part (engine/src/report/Dossier*.cpp).
namespace dossier {

// What every part reads: the attempt, its state, the reference data, and the mutuelle's name
// and the simulated date the documents are dated with.
struct Sources {
    const ReferenceData& reference;
    const Attempt& attempt;
    const AttemptState& state;
    std::string mutuelle;
    std::string date;  // French, "12/01/2026"
};

// A saved offer version studied as the candidate knows the company now, or why it cannot be.
struct VersionStudy {
    const SavedOffer* saved = nullptr;
    std::string company;  // the company's name, or its SIRET when it cannot be studied
    std::optional<OfferStudy> study;
    std::string error;  // in French, when `study` is empty
};

// Every saved version, in journal order, keyed by (SIRET as saved, version).
using VersionStudies = std::map<std::pair<std::string, int>, VersionStudy>;
VersionStudies studyVersions(const Sources& sources);

// A section: its heading, level, and whether it opens a page.
DocumentSection section(std::string heading, int level, bool newPage = false);
Paragraph paragraph(std::string text, Tone tone = Tone::Normal);
// A part's statement that the candidate produced nothing of it ("Aucun appel d'offres traité").
Paragraph nothing(std::string text);
// Appends `sections` (another document's) under `dossier`'s last section, each at level 3 so that
// they stay below the heading that introduces them (and out of the table of contents); when the
// first opens a page, that heading opens it instead.
void appendBelow(Document& dossier, std::vector<DocumentSection> sections);

// The parts 4 to 6 (DossierDocument.h).
void offersPart(Document& dossier, const Sources& sources, const VersionStudies& studies);
void tendersPart(Document& dossier, const Sources& sources);
void meetingsPart(Document& dossier, const Sources& sources, const VersionStudies& studies);

}  // namespace dossier

}  // namespace cmcsim
