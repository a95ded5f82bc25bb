#include "cmcsim/plan/ActionPlan.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ActionCostModel.h"

namespace cmcsim {

namespace {
struct KindNames {
    const char* code;
    const char* label;
    const char* contacts;
};
constexpr std::array<KindNames, static_cast<std::size_t>(kLastActionKind) + 1> kKinds = {{
    {"sequence_appels", "Séquence d'appels", "appels"},
    {"publipostage", "Publipostage", "lettres"},
    {"emailing", "Campagne d'e-mails", "e-mails"},
    {"rendez_vous", "Rendez-vous", "rendez-vous"},
    {"salon", "Salon professionnel", "visiteurs"},
    {"evenement_prescripteur", "Événement prescripteurs", "prescripteurs invités"},
    {"revue_portefeuille", "Revue de portefeuille", "revues"},
}};

// Bounds of the plan's fields: a plan never spans more than ten years of weeks.
constexpr std::int64_t kMaxWeek = 520;
constexpr double kMaxHours = 168;  // hours in a week
constexpr double kMaxEur = 1e9;
}  // namespace

const char* actionKindCode(ActionKind kind) {
    return kKinds.at(static_cast<std::size_t>(kind)).code;
}

const char* actionKindLabel(ActionKind kind) {
    return kKinds.at(static_cast<std::size_t>(kind)).label;
}

const char* actionContactNoun(ActionKind kind) {
    return kKinds.at(static_cast<std::size_t>(kind)).contacts;
}

std::optional<ActionKind> actionKindFromCode(const std::string& code) {
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (code == kKinds[i].code) return static_cast<ActionKind>(i);
    return std::nullopt;
}

const PlannedAction* ActionPlan::action(const std::string& id) const {
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [&](const PlannedAction& a) { return a.id == id; });
    return it == actions.end() ? nullptr : &*it;
}

const PlanObjective* ActionPlan::objective(int week, int month) const {
    const auto it = std::find_if(objectives.begin(), objectives.end(), [&](const PlanObjective& o) {
        return o.week == week && o.month == month;
    });
    return it == objectives.end() ? nullptr : &*it;
}

const PlanTarget* ActionPlan::target(const std::string& segmentId) const {
    const auto it = std::find_if(targets.begin(), targets.end(),
                                 [&](const PlanTarget& t) { return t.segmentId == segmentId; });
    return it == targets.end() ? nullptr : &*it;
}

double ActionPlan::plannedHours(int week) const {
    double hours = 0;
    for (const auto& a : actions)
        if (a.runsIn(week)) hours += a.hoursPerWeek;
    return hours;
}

double ActionPlan::totalBudgetEur() const {
    double total = 0;
    for (const auto& a : actions) total += a.budgetEur;
    return total;
}

double ActionPlan::modelledHours(int week, const ActionCostModel& costs) const {
    double hours = 0;
    for (const auto& a : actions)
        if (a.runsIn(week)) hours += costs.cost(a).hoursPerWeek;
    return hours;
}

double ActionPlan::modelledBudgetEur(const ActionCostModel& costs) const {
    double total = 0;
    for (const auto& a : actions) total += costs.cost(a).totalEur;
    return total;
}

void ActionPlan::setObjective(const PlanObjective& objective) {
    std::erase_if(objectives, [&](const PlanObjective& o) {
        return o.week == objective.week && o.month == objective.month;
    });
    const auto at = std::find_if(objectives.begin(), objectives.end(), [&](const PlanObjective& o) {
        return std::pair(o.month, o.week) > std::pair(objective.month, objective.week);
    });
    objectives.insert(at, objective);
}

void ActionPlan::setTarget(const PlanTarget& target) {
    removeTarget(target.segmentId);
    const auto at = std::find_if(targets.begin(), targets.end(),
                                 [&](const PlanTarget& t) { return t.priority > target.priority; });
    targets.insert(at, target);
}

bool ActionPlan::removeTarget(const std::string& segmentId) {
    return std::erase_if(targets, [&](const PlanTarget& t) { return t.segmentId == segmentId; }) >
           0;
}

void ActionPlan::putAction(const PlannedAction& action) {
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [&](const PlannedAction& a) { return a.id == action.id; });
    if (it != actions.end())
        *it = action;
    else
        actions.push_back(action);
}

bool ActionPlan::removeAction(const std::string& id) {
    return std::erase_if(actions, [&](const PlannedAction& a) { return a.id == id; }) > 0;
}

nlohmann::json PlanObjective::toJson() const {
    return {{"semaine", week},
            {"mois", month},
            {"nouveaux_contrats", newContracts},
            {"primes_eur", premiumsEur},
            {"appels_jour", dailyCalls}};
}

PlanObjective PlanObjective::fromJson(const JsonReader& r) {
    PlanObjective o;
    if (!r.expectObject()) return o;
    r.allowOnly({"semaine", "mois", "nouveaux_contrats", "primes_eur", "appels_jour"});
    o.week = static_cast<int>(r.integer("semaine", 0, kMaxWeek, false).value_or(0));
    o.month = static_cast<int>(r.integer("mois", 0, 12, false).value_or(0));
    if ((o.week == 0) == (o.month == 0))
        r.problem("« semaine » (1 et plus) ou « mois » (1 à 12) attendu, l'un ou l'autre");
    o.newContracts = r.integer("nouveaux_contrats", 0, 1'000'000, false).value_or(0);
    o.premiumsEur = r.number("primes_eur", 0, kMaxEur, false).value_or(0);
    o.dailyCalls = r.integer("appels_jour", 0, 1000, false).value_or(0);
    return o;
}

nlohmann::json PlanTarget::toJson() const {
    return {{"segment", segmentId}, {"priorite", priority}};
}

PlanTarget PlanTarget::fromJson(const JsonReader& r) {
    PlanTarget t;
    if (!r.expectObject()) return t;
    r.allowOnly({"segment", "priorite"});
    t.segmentId = r.text("segment", 1, 60).value_or("");
    t.priority = static_cast<int>(r.integer("priorite", 1, 99, false).value_or(1));
    return t;
}

nlohmann::json PlannedAction::toJson() const {
    auto numbers = nlohmann::json::array();
    for (const auto s : sirets) numbers.push_back(siret::formatSiret(s));
    return {{"id", id},
            {"type", actionKindCode(kind)},
            {"segment", segmentId},
            {"sirets", numbers},
            {"prescripteur", prescriberKind},
            {"semaine_debut", firstWeek},
            {"semaine_fin", lastWeek},
            {"heures_semaine", hoursPerWeek},
            {"budget_eur", budgetEur},
            {"contacts_semaine", contactsPerWeek},
            {"rendement_attendu", expectedYield},
            {"description", description}};
}

PlannedAction PlannedAction::fromJson(const JsonReader& r) {
    PlannedAction a;
    if (!r.expectObject()) return a;
    r.allowOnly({"id", "type", "segment", "sirets", "prescripteur", "semaine_debut", "semaine_fin",
                 "heures_semaine", "budget_eur", "contacts_semaine", "rendement_attendu",
                 "description"});
    a.id = r.text("id", 1, 60).value_or("");
    const auto code = r.text("type", 1, 40).value_or("");
    if (const auto kind = actionKindFromCode(code))
        a.kind = *kind;
    else if (!code.empty()) {
        std::string codes;
        for (const auto& k : kKinds) codes += std::string(codes.empty() ? "" : ", ") + k.code;
        r.problemAt("type", fmt::format("type d'action inconnu « {} » ({} attendu)", code, codes));
    }
    a.segmentId = r.text("segment", 0, 60, false).value_or("");
    const auto numbers = r.textArray("sirets");
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        if (numbers[i].empty()) continue;  // already reported
        if (const auto number = siret::parse(numbers[i], 14);
            number && siret::luhnValid(numbers[i]))
            a.sirets.push_back(*number);
        else
            r.problem(
                fmt::format("sirets[{}] : « {} » n'est pas un SIRET (14 chiffres, clé de Luhn)", i,
                            numbers[i]));
    }
    a.prescriberKind = r.text("prescripteur", 0, 40, false).value_or("");
    if (!a.prescriberKind.empty() && a.prescriberKind != "expert_comptable" &&
        a.prescriberKind != "courtier")
        r.problemAt("prescripteur", "expert_comptable ou courtier attendu");
    if (a.kind == ActionKind::PrescriberEvent && a.prescriberKind.empty() && !code.empty())
        r.problemAt("prescripteur",
                    "un événement prescripteurs vise des experts-comptables (expert_comptable) ou "
                    "des courtiers (courtier)");
    a.firstWeek = static_cast<int>(r.integer("semaine_debut", 1, kMaxWeek).value_or(1));
    a.lastWeek = static_cast<int>(r.integer("semaine_fin", 1, kMaxWeek).value_or(a.firstWeek));
    if (a.lastWeek < a.firstWeek)
        r.problemAt("semaine_fin",
                    fmt::format("doit suivre ou égaler semaine_debut ({})", a.firstWeek));
    a.hoursPerWeek = r.number("heures_semaine", 0, kMaxHours).value_or(0);
    a.budgetEur = r.number("budget_eur", 0, kMaxEur, false).value_or(0);
    a.contactsPerWeek = r.integer("contacts_semaine", 0, 100'000, false).value_or(0);
    a.expectedYield = r.number("rendement_attendu", 0, 1, false).value_or(0);
    a.description = r.text("description", 0, 8000, false).value_or("");
    return a;
}

nlohmann::json ActionPlan::toJson() const {
    auto o = nlohmann::json::array(), t = nlohmann::json::array(), a = nlohmann::json::array();
    for (const auto& x : objectives) o.push_back(x.toJson());
    for (const auto& x : targets) t.push_back(x.toJson());
    for (const auto& x : actions) a.push_back(x.toJson());
    return {{"capacite_heures_semaine", weeklyCapacityHours},
            {"objectifs", o},
            {"cibles", t},
            {"actions", a}};
}

ActionPlan ActionPlan::fromJson(const nlohmann::json& json, std::vector<Problem>& problems) {
    ActionPlan plan;
    JsonReader r(json, problems);
    if (!r.expectObject()) return plan;
    r.allowOnly({"capacite_heures_semaine", "objectifs", "cibles", "actions"});
    plan.weeklyCapacityHours =
        r.number("capacite_heures_semaine", 0, kMaxHours, false).value_or(35);
    std::set<std::pair<int, int>> periods;
    for (const auto& item : r.array("objectifs", 0, 10000, false)) {
        plan.objectives.push_back(PlanObjective::fromJson(item));
        const auto& o = plan.objectives.back();
        if (!periods.emplace(o.week, o.month).second)
            item.problem("un seul objectif par semaine ou par mois");
    }
    std::set<std::string> segments;
    for (const auto& item : r.array("cibles", 0, 1000, false)) {
        plan.targets.push_back(PlanTarget::fromJson(item));
        if (!plan.targets.back().segmentId.empty() &&
            !segments.insert(plan.targets.back().segmentId).second)
            item.problem(fmt::format("le segment « {} » est déjà une cible du plan",
                                     plan.targets.back().segmentId));
    }
    std::set<std::string> ids;
    for (const auto& item : r.array("actions", 0, 10000, false)) {
        plan.actions.push_back(PlannedAction::fromJson(item));
        if (!plan.actions.back().id.empty() && !ids.insert(plan.actions.back().id).second)
            item.problem(fmt::format("l'identifiant « {} » est déjà celui d'une autre action",
                                     plan.actions.back().id));
    }
    return plan;
}

}  // namespace cmcsim
