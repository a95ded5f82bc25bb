#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/report/Document.h"

namespace cmcsim {

struct ReferenceData;

// The written proposal to a company, built from an OfferStudy: the company, its needs and
// requirements as the candidate wrote them (DDA: C. assur. L521-4), guarantees, contributions
// per class, social and fiscal treatment, compliance (each rule ✔/✘/à vérifier with its figures
// and reference), the IPID-style sheet (ProductInformationSheet), the needs and requirements
// on a page of their own to be signed (DDA), and complaints and mediation.
// A French regulatory document, so its text is French whatever the interface language. The
// studio and the CLI render the same Document (app/render), so they print the same content.
struct ProposalDocument {
    // Printed across every page of the proposal of an offer that breaks a rule.
    static constexpr const char* kNonCompliantMark = "Offre non conforme — document de travail";

    // `mutuelle`: the organisation's name; `date`: the proposal's date, in French ("05/01/2026").
    // A non-compliant offer's document carries kNonCompliantMark as its watermark.
    static Document build(const ReferenceData& reference, const OfferStudy& study,
                          const std::string& mutuelle, const std::string& date);

    // The proposal's sections in two halves, for the candidate's dossier (DossierDocument), which
    // shows each version's study and, apart, the documents handed to the company: `study` holds
    // the company, needs, guarantees, contributions, social and fiscal treatment and compliance;
    // `delivered` the IPID-style sheet, the needs and requirements to sign, complaints and
    // mediation. build() is the two in this order under its title block.
    struct Halves {
        std::vector<DocumentSection> study, delivered;
    };
    static Halves halves(const ReferenceData& reference, const OfferStudy& study,
                         const std::string& mutuelle, const std::string& date);

    // The offer saved for this SIRET (14 digits, spaces allowed) in version `version` (from 1),
    // or its latest version. InputError naming `--siret` when the company has no saved offer
    // (with the SIRETs that have one), `--version` when it has no such version (with the range).
    static const SavedOffer& savedVersion(const std::vector<SavedOffer>& offers,
                                          const std::string& siret, std::optional<int> version);
};

}  // namespace cmcsim
