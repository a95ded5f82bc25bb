#include "cmcsim/reference/NeedsModel.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <variant>

#include "cmcsim/reference/SizeBands.h"

namespace cmcsim {

namespace {
using Band = NeedsModel::ByBand NeedsModel::*;
using Roles = std::array<double, 5> NeedsModel::*;
using RoleCounts = std::array<int, 5> NeedsModel::*;
using Real = double NeedsModel::*;
using Whole = int NeedsModel::*;

// A parameter of the file: its name, where it goes, its range and which segments it needs
// ("*": one row; bands: the 8 company bands; roles: the listed roles).
struct Parameter {
    const char* name;
    std::variant<Band, Roles, RoleCounts, Real, Whole> field;
    double min, max;
    std::vector<std::string_view> roles = {};  // for Roles and RoleCounts
};

const std::vector<Parameter> kParameters = {
    {"presence_drh", &NeedsModel::hrPresence, 0, 1},
    {"presence_cse", &NeedsModel::csePresence, 0, 1},
    {"poids_dirigeant", &NeedsModel::ownerWeight, 0, 10},
    {"sensibilite_prix", &NeedsModel::priceSensitivity, 0, 1},
    {"prevoyance_interet", &NeedsModel::providentInterest, 0, 1},
    {"due_en_cours", &NeedsModel::pendingDue, 0, 1},
    {"poids_role", &NeedsModel::roleWeight, 0, 10, {"drh", "cse", "expert_comptable", "courtier"}},
    {"presence_prescripteur",
     &NeedsModel::prescriberPresence,
     0,
     1,
     {"expert_comptable", "courtier"}},
    {"objections_min",
     &NeedsModel::objectionsMin,
     0,
     5,
     {kDecisionRoles.begin(), kDecisionRoles.end()}},
    {"objections_max",
     &NeedsModel::objectionsMax,
     0,
     5,
     {kDecisionRoles.begin(), kDecisionRoles.end()}},
    {"dispersion_influence", &NeedsModel::influenceSpread, 0, 2},
    {"part_employeur", &NeedsModel::employerShare, 0.5, 1},
    {"prime_moyenne_marche", &NeedsModel::marketPremiumEur, 1, 1000},
    {"hausse_attendue", &NeedsModel::expectedRise, -0.5, 1},
    {"budget_ratio", &NeedsModel::budgetRatio, 0.1, 10},
    {"budget_dispersion", &NeedsModel::budgetSpread, 0, 2},
    {"budget_sensibilite", &NeedsModel::budgetSensitivity, 0, 1.9},
    {"sensibilite_dispersion", &NeedsModel::sensitivitySpread, 0, 1},
    {"sensibilite_prime", &NeedsModel::sensitivityPremium, 0, 5},
    {"priorite_dispersion", &NeedsModel::prioritySpread, 0, 1},
    {"niveau_sans_contrat", &NeedsModel::levelWithoutContract, 1, 4},
    {"niveau_priorite_neutre", &NeedsModel::levelNeutralPriority, 0, 1},
    {"niveau_priorites", &NeedsModel::levelPriorities, 0, 10},
    {"niveau_sensibilite", &NeedsModel::levelSensitivity, 0, 10},
    {"prevoyance_cadres_sans_contrat", &NeedsModel::providentCadresUncovered, 0, 1},
    {"due_sans_contrat", &NeedsModel::dueUncovered, 0, 1},
    {"preavis_mois", &NeedsModel::noticeMonths, 0, 12},
    {"decision_semaines_min", &NeedsModel::decisionWeeksMin, 0, 52},
    {"decision_semaines_max", &NeedsModel::decisionWeeksMax, 0, 52},
    {"delai_minimal_semaines", &NeedsModel::minimumLeadWeeks, 0, 52},
    {"part_ria", &NeedsModel::riaShare, 0, 1},
    {"decision_libre_semaines_min", &NeedsModel::openWeeksMin, 0, 104},
    {"decision_libre_semaines_max", &NeedsModel::openWeeksMax, 0, 104},
    {"seuil_satisfait", &NeedsModel::satisfiedFrom, 0, 1},
    {"seuil_insatisfait", &NeedsModel::dissatisfiedBelow, 0, 1},
    {"seuil_sensible_prix", &NeedsModel::priceSensitiveFrom, 0, 1},
};

template <std::size_t N>
std::string listOf(const std::array<std::string_view, N>& names) {
    std::string list;
    for (const auto n : names) list += (list.empty() ? "" : ", ") + std::string(n);
    return list;
}

int wholeNumber(const CsvTable& t, std::size_t r, double min, double max) {
    const double v = t.number(r, 2, min, max);
    if (v != std::floor(v)) t.fail(r, 2, "nombre entier attendu");
    return static_cast<int>(v);
}

// Reads one row of a parameter of kParameters into `m`.
void readParameter(NeedsModel& m, const Parameter& p, const CsvTable& t, std::size_t r,
                   const std::string& segment) {
    if (const auto* band = std::get_if<Band>(&p.field)) {
        const auto& keys = SizeBands::companyBandKeys();
        const auto it = std::find(keys.begin(), keys.end(), segment);
        if (it == keys.end()) t.fail(r, 1, "tranche d'entreprise attendue (0-9 … 2000+)");
        (m.*(*band))[static_cast<std::size_t>(it - keys.begin())] = t.number(r, 2, p.min, p.max);
        return;
    }
    if (std::holds_alternative<Roles>(p.field) || std::holds_alternative<RoleCounts>(p.field)) {
        if (std::find(p.roles.begin(), p.roles.end(), segment) == p.roles.end()) {
            std::string roles;
            for (const auto role : p.roles)
                roles += (roles.empty() ? "" : ", ") + std::string(role);
            t.fail(r, 1, "rôle attendu : " + roles);
        }
        const auto index = static_cast<std::size_t>(decisionRoleIndex(segment));
        if (const auto* roles = std::get_if<Roles>(&p.field))
            (m.*(*roles))[index] = t.number(r, 2, p.min, p.max);
        else
            (m.*std::get<RoleCounts>(p.field))[index] = wholeNumber(t, r, p.min, p.max);
        return;
    }
    if (segment != "*") t.fail(r, 1, "« * » attendu (paramètre général)");
    if (const auto* real = std::get_if<Real>(&p.field))
        m.*(*real) = t.number(r, 2, p.min, p.max);
    else
        m.*std::get<Whole>(p.field) = wholeNumber(t, r, p.min, p.max);
}

// The segments a parameter must have.
std::vector<std::string> expectedSegments(const Parameter& p) {
    if (std::holds_alternative<Band>(p.field)) {
        const auto& keys = SizeBands::companyBandKeys();
        return {keys.begin(), keys.end()};
    }
    std::vector<std::string> segments;
    for (const auto role : p.roles) segments.emplace_back(role);  // empty for a general one
    if (segments.empty()) segments.emplace_back("*");
    return segments;
}
}  // namespace

int decisionRoleIndex(std::string_view role) {
    const auto it = std::find(kDecisionRoles.begin(), kDecisionRoles.end(), role);
    return it == kDecisionRoles.end() ? -1 : static_cast<int>(it - kDecisionRoles.begin());
}

const DissatisfactionKind* NeedsModel::dissatisfaction(std::string_view code) const {
    const auto it = std::find_if(dissatisfactions.begin(), dissatisfactions.end(),
                                 [&](const DissatisfactionKind& d) { return d.code == code; });
    return it == dissatisfactions.end() ? nullptr : &*it;
}

NeedsModel NeedsModel::load(const std::filesystem::path& datasets) {
    return from(
        CsvTable::load(datasets / "besoins_entreprises.csv", "datasets/besoins_entreprises.csv",
                       {"parametre", "segment", "valeur", "libelle", "source", "confiance"}));
}

NeedsModel NeedsModel::from(const CsvTable& t) {
    NeedsModel m;
    std::set<std::string> seen;
    for (std::size_t r = 0; r < t.rowCount(); ++r) {
        const auto name = t.required(r, 0);
        const auto segment = t.required(r, 1);
        t.required(r, 4);  // every value has its source, or says it is an assumption
        t.required(r, 5);
        if (!seen.insert(name + "/" + segment).second)
            t.fail(r, 1,
                   fmt::format("paramètre « {} » du segment « {} » en double", name, segment));
        if (name.starts_with("priorite_") && name != "priorite_dispersion") {
            const auto item = std::find(kPriorityItems.begin(), kPriorityItems.end(),
                                        std::string_view(name).substr(9));
            if (item == kPriorityItems.end())
                t.fail(r, 0, "priorité attendue : priorite_ suivi de " + listOf(kPriorityItems));
            const auto factor =
                std::find(kPriorityFactors.begin(), kPriorityFactors.end(), segment);
            if (factor == kPriorityFactors.end())
                t.fail(r, 1, "facteur attendu : " + listOf(kPriorityFactors));
            m.priorities[static_cast<std::size_t>(item - kPriorityItems.begin())]
                        [static_cast<std::size_t>(factor - kPriorityFactors.begin())] =
                t.number(r, 2, -1, 1);
            continue;
        }
        if (name.starts_with("insatisfaction_")) {
            const auto driver =
                std::find(kDissatisfactionDrivers.begin(), kDissatisfactionDrivers.end(),
                          std::string_view(name).substr(15));
            if (driver == kDissatisfactionDrivers.end())
                t.fail(r, 0,
                       "insatisfaction attendue : insatisfaction_ suivi de " +
                           listOf(kDissatisfactionDrivers));
            if (m.dissatisfaction(segment))
                t.fail(r, 1, fmt::format("insatisfaction « {} » en double", segment));
            m.dissatisfactions.push_back(
                {segment, t.required(r, 3),
                 static_cast<std::size_t>(driver - kDissatisfactionDrivers.begin()),
                 t.number(r, 2, 0, 1)});
            continue;
        }
        const auto p = std::find_if(kParameters.begin(), kParameters.end(),
                                    [&](const Parameter& q) { return name == q.name; });
        if (p == kParameters.end()) t.fail(r, 0, "paramètre connu attendu");
        readParameter(m, *p, t, r, segment);
    }
    const auto last = t.rowCount() == 0 ? 0 : t.rowCount() - 1;
    for (const auto& p : kParameters)
        for (const auto& segment : expectedSegments(p))
            if (!seen.contains(std::string(p.name) + "/" + segment))
                t.fail(last, 0,
                       fmt::format("paramètre « {} » du segment « {} » manquant", p.name, segment));
    for (std::size_t i = 0; i < kDecisionRoles.size(); ++i)
        if (m.objectionsMin[i] > m.objectionsMax[i])
            t.fail(last, 2,
                   fmt::format("objections_min au plus objections_max attendu pour « {} »",
                               kDecisionRoles[i]));
    if (m.decisionWeeksMin > m.decisionWeeksMax || m.openWeeksMin > m.openWeeksMax)
        t.fail(last, 2, "semaines minimales au plus les semaines maximales attendues");
    if (m.dissatisfactions.empty()) t.fail(last, 0, "au moins une ligne insatisfaction_ attendue");
    return m;
}

}  // namespace cmcsim
