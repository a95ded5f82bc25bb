#include "cmcsim/reference/AssessmentFramework.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "cmcsim/assess/Assessment.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

namespace {

const std::vector<std::string> kReferentielColumns = {
    "bloc",       "critere", "intitule_critere", "competence",
    "indicateur", "libelle", "evaluateur",       "motif_manuel"};
const std::vector<std::string> kSeuilsColumns = {"evaluateur", "parametre", "valeur", "unite",
                                                 "description"};

// The numbers of an id "B2.1" or "B2.1.3" (`parts` of them after the "B"), empty if malformed.
std::vector<int> idNumbers(const std::string& id, std::size_t parts) {
    if (id.size() < 2 || id[0] != 'B') return {};
    std::vector<int> numbers;
    std::size_t i = 1;
    while (i < id.size()) {
        std::size_t j = i;
        while (j < id.size() && id[j] >= '0' && id[j] <= '9') ++j;
        if (j == i || j - i > 3 || (id[i] == '0')) return {};
        numbers.push_back(std::stoi(id.substr(i, j - i)));
        if (j == id.size()) break;
        if (id[j] != '.') return {};
        i = j + 1;
        if (i == id.size()) return {};
    }
    return numbers.size() == parts ? numbers : std::vector<int>{};
}

void readCriteria(const CsvTable& t, std::vector<FrameworkCriterion>& criteria) {
    std::set<std::string> indicatorIds;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const int bloc = static_cast<int>(t.integer(r, 0, 1, 5));
        const auto& criterionId = t.required(r, 1);
        const auto c = idNumbers(criterionId, 2);
        if (c.empty() || c[0] != bloc)
            t.fail(r, 1, fmt::format("identifiant de critère « B{}.<rang> » attendu", bloc));
        if (criteria.empty() || criteria.back().id != criterionId) {
            for (const auto& known : criteria)
                if (known.id == criterionId)
                    t.fail(r, 1,
                           "identifiant de critère déjà utilisé plus haut (les lignes d'un "
                           "critère doivent se suivre)");
            const int previous = !criteria.empty() && criteria.back().bloc == bloc
                                     ? idNumbers(criteria.back().id, 2)[1]
                                     : 0;
            if (!criteria.empty() && criteria.back().bloc > bloc)
                t.fail(r, 0, "blocs dans l'ordre croissant attendus");
            if (c[1] != previous + 1)
                t.fail(r, 1,
                       fmt::format("critère B{}.{} attendu (numérotés dans l'ordre du "
                                   "référentiel)",
                                   bloc, previous + 1));
            FrameworkCriterion criterion;
            criterion.id = criterionId;
            criterion.bloc = bloc;
            criterion.title = t.required(r, 2);
            criterion.competence = t.required(r, 3);
            criteria.push_back(std::move(criterion));
        }
        auto& criterion = criteria.back();
        if (t.text(r, 2) != criterion.title)
            t.fail(
                r, 2,
                fmt::format("le même intitulé que les autres lignes de {} attendu", criterion.id));
        if (t.text(r, 3) != criterion.competence)
            t.fail(r, 3,
                   fmt::format("la même compétence que les autres lignes de {} attendue",
                               criterion.id));
        FrameworkIndicator indicator;
        indicator.id = t.required(r, 4);
        const auto n = idNumbers(indicator.id, 3);
        if (n.empty() || indicator.id.rfind(criterion.id + ".", 0) != 0)
            t.fail(r, 4,
                   fmt::format("identifiant d'indicateur « {}.<rang> » attendu", criterion.id));
        if (!indicatorIds.insert(indicator.id).second)
            t.fail(r, 4, "identifiant d'indicateur déjà utilisé");
        if (n[2] != static_cast<int>(criterion.indicators.size()) + 1)
            t.fail(r, 4,
                   fmt::format("indicateur {}.{} attendu (numérotés dans l'ordre du "
                               "référentiel)",
                               criterion.id, criterion.indicators.size() + 1));
        indicator.criterion = criterion.id;
        indicator.wording = t.required(r, 5);
        indicator.assessor = t.text(r, 6);
        indicator.manualReason = t.text(r, 7);
        if (!indicator.assessor.empty() && !AssessorRegistry::all().contains(indicator.assessor))
            t.fail(r, 6,
                   "un évaluateur automatique connu (docs/assessment.md) ou une cellule vide "
                   "attendu");
        if (indicator.assessor.empty() && indicator.manualReason.empty())
            t.fail(r, 7,
                   "un motif (pourquoi l'évaluateur doit apprécier) attendu quand la colonne "
                   "evaluateur est vide");
        criterion.indicators.push_back(std::move(indicator));
    }
}

std::map<std::string, std::map<std::string, double>> readThresholds(const CsvTable& t,
                                                                    const std::string& name) {
    std::map<std::string, std::map<std::string, double>> thresholds;
    const auto& registry = AssessorRegistry::all();
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto& assessor = t.required(r, 0);
        const auto found = registry.find(assessor);
        if (found == registry.end()) t.fail(r, 0, "un évaluateur automatique connu attendu");
        const auto& parameter = t.required(r, 1);
        const auto& names = found->second.thresholds;
        if (std::find(names.begin(), names.end(), parameter) == names.end()) {
            std::string expected;
            for (const auto& n : names) expected += (expected.empty() ? "" : ", ") + n;
            t.fail(r, 1,
                   fmt::format("un paramètre de {} attendu ({})", assessor,
                               expected.empty() ? "il n'en lit aucun" : expected));
        }
        const double value = t.number(r, 2, -1e12, 1e12);
        if (!thresholds[assessor].emplace(parameter, value).second)
            t.fail(r, 1, "paramètre déjà donné plus haut pour cet évaluateur");
        t.required(r, 4);
    }
    std::vector<Problem> missing;
    for (const auto& [id, definition] : registry)
        for (const auto& parameter : definition.thresholds)
            if (!thresholds[id].contains(parameter))
                missing.push_back({name, fmt::format("seuil manquant : évaluateur {}, paramètre {}",
                                                     id, parameter)});
    if (!missing.empty()) throw InputError(std::move(missing));
    return thresholds;
}

}  // namespace

AssessmentFramework AssessmentFramework::load(const std::filesystem::path& datasetsDir) {
    return fromTables(CsvTable::load(datasetsDir / "referentiel_cmc.csv",
                                     "datasets/referentiel_cmc.csv", kReferentielColumns),
                      CsvTable::load(datasetsDir / "seuils_evaluation.csv",
                                     "datasets/seuils_evaluation.csv", kSeuilsColumns),
                      "datasets/seuils_evaluation.csv");
}

AssessmentFramework AssessmentFramework::parse(std::string_view referentiel,
                                               std::string_view seuils,
                                               const std::string& referentielName,
                                               const std::string& seuilsName) {
    return fromTables(CsvTable::parse(referentiel, referentielName, kReferentielColumns),
                      CsvTable::parse(seuils, seuilsName, kSeuilsColumns), seuilsName);
}

AssessmentFramework AssessmentFramework::fromTables(const CsvTable& referentiel,
                                                    const CsvTable& seuils,
                                                    const std::string& seuilsName) {
    AssessmentFramework framework;
    readCriteria(referentiel, framework.criteria_);
    framework.thresholds_ = readThresholds(seuils, seuilsName);
    return framework;
}

const FrameworkCriterion* AssessmentFramework::criterion(const std::string& id) const {
    for (const auto& c : criteria_)
        if (c.id == id) return &c;
    return nullptr;
}

const FrameworkIndicator* AssessmentFramework::indicator(const std::string& id) const {
    for (const auto& c : criteria_)
        for (const auto& i : c.indicators)
            if (i.id == id) return &i;
    return nullptr;
}

AssessorThresholds AssessmentFramework::thresholdsOf(const std::string& assessor) const {
    const auto found = thresholds_.find(assessor);
    return AssessorThresholds(found == thresholds_.end() ? std::map<std::string, double>{}
                                                         : found->second);
}

}  // namespace cmcsim
