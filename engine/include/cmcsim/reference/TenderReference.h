#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// An evaluation criterion of a call for tender (datasets/ao_criteres.csv) and its default weight.
struct TenderCriterion {
    std::string id;  // prix | garanties | services | gestion | dossier
    std::string label;
    int defaultWeight = 0;  // points out of 100
    std::string description;
};

// A question a call for tender asks about services and management (datasets/ao_questions.csv).
struct TenderQuestion {
    std::string id;
    std::string theme;  // services | gestion
    std::string text;
    int minWords = 0;  // an answer shorter than this is incomplete in the award
    // The covers it is about: "tous", "sante" or "prevoyance"; the generator asks it only of a
    // tender on that cover (the resumption of provident claims in progress is no health question).
    std::string products = "tous";
    // The points a full answer treats (column « points »: points separated by « ; », the
    // synonyms of a point by « | »), each a list of terms as written (matched folded: case and
    // accents ignored; as a word or a word's start followed by a plural mark). An answer's
    // credit grows with the distinct points it names; one holding none is off topic
    // (TenderAnswerReview).
    std::vector<std::vector<std::string>> points;
    // Each point in the trade's words (column « libelles_points », « ; »-separated, one per
    // point): how the debrief names an expected point, never a synonym nor a stem.
    std::vector<std::string> pointLabels;
    // Whether the question asks for a legal obligation ("obligation_legale": the portability of
    // cover, art. L911-8 CSS) or a point the specifications require ("exigee"), empty when
    // neither (column « exigence »), and the rule's reference shown to the candidate (column
    // « source_exigence »). An answer refusing it makes the bid non-compliant on the question's
    // criterion in the award (TenderAward::rank).
    std::string requirement, requirementSource;
    bool required() const { return !requirement.empty(); }
    // "obligation légale" or "point exigé par le cahier des charges"; empty when not required.
    std::string requirementLabel() const;
    bool fits(bool health, bool provident) const {
        return products == "tous" || (products == "sante" && health) ||
               (products == "prevoyance" && provident);
    }
};

// A negative wording that affirms in the trade (datasets/ao_tournures_affirmatives.csv: « aucun
// délai de carence », « les salariés n'avancent pas les frais »): a negation within it does not
// make its sentence a denial (TenderAnswerReview).
struct TenderAffirmingWording {
    std::string expression;  // as written; matched by its words' stems, as a phrase
};

// A document a call for tender may ask the candidate to provide (datasets/ao_documents.csv).
struct TenderDocumentKind {
    std::string id;
    std::string label;
    std::string description;
};

// How the company answers a candidate's question (datasets/ao_reponses.csv): the topic of the
// question (TenderAnswers::topicOf) gives the answer, its placeholders filled from the truth.
struct TenderAnswerTopic {
    std::string id;
    std::vector<std::string> keywords;  // folded (case and accents ignored): name the topic
    // Folded words too common to name a topic when a keyword of another one is in the question
    // (« actuel », « niveau », « salarié »): column mots_generiques, may be empty.
    std::vector<std::string> generic;
    std::string answer;  // fmt-like text with {named} placeholders
};

// The parameters of the tenders' generation and award (datasets/ao_parametres.csv): every one a
// modelling assumption (⚠) unless its row says otherwise.
struct TenderParameters {
    int minEmployees = 50;
    double chanceWithBroker = 0, chanceWithoutBroker = 0;
    int maxGenerated = 3, lastPublicationWeek = 8;
    int minLevel = 2, maxLevel = 4;  // requested level of a generated tender
    int questionWeeks = 2, submissionWeeks = 4, awardWeeks = 2;
    double providentChance = 0, pmssChance = 0, uniformChance = 0;
    int questionsPerTender = 4, documentsPerTender = 5;
    double competitorParticipation = 0.7, priceSpread = 0.08, levelPriceStep = 0.15;
    double lowerLevelPenalty = 0.5, higherLevelPenalty = 0.2, serviceBonus = 0.05;
    double competitorFileMin = 0.7;
    int lossHistoryYears = 3;
    double lossRatioSpread = 0.12;
    // The distinct words an answer to a question needs, as a share of the question's mots_min
    // (below: it repeats itself).
    double distinctWordsMin = 0.5;
    // The share of a question's points an answer must treat for full credit (below: the share
    // treated over this one).
    double pointsForFullCredit = 0.75;
    // The sentences an answer needs (a sentence: at least sentenceWords words before « . », « ! »,
    // « ? » or the end), and the largest share of its words that may be the question's terms
    // (above: a list of keywords, not a written answer).
    int minSentences = 2, sentenceWords = 4;
    double maxTermShare = 0.5;
    // The smallest share of a sentence's words that are linking words (articles, prepositions,
    // conjunctions, pronouns): below, the sentence is a run of keywords, not written French.
    double linkWordsMin = 0.15;
    // The questions the candidate may ask on one call for tender (an off-topic one counts).
    int maxQuestions = 5;
};

// Everything the calls for tender read of datasets/ (docs/simulation.md "Les appels d'offres").
struct TenderReference {
    std::vector<TenderCriterion> criteria;
    std::vector<TenderQuestion> questions;
    std::vector<TenderDocumentKind> documents;
    std::vector<TenderAnswerTopic> topics;
    std::vector<TenderAffirmingWording> affirmingWordings;
    TenderParameters parameters;

    const TenderCriterion* criterion(const std::string& id) const;
    const TenderQuestion* question(const std::string& id) const;
    const TenderDocumentKind* document(const std::string& id) const;

    // Reads datasets/ao_*.csv; a repeated or unknown id, default weights not summing to 100, a
    // missing or out-of-range parameter are InputErrors naming file, line and column.
    static TenderReference load(const std::filesystem::path& datasets);
    // The tables of the installed datasets (dataRoot()), read once: what validating the journal
    // reads where no ReferenceData is at hand (a generated tender's terms).
    static const TenderReference& installed();
};

}  // namespace cmcsim
