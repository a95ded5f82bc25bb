#pragma once

#include <string>

namespace cmcsim {

struct TenderReference;
struct TenderTruth;

// How the company answers a question the candidate asks about its call for tender: the first
// topic of datasets/ao_reponses.csv with a keyword in the question (case and accents ignored)
// gives the answer, filled from the truth the tender discloses; otherwise the question is sent
// back to the specifications. Deterministic: the same question gets the same answer.
struct TenderAnswers {
    static std::string answer(const TenderReference& reference, const TenderTruth& truth,
                              const std::string& question);
};

}  // namespace cmcsim
