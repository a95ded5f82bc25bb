#pragma once

#include <string>
#include <vector>

namespace cmcsim {

struct Tender;
struct TenderDraft;
struct TenderReference;

// How one answer of a tender response meets its question.
struct TenderAnswerVerdict {
    std::string question;    // id of datasets/ao_questions.csv
    bool addressed = false;  // the answer treats its question: it counts in the file's completeness
    std::string reason;      // why not, in French ("hors sujet : …"); empty when addressed
};

// The judgement of a response's answers, each against its own question (docs/simulation.md "Les
// appels d'offres"), read alike by the award's « dossier » criterion (TenderAward::candidateBid),
// the assessor ao.reponse (B4.4.1) and the debrief. Deterministic and data-driven
// (datasets/ao_questions.csv mots_min and termes, ao_parametres.csv part_mots_distincts_min): in
// the tender's order, an answer treats its question when it has at least the question's mots_min
// words, at least part_mots_distincts_min × mots_min distinct words (case and accents ignored),
// one of the question's terms (TenderAnswers::matchLength), and a text (its words, folded) no
// earlier question's answer already has: the same text for two questions counts once. An assumption
// of the model (⚠), documented with its data.
struct TenderAnswerReview {
    // One verdict per question of `tender`, in its order.
    static std::vector<TenderAnswerVerdict> of(const TenderReference& reference,
                                               const Tender& tender, const TenderDraft& draft);
    // The share of verdicts addressed, 0..1; 1 when there is no question.
    static double completeness(const std::vector<TenderAnswerVerdict>& verdicts);
    // A text's words (runs of letters and digits) folded (foldText: case and accents ignored),
    // joined by one space: two texts with the same words are the same text.
    static std::string normalised(const std::string& text);
    // The number of verdicts addressed.
    static int addressed(const std::vector<TenderAnswerVerdict>& verdicts);
};

}  // namespace cmcsim
