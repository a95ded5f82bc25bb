#include "cmcsim/plan/PlanReview.h"

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

PlanReview PlanReview::of(const ReferenceData& reference, const Scenario& scenario,
                          const ProspectView& view, const AttemptState& state) {
    PlanReview review{PlanCalendar(scenario, state.plan().weeklyCapacityHours), {}, {}, {}};
    for (const auto& s : state.segments())
        review.segments.push_back(SegmentPolicyShare::of(s, view, reference, scenario.policy));
    PlanCheckInput in;
    in.scenario = &scenario;
    in.plan = &state.plan();
    in.costs = &reference.actionCosts;
    in.calendar = &review.calendar;
    in.budgetAvailableEur = state.budgetLeft();
    in.segments = review.segments;
    for (const auto& run : state.weekRuns()) {
        in.playedPlans.push_back(&run.plan);
        review.played.push_back(run.plan);
        review.calendar.setWeekCapacity(run.week, run.plan.weeklyCapacityHours);
    }
    review.warnings = checkPlan(reference.planRules, in);
    return review;
}

const ActionPlan& PlanReview::planOf(int number, const ActionPlan& current) const {
    return isPlayed(number) ? played[static_cast<std::size_t>(number - 1)] : current;
}

std::vector<const PlanWarning*> PlanReview::aboutAction(const std::string& actionId) const {
    std::vector<const PlanWarning*> out;
    for (const auto& w : warnings)
        if (w.actionId == actionId) out.push_back(&w);
    return out;
}

std::vector<const PlanWarning*> PlanReview::aboutWeek(int week) const {
    std::vector<const PlanWarning*> out;
    for (const auto& w : warnings)
        if (w.week == week) out.push_back(&w);
    return out;
}

}  // namespace cmcsim
