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
    bool addressed = false;  // the answer treats its question, at least in part (credit > 0)
    double credit = 0;       // 0..1: what it counts in the file's completeness
    // The question's points the answer names, and those full credit needs (0 when not judged).
    int pointsTreated = 0, pointsWanted = 0;
    // Why no credit or partial credit, in French ("hors sujet : …", "refus : …", "incomplète :
    // …"); at full credit, empty unless the answer refuses a point.
    std::string reason;
    // The points (their labels, TenderQuestion::pointLabels) the answer names only in sentences
    // that deny: it says the offer does not do them; and the first such sentence, as written.
    std::vector<std::string> pointsRefused;
    std::string denial;
    // The award criterion the question counts in (its theme: services or gestion), and whether
    // it is a legal obligation or a point the specifications require
    // (TenderQuestion::requirementLabel, empty when neither) with the rule's reference.
    std::string criterion, requirement, requirementSource;
    // The answer refuses a required point: the bid is non-compliant on `criterion` (0 there).
    bool nonCompliant() const { return !requirement.empty() && !pointsRefused.empty(); }
};

// The judgement of a response's answers, each against its own question (docs/simulation.md "Les
// appels d'offres", "Answers to the questions"), read alike by the award's « dossier » criterion
// (TenderAward::candidateBid), the assessor ao.reponse (B4.4.1) and the debrief. Deterministic
// and data-driven (datasets/ao_questions.csv mots_min and points; ao_parametres.csv
// part_mots_distincts_min, phrases_min, mots_par_phrase_min, part_mots_liaison_min,
// part_termes_max, part_points_note_pleine), in the tender's order:
// - a sentence (the words between « . », « ! », « ? » or line breaks, folded) counts once in the
//   whole response: an answer whose sentences an earlier answer already has is « même texte »
//   (0), and only an answer's new sentences are judged;
// - they need mots_min words (short of them after dropping the answer's own repeated sentences:
//   « répétitive »), part_mots_distincts_min × mots_min distinct words, at most part_termes_max
//   of their words among the question's terms (a list of keywords is no answer), and phrases_min
//   written sentences: mots_par_phrase_min words of which part_mots_liaison_min are linking
//   words (articles, prepositions, conjunctions, pronouns); otherwise 0;
// - a sentence that denies (« ne » or « n' » then pas, jamais, plus, ni, aucun(e), rien or guère,
//   or a form of « refuser ») names no point: it says what the offer does not do, and the points
//   it names that no other sentence treats are refused (« refus : … répond non sur … »); a
//   negation within a wording of datasets/ao_tournures_affirmatives.csv (« aucun délai de
//   carence », « les salariés n'avancent pas les frais ») does not deny;
// - credit = min(1, points named / ⌈part_points_note_pleine × points of the question⌉), a point
//   named when one of its synonyms appears: words are compared by their stem (frenchStem, the
//   Snowball French stemmer: « nous remboursons », « remboursé », « remboursement » name
//   « remboursement »), a stem of 5 letters or more naming too the longer stems it begins
//   (Snowball leaves « -ons »), a stem of fewer than 4 letters being no match: such words are
//   compared whole, a plural mark aside (« délai » and « au-delà » both stem to « del »); a
//   synonym of several words appears as a phrase; the share of the question's terms counts the
//   same forms; repeating a term names one point once; no point named is off topic (0), or a
//   refusal when the answer refuses one;
// - the debrief names the points by their labels in the trade's words (ao_questions.csv
//   libelles_points), never a synonym nor a stem.
// An assumption of the model (⚠), documented with its data.
struct TenderAnswerReview {
    // One verdict per question of `tender`, in its order.
    static std::vector<TenderAnswerVerdict> of(const TenderReference& reference,
                                               const Tender& tender, const TenderDraft& draft);
    // The mean credit of the verdicts, 0..1; 1 when there is no question.
    static double completeness(const std::vector<TenderAnswerVerdict>& verdicts);
    // A text's words (runs of letters and digits) folded (foldText: case and accents ignored),
    // joined by one space: two texts with the same words are the same text.
    static std::string normalised(const std::string& text);
    // The number of verdicts addressed (credit above 0).
    static int addressed(const std::vector<TenderAnswerVerdict>& verdicts);
};

}  // namespace cmcsim
