#pragma once

#include <cstddef>
#include <string>

namespace cmcsim {

struct TenderAnswerTopic;
struct TenderReference;
struct TenderTruth;

// How the company answers a question the candidate asks about its call for tender
// (docs/simulation.md "Les appels d'offres"): the topic of datasets/ao_reponses.csv whose longest
// keyword the question holds as a word (case and accents ignored, a plural mark allowed; the
// first topic on a tie) gives the answer, filled from the truth the specifications disclose (a
// whole sentence where the truth has two cases, such as a current contract or none), so an
// answer never states what the truth does not; otherwise the company adds nothing to the
// specifications. Deterministic: the same question gets the same answer.
struct TenderAnswers {
    static std::string answer(const TenderReference& reference, const TenderTruth& truth,
                              const std::string& question);
    // The topic that answers `question`, null when none does.
    static const TenderAnswerTopic* topicOf(const TenderReference& reference,
                                            const std::string& question);
    // The length of `keyword` when the folded text (foldText) holds it as a word or the start of
    // a word followed only by a plural mark ("garantie" in "garanties", not "effectif" in
    // "effectivement"); 0 otherwise.
    static std::size_t matchLength(const std::string& folded, const std::string& keyword);
};

}  // namespace cmcsim
