#include "cmcsim/reference/TenderReference.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "cmcsim/core/InputError.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/reference/CsvTable.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {

template <typename T>
const T* byId(const std::vector<T>& items, const std::string& id) {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

// The id of row `r`, column 0: a new one, of lower-case letters, digits and underscores.
std::string newId(const CsvTable& t, std::size_t r, std::set<std::string>& seen) {
    const auto id = t.required(r, 0);
    const bool slug = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!slug) t.fail(r, 0, "un identifiant en minuscules, chiffres et « _ »");
    if (!seen.insert(id).second) t.fail(r, 0, "un identifiant pas encore décrit");
    return id;
}

// `text`, a cell of row `r`, column `column`, cut at `separator` into trimmed parts, none empty.
std::vector<std::string> parts(const CsvTable& t, std::size_t r, std::size_t column,
                               const std::string& text, char separator) {
    std::vector<std::string> out;
    for (std::size_t at = 0; at <= text.size();) {
        const auto end = std::min(text.find(separator, at), text.size());
        auto part = text.substr(at, end - at);
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        if (foldText(part).empty())
            t.fail(r, column, fmt::format("des mots-clés non vides séparés par « {} »", separator));
        out.push_back(std::move(part));
        at = end + 1;
    }
    return out;
}

// The words of row `r`, column `column`, separated by "|", none empty; folded when `fold`.
std::vector<std::string> wordList(const CsvTable& t, std::size_t r, std::size_t column, bool fold) {
    auto out = parts(t, r, column, t.required(r, column), '|');
    if (fold)
        for (auto& word : out) word = foldText(word);
    return out;
}

const std::vector<std::string> kCriteria = {"prix", "garanties", "services", "gestion", "dossier"};

std::vector<TenderCriterion> loadCriteria(const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(
        datasets / "ao_criteres.csv", "datasets/ao_criteres.csv",
        {"critere", "libelle", "poids_defaut", "description", "source", "confidence"});
    std::vector<TenderCriterion> out;
    std::set<std::string> seen;
    int sum = 0;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        TenderCriterion c;
        c.id = newId(t, r, seen);
        if (std::find(kCriteria.begin(), kCriteria.end(), c.id) == kCriteria.end())
            t.fail(r, 0, "prix, garanties, services, gestion ou dossier");
        c.label = t.required(r, 1);
        c.defaultWeight = static_cast<int>(t.integer(r, 2, 0, 100));
        c.description = t.text(r, 3);
        sum += c.defaultWeight;
        out.push_back(std::move(c));
    }
    if (out.size() != kCriteria.size())
        throw InputError("datasets/ao_criteres.csv",
                         "une ligne par critère attendue : prix, garanties, services, gestion, "
                         "dossier");
    if (sum != 100)
        throw InputError("datasets/ao_criteres.csv",
                         "la somme des poids par défaut doit valoir 100 (elle vaut " +
                             std::to_string(sum) + ")");
    return out;
}

std::vector<TenderQuestion> loadQuestions(const std::filesystem::path& datasets) {
    const auto t =
        CsvTable::load(datasets / "ao_questions.csv", "datasets/ao_questions.csv",
                       {"question", "theme", "texte", "mots_min", "produits", "points",
                        "libelles_points", "exigence", "source_exigence", "source", "confidence"});
    std::vector<TenderQuestion> out;
    std::set<std::string> seen;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        TenderQuestion q;
        q.id = newId(t, r, seen);
        q.theme = t.required(r, 1);
        if (q.theme != "services" && q.theme != "gestion") t.fail(r, 1, "services ou gestion");
        q.text = t.required(r, 2);
        q.minWords = static_cast<int>(t.integer(r, 3, 0, 500));
        q.products = t.required(r, 4);
        if (q.products != "tous" && q.products != "sante" && q.products != "prevoyance")
            t.fail(r, 4, "tous, sante ou prevoyance");
        for (const auto& point : parts(t, r, 5, t.required(r, 5), ';'))
            q.points.push_back(parts(t, r, 5, point, '|'));
        q.pointLabels = parts(t, r, 6, t.required(r, 6), ';');
        if (q.pointLabels.size() != q.points.size())
            t.fail(r, 6,
                   fmt::format("un libellé par point de la colonne points ({}), séparés par « ; »",
                               q.points.size()));
        q.requirement = t.text(r, 7);
        if (!q.requirement.empty() && q.requirement != "obligation_legale" &&
            q.requirement != "exigee")
            t.fail(r, 7, "obligation_legale, exigee ou rien");
        q.requirementSource = t.text(r, 8);
        if (q.required() && q.requirementSource.empty())
            t.fail(r, 8, "la règle ou la clause qui rend la question exigée");
        out.push_back(std::move(q));
    }
    return out;
}

std::vector<TenderDocumentKind> loadDocuments(const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(datasets / "ao_documents.csv", "datasets/ao_documents.csv",
                                  {"document", "libelle", "description", "source", "confidence"});
    std::vector<TenderDocumentKind> out;
    std::set<std::string> seen;
    for (std::size_t r = 0; r < t.rowCount(); ++r)
        out.push_back({newId(t, r, seen), t.required(r, 1), t.text(r, 2)});
    for (const char* needed : {"tableau_garanties", "ipid"})
        if (!byId(out, needed))
            throw InputError("datasets/ao_documents.csv",
                             std::string("document « ") + needed + " » manquant");
    return out;
}

std::vector<TenderAnswerTopic> loadTopics(const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(
        datasets / "ao_reponses.csv", "datasets/ao_reponses.csv",
        {"sujet", "mots_cles", "mots_generiques", "reponse", "source", "confidence"});
    std::vector<TenderAnswerTopic> out;
    std::set<std::string> seen;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        TenderAnswerTopic topic;
        topic.id = newId(t, r, seen);
        topic.keywords = wordList(t, r, 1, true);
        if (!t.text(r, 2).empty()) topic.generic = wordList(t, r, 2, true);
        topic.answer = t.required(r, 3);
        out.push_back(std::move(topic));
    }
    return out;
}

std::vector<TenderAffirmingWording> loadAffirmingWordings(const std::filesystem::path& datasets) {
    const auto t = CsvTable::load(datasets / "ao_tournures_affirmatives.csv",
                                  "datasets/ao_tournures_affirmatives.csv",
                                  {"expression", "commentaire", "source", "confidence"});
    std::vector<TenderAffirmingWording> out;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        auto expression = t.required(r, 0);
        if (foldText(expression).empty()) t.fail(r, 0, "une tournure d'au moins un mot");
        t.required(r, 2);
        out.push_back({std::move(expression)});
    }
    return out;
}

TenderParameters loadParameters(const std::filesystem::path& datasets) {
    const auto t =
        CsvTable::load(datasets / "ao_parametres.csv", "datasets/ao_parametres.csv",
                       {"parametre", "valeur", "unite", "description", "source", "confidence"});
    TenderParameters p;
    struct Field {
        const char* id;
        double* number;
        int* integer;
        double min, max;
    };
    const std::vector<Field> fields = {
        {"effectif_min", nullptr, &p.minEmployees, 1, 100000},
        {"probabilite_avec_courtier", &p.chanceWithBroker, nullptr, 0, 1},
        {"probabilite_sans_courtier", &p.chanceWithoutBroker, nullptr, 0, 1},
        {"ao_generes_max", nullptr, &p.maxGenerated, 0, 50},
        {"publication_max", nullptr, &p.lastPublicationWeek, 1, 104},
        {"niveau_min", nullptr, &p.minLevel, 1, 4},
        {"niveau_max", nullptr, &p.maxLevel, 1, 4},
        {"delai_questions", nullptr, &p.questionWeeks, 0, 52},
        {"delai_depot", nullptr, &p.submissionWeeks, 1, 52},
        {"delai_attribution", nullptr, &p.awardWeeks, 1, 52},
        {"probabilite_prevoyance", &p.providentChance, nullptr, 0, 1},
        {"probabilite_pmss", &p.pmssChance, nullptr, 0, 1},
        {"probabilite_uniforme", &p.uniformChance, nullptr, 0, 1},
        {"questions_par_ao", nullptr, &p.questionsPerTender, 1, 20},
        {"documents_par_ao", nullptr, &p.documentsPerTender, 2, 20},
        {"participation_concurrent", &p.competitorParticipation, nullptr, 0, 1},
        {"dispersion_prix", &p.priceSpread, nullptr, 0, 1},
        {"ecart_prix_niveau", &p.levelPriceStep, nullptr, 0, 1},
        {"penalite_niveau_inferieur", &p.lowerLevelPenalty, nullptr, 0, 1},
        {"penalite_niveau_superieur", &p.higherLevelPenalty, nullptr, 0, 1},
        {"bonus_service", &p.serviceBonus, nullptr, 0, 1},
        {"dossier_concurrent_min", &p.competitorFileMin, nullptr, 0, 1},
        {"sinistralite_annees", nullptr, &p.lossHistoryYears, 1, 5},
        {"dispersion_sinistralite", &p.lossRatioSpread, nullptr, 0, 1},
        {"part_mots_distincts_min", &p.distinctWordsMin, nullptr, 0, 1},
        {"part_points_note_pleine", &p.pointsForFullCredit, nullptr, 0.01, 1},
        {"phrases_min", nullptr, &p.minSentences, 0, 20},
        {"mots_par_phrase_min", nullptr, &p.sentenceWords, 1, 50},
        {"part_termes_max", &p.maxTermShare, nullptr, 0.01, 1},
        {"part_mots_liaison_min", &p.linkWordsMin, nullptr, 0, 1},
        {"questions_max", nullptr, &p.maxQuestions, 1, 100},
    };
    std::set<std::string> seen;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto id = newId(t, r, seen);
        const auto field =
            std::find_if(fields.begin(), fields.end(), [&](const Field& f) { return id == f.id; });
        if (field == fields.end()) t.fail(r, 0, "un paramètre connu des appels d'offres");
        if (field->number)
            *field->number = t.number(r, 1, field->min, field->max);
        else
            *field->integer =
                static_cast<int>(t.integer(r, 1, static_cast<std::int64_t>(field->min),
                                           static_cast<std::int64_t>(field->max)));
    }
    for (const auto& f : fields)
        if (!seen.contains(f.id))
            throw InputError("datasets/ao_parametres.csv",
                             std::string("paramètre « ") + f.id + " » manquant");
    if (p.minLevel > p.maxLevel)
        throw InputError("datasets/ao_parametres.csv", "niveau_min doit être au plus niveau_max");
    if (p.questionWeeks > p.submissionWeeks)
        throw InputError("datasets/ao_parametres.csv",
                         "delai_questions doit être au plus delai_depot");
    return p;
}

}  // namespace

std::string TenderQuestion::requirementLabel() const {
    if (requirement == "obligation_legale") return "obligation légale";
    if (requirement == "exigee") return "point exigé par le cahier des charges";
    return {};
}

const TenderCriterion* TenderReference::criterion(const std::string& id) const {
    return byId(criteria, id);
}
const TenderQuestion* TenderReference::question(const std::string& id) const {
    return byId(questions, id);
}
const TenderDocumentKind* TenderReference::document(const std::string& id) const {
    return byId(documents, id);
}

TenderReference TenderReference::load(const std::filesystem::path& datasets) {
    TenderReference out;
    out.criteria = loadCriteria(datasets);
    out.questions = loadQuestions(datasets);
    out.documents = loadDocuments(datasets);
    out.topics = loadTopics(datasets);
    out.affirmingWordings = loadAffirmingWordings(datasets);
    out.parameters = loadParameters(datasets);
    if (out.parameters.questionsPerTender > static_cast<int>(out.questions.size()))
        throw InputError("datasets/ao_parametres.csv",
                         "questions_par_ao dépasse le nombre de questions de ao_questions.csv");
    if (out.parameters.documentsPerTender > static_cast<int>(out.documents.size()))
        throw InputError("datasets/ao_parametres.csv",
                         "documents_par_ao dépasse le nombre de documents de ao_documents.csv");
    return out;
}

const TenderReference& TenderReference::installed() {
    static const TenderReference reference = load(dataRoot() / "datasets");
    return reference;
}

}  // namespace cmcsim
