#pragma once

#include <vector>

#include "cmcsim/plan/ActionPlan.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/plan/PlanWarning.h"
#include "cmcsim/plan/SegmentPolicyShare.h"

namespace cmcsim {

struct ActionCostModel;
struct PlanRules;
struct Scenario;

// What the plan checks read besides the plan: the scenario (its weeks, the mutuelle's policy and
// objectives), the calendar with the plan's capacity, the budget still available (the scenario's
// budget less the studies bought: AttemptState::budgetLeft) and, for each of the candidate's
// segments, its share in the policy's segments; the cost model the weeks charge.
struct PlanCheckInput {
    const Scenario* scenario = nullptr;
    const ActionPlan* plan = nullptr;
    const ActionCostModel* costs = nullptr;  // required (reference.actionCosts)
    const PlanCalendar* calendar = nullptr;
    double budgetAvailableEur = 0;
    std::vector<SegmentPolicyShare> segments;
    // The plan each played week ran with, week 1 first (AttemptState::weekRuns): a played week's
    // capacity is checked against it, not against the plan changed since (a tester cleaned past
    // overruns from the checks, and the assessment, by lowering contacts after the week).
    std::vector<const ActionPlan*> playedPlans;
};

// The live checks of the action plan, one per active rule of datasets/regles_plan.csv
// (docs/simulation.md, "Les contrôles du plan"): capacity of each week and budget (at the
// modelled cost), actions on excluded segments, priority segments without action, objectives
// below the mutuelle's, actions outside the scenario's weeks, targets without action, declared
// hours or budget far from the model, contacts over the kind's weekly ceiling. Warnings come in
// the rules' order, then by week or action.
// Throws std::invalid_argument when `input.costs` is missing.
std::vector<PlanWarning> checkPlan(const PlanRules& rules, const PlanCheckInput& input);

}  // namespace cmcsim
