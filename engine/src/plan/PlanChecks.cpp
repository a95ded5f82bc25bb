#include "cmcsim/plan/PlanChecks.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/plan/PeriodObjective.h"
#include "cmcsim/reference/ActionCostModel.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {

// Fills a rule's message with named values (text already formatted in French).
class Warnings {
public:
    explicit Warnings(const PlanRules& rules) : rules_(rules) {}
    // The rule, or null when switched off.
    const PlanRule* rule(const char* id) const {
        const auto& r = rules_.rule(id);
        return r.active ? &r : nullptr;
    }
    void add(const PlanRule& rule, const std::vector<std::pair<std::string, std::string>>& values,
             PlanWarning where) {
        where.rule = rule.id;
        where.message = PlanRules::fill(rule.message, values);
        out.push_back(std::move(where));
    }
    std::vector<PlanWarning> out;

private:
    const PlanRules& rules_;
};

std::string number(double value, int decimals) {
    return frenchNumber(value, decimals);
}

PlanWarning about(std::string action, int week, std::string segment) {
    PlanWarning w;
    w.actionId = std::move(action);
    w.week = week;
    w.segmentId = std::move(segment);
    return w;
}

const SegmentPolicyShare* shareOf(const PlanCheckInput& in, const std::string& id) {
    const auto it = std::find_if(in.segments.begin(), in.segments.end(),
                                 [&](const SegmentPolicyShare& s) { return s.segmentId == id; });
    return it == in.segments.end() ? nullptr : &*it;
}

// Whether `declared` is off the `modelled` cost by more than `threshold` of it.
bool farFrom(double declared, double modelled, double threshold) {
    return std::abs(declared - modelled) > threshold * modelled + 1e-9;
}

// "100 appels × 0,08 h + 2 h fixes": how the model counts an action's hours per week.
std::string hoursDetail(const ActionKindCost& k, const ActionCost& c, ActionKind kind) {
    auto text = fmt::format("{} {} × {} h", c.contactsPerWeek, actionContactNoun(kind),
                            frenchShort(k.hoursPerContact, 3));
    if (k.fixedHoursPerWeek > 0)
        text += fmt::format(" + {} h fixes", frenchShort(k.fixedHoursPerWeek, 1));
    return text;
}

// "100 appels × 0,50 € × 4 semaines + 800 € fixes": how the model counts an action's budget.
std::string budgetDetail(const ActionKindCost& k, const ActionCost& c, const PlannedAction& a) {
    auto text =
        fmt::format("{} {} × {} € × {} semaine{}", c.contactsPerWeek, actionContactNoun(a.kind),
                    frenchShort(k.eurPerContact, 2), a.weeks(), a.weeks() > 1 ? "s" : "");
    if (k.fixedEur > 0) text += fmt::format(" + {} € fixes", number(k.fixedEur, 0));
    return text;
}

}  // namespace

std::vector<PlanWarning> checkPlan(const PlanRules& rules, const PlanCheckInput& in) {
    if (!in.costs)
        throw std::invalid_argument("checkPlan : PlanCheckInput::costs manquant (ReferenceData)");
    Warnings w(rules);
    const auto& plan = *in.plan;
    const auto& policy = in.scenario->policy;
    if (const auto* r = w.rule("capacite_semaine"))
        for (const auto& week : in.calendar->weeks()) {
            const auto played = static_cast<std::size_t>(week.number - 1);
            const auto& asRun = played < in.playedPlans.size() ? *in.playedPlans[played] : plan;
            const double hours = asRun.modelledHours(week.number, *in.costs);
            const double capacity =
                asRun.weeklyCapacityHours * static_cast<double>(week.workingDays.size()) / 5.0;
            if (hours > capacity * r->threshold + 1e-9)
                w.add(*r,
                      {{"semaine", std::to_string(week.number)},
                       {"heures", frenchShort(hours, 1)},
                       {"capacite", frenchShort(capacity, 1)},
                       {"jours", std::to_string(week.workingDays.size())}},
                      about("", week.number, ""));
        }
    if (const auto* r = w.rule("budget"))
        if (const double budget = plan.modelledBudgetEur(*in.costs);
            budget > in.budgetAvailableEur * r->threshold + 1e-9)
            w.add(*r,
                  {{"budget", number(budget, 2)}, {"disponible", number(in.budgetAvailableEur, 2)}},
                  PlanWarning{});
    if (const auto* r = w.rule("segment_exclu"))
        for (const auto& a : plan.actions) {
            const auto* share = a.segmentId.empty() ? nullptr : shareOf(in, a.segmentId);
            if (!share) continue;
            for (std::size_t i = 0; i < share->excludedShares.size(); ++i)
                if (share->excludedShares[i] > r->threshold + 1e-9)
                    w.add(*r,
                          {{"action", a.id},
                           {"segment", a.segmentId},
                           {"part", number(100 * share->excludedShares[i], 0)},
                           {"exclus", policy.excludedSegments[i].label}},
                          about(a.id, 0, a.segmentId));
        }
    if (const auto* r = w.rule("prioritaire_sans_action"))
        for (std::size_t i = 0; i < policy.prioritySegments.size(); ++i) {
            const bool covered =
                std::any_of(plan.actions.begin(), plan.actions.end(), [&](const PlannedAction& a) {
                    const auto* share = a.segmentId.empty() ? nullptr : shareOf(in, a.segmentId);
                    return share && i < share->priorityShares.size() &&
                           share->priorityShares[i] + 1e-9 >= r->threshold && share->lines > 0;
                });
            if (!covered)
                w.add(*r, {{"prioritaire", policy.prioritySegments[i].label}}, PlanWarning{});
        }
    if (const auto* r = w.rule("objectifs_inferieurs")) {
        // The plan's objective over the scenario's weeks (PeriodObjective, as the dashboard and
        // the note count it).
        const auto objective = PeriodObjective::ofScenario(plan, *in.scenario);
        if (objective.contracts + 1e-9 < static_cast<double>(policy.newContracts) * r->threshold)
            w.add(*r,
                  {{"plan", number(objective.contracts,
                                   objective.contracts == std::floor(objective.contracts) ? 0 : 1)},
                   {"mutuelle", std::to_string(policy.newContracts)},
                   {"quoi", "nouveaux contrats"}},
                  PlanWarning{});
        if (objective.premiumsEur + 1e-9 < policy.annualPremiumEur * r->threshold)
            w.add(*r,
                  {{"plan", number(objective.premiumsEur, 0) + " €"},
                   {"mutuelle", number(policy.annualPremiumEur, 0) + " €"},
                   {"quoi", "primes annuelles"}},
                  PlanWarning{});
    }
    if (const auto* r = w.rule("action_hors_semaines"))
        for (const auto& a : plan.actions)
            if (a.lastWeek > in.scenario->durationWeeks || a.firstWeek < 1)
                w.add(*r,
                      {{"action", a.id},
                       {"debut", std::to_string(a.firstWeek)},
                       {"fin", std::to_string(a.lastWeek)},
                       {"semaines", std::to_string(in.scenario->durationWeeks)}},
                      about(a.id, 0, ""));
    if (const auto* r = w.rule("cible_sans_action"))
        for (const auto& t : plan.targets)
            if (std::none_of(plan.actions.begin(), plan.actions.end(),
                             [&](const PlannedAction& a) { return a.segmentId == t.segmentId; }))
                w.add(*r, {{"segment", t.segmentId}, {"priorite", std::to_string(t.priority)}},
                      about("", 0, t.segmentId));
    if (const auto* r = w.rule("ecart_modele"))
        for (const auto& a : plan.actions) {
            const auto& k = in.costs->of(a.kind);
            const auto c = in.costs->cost(a);
            if (farFrom(a.hoursPerWeek, c.hoursPerWeek, r->threshold))
                w.add(*r,
                      {{"action", a.id},
                       {"declare", frenchShort(a.hoursPerWeek, 1) + " h"},
                       {"quoi", "prévues par semaine"},
                       {"modele", frenchShort(c.hoursPerWeek, 1) + " h"},
                       {"detail", hoursDetail(k, c, a.kind)}},
                      about(a.id, 0, ""));
            if (farFrom(a.budgetEur, c.totalEur, r->threshold))
                w.add(*r,
                      {{"action", a.id},
                       {"declare", number(a.budgetEur, 0) + " €"},
                       {"quoi", "de budget"},
                       {"modele", number(c.totalEur, 0) + " €"},
                       {"detail", budgetDetail(k, c, a)}},
                      about(a.id, 0, ""));
        }
    if (const auto* r = w.rule("plafond_contacts"))
        for (const auto& a : plan.actions) {
            const auto ceiling = in.costs->of(a.kind).maxContactsPerWeek;
            if (ceiling > 0 && static_cast<double>(a.contactsPerWeek) >
                                   static_cast<double>(ceiling) * r->threshold + 1e-9)
                w.add(*r,
                      {{"action", a.id},
                       {"contacts", std::to_string(a.contactsPerWeek)},
                       {"plafond", std::to_string(ceiling)},
                       {"type", actionKindLabel(a.kind)}},
                      about(a.id, 0, ""));
        }
    return std::move(w.out);
}

}  // namespace cmcsim
