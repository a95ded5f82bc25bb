#pragma once

#include <functional>
#include <utility>

#include "cmcsim/plan/ActionPlan.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

// The objective of the plan over a period of weeks: the one rule the dashboard, the plan checks
// and the synthesis note's key figures use (docs/simulation.md, « Les objectifs d'une période »).
// A week's objective is the plan's objective for that week when it sets one; otherwise its share
// of its month's objective, the monthly objective divided by the scenario's weeks in that month.
// A week belongs to the month of its Monday (as PlayedWeeks decides); a month is a month number
// (PlanObjective::month), its weeks every week of the scenario whose Monday falls in it. So the
// weeks of a month add up to its whole objective, whatever weeks it has weekly objectives for.
struct PeriodObjective {
    double contracts = 0;    // new contracts (a share of a monthly objective may be fractional)
    double premiumsEur = 0;  // annual premiums, €, rounded to the cent

    // Weeks `first` to `last` (1-based, clipped to the scenario's weeks) of `plan`.
    static PeriodObjective ofWeeks(const ActionPlan& plan, const Scenario& scenario, int first,
                                   int last);
    static PeriodObjective ofWeek(const ActionPlan& plan, const Scenario& scenario, int week) {
        return ofWeeks(plan, scenario, week, week);
    }
    // Every week of the scenario (1 to duration_weeks).
    static PeriodObjective ofScenario(const ActionPlan& plan, const Scenario& scenario) {
        return ofWeeks(plan, scenario, 1, scenario.durationWeeks);
    }
    // The weeks `inPeriod` accepts (a week number, 1..duration_weeks).
    static PeriodObjective of(const ActionPlan& plan, const Scenario& scenario,
                              const std::function<bool(int)>& inPeriod);
    // The weeks of the scenario in `month` (1..12): its whole objective.
    static PeriodObjective ofMonth(const ActionPlan& plan, const Scenario& scenario, int month);
    // The month number (1..12) week `week` belongs to: the month of its Monday.
    static int monthOf(const Scenario& scenario, int week);
    // The scenario's first and last week in `month` (its Mondays in it), {0, 0} when none.
    static std::pair<int, int> weeksOfMonth(const Scenario& scenario, int month);
};

}  // namespace cmcsim
