#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "cmcsim/meeting/MeetingRules.h"

namespace cmcsim {

struct MeetingContext;
struct MeetingTranscript;

// Whether the company signs the needs and requirements written in a meeting ("rdv.besoins",
// L521-4 C. assur.), and what a refused draft costs. The statement must be written in sentences
// and cover each needs topic the meeting revealed, and must not contradict the budget revealed
// (every amount in euros of the text within `tolerance_budget` of it). Rule and figures:
// docs/simulation.md "Les exigences et besoins écrits"; keywords datasets/besoins_rdv.csv;
// parameters datasets/parametres_rdv.csv (`besoins_mots_par_sujet`, `besoins_refuses`,
// `minutes_besoins`), ⚠ modelling assumptions.
//
// A sentence is a part of the text between . ! ? ; … or line breaks. Its words are compared
// normalised (case, accents and plural ignored: "Lunettes" and "lunette" are one word). It covers
// a topic when it holds one of the topic's keywords (a keyword of several words as a sequence).
// It is written as a sentence when it has a verb and at least `besoins_mots_par_sujet` words
// besides the keywords and the small words (articles, prepositions, possessives). The company
// signs when each revealed topic is covered by such a sentence and the written sentences hold,
// all together, at least `besoins_mots_par_sujet` such words per revealed topic.
struct MeetingNeedsCheck {
    // The topics (MeetingBank::revealCodes) a statement must cover once revealed, with their
    // keywords, each a sequence of normalised words joined by one space; read from `datasets` /
    // besoins_rdv.csv. InputError naming the file, line and column for a bad file.
    static std::map<std::string, std::vector<std::string>> load(
        const std::filesystem::path& datasets);
    // Those of the installed datasets (dataRoot()), read once.
    static const std::map<std::string, std::vector<std::string>>& installed();

    // What keeps the company from signing `text` after `sofar`, in its words ("il y manque notre
    // budget" …); empty when it signs.
    static std::vector<std::string> problems(const MeetingContext& context,
                                             const MeetingTranscript& sofar,
                                             const std::string& text);
    // What `text` contradicts in what the company said or knows of itself (issue 12 §4), in its
    // words, each figure quoted: a budget (per employee and month; an amount "par an" is read
    // per employee or for the whole company; an amount that is one of those without its unit
    // is an error of unit), a headcount (within `tolerance_effectif`), a level requested, the
    // family left out when the employees value it (`seuil_attente`), an effective date that is
    // not the échéance of the current contract, a care area given as a priority that is not
    // one, a share over 100 % and any negative figure. A figure the company did not say yet
    // is not stated back. Rules: docs/simulation.md "Les exigences et besoins écrits".
    static std::vector<std::string> contradictions(const MeetingContext& context,
                                                   const MeetingTranscript& sofar,
                                                   const std::string& text);
    // The effect of a draft the company refuses to sign: trust falls by `besoins_refuses` points
    // (parametres_rdv.csv). The draft stays in the transcript; its minutes (`minutes_besoins`)
    // are spent as for a signed one.
    static MeetingEffect refused(const MeetingContext& context);
    // A statement the company signs: `written` followed by a sentence "– Vous nous avez
    // indiqué …" for each need the meeting revealed (`restated`: MeetingTranscript::restated,
    // MeetingFacts::restatement: no internal label, neither who decides nor the census sent)
    // that it does not hold yet (the studio's "Reprendre ce que l'entreprise a dit").
    static std::string draft(const std::map<std::string, std::string>& restated,
                             const std::string& written = {});
};

}  // namespace cmcsim
