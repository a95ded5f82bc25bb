#pragma once

#include <cstddef>
#include <string>

namespace cmcsim {

struct TenderAnswerTopic;
struct TenderReference;
struct TenderTruth;

// How the company answers a question the candidate asks about its call for tender
// (docs/simulation.md "Les appels d'offres", "Questions to the company"): the topic of
// datasets/ao_reponses.csv named by the question's earliest keyword (column mots_cles; the
// longest where two start at the same place), else by its earliest generic word (column
// mots_generiques), matched as words (case and accents ignored, a plural mark allowed), gives the
// answer, filled from the truth the specifications disclose (a whole sentence where the truth
// has two cases, such as a current contract or none), so an answer never states what the truth
// does not; a question naming no topic gets kOffTopic (and still counts among the questions
// allowed: ao_parametres.csv questions_max). Deterministic: the same question gets the same
// answer.
struct TenderAnswers {
    // The answer to a question that is not about the specifications.
    static constexpr const char* kOffTopic = "La question ne porte pas sur le cahier des charges.";
    static std::string answer(const TenderReference& reference, const TenderTruth& truth,
                              const std::string& question);
    // The topic that answers `question`, null when none does.
    static const TenderAnswerTopic* topicOf(const TenderReference& reference,
                                            const std::string& question);
    // The length of `keyword` when the folded text (foldText) holds it as a word or the start of
    // a word followed only by a plural mark ("garantie" in "garanties", not "effectif" in
    // "effectivement"); 0 otherwise.
    static std::size_t matchLength(const std::string& folded, const std::string& keyword);
    // Where the folded text first holds `keyword` so (matchLength), npos when it does not.
    static std::size_t matchAt(const std::string& folded, const std::string& keyword);
};

}  // namespace cmcsim
