#include "cmcsim/plan/PeriodObjective.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cmcsim {

int PeriodObjective::monthOf(const Scenario& scenario, int week) {
    return static_cast<int>(scenario.startDate.plusDays(7 * (week - 1)).month());
}

std::pair<int, int> PeriodObjective::weeksOfMonth(const Scenario& scenario, int month) {
    std::pair<int, int> weeks{0, 0};
    for (int w = 1; w <= scenario.durationWeeks; ++w)
        if (monthOf(scenario, w) == month) {
            if (weeks.first == 0) weeks.first = w;
            weeks.second = w;
        }
    return weeks;
}

PeriodObjective PeriodObjective::ofWeeks(const ActionPlan& plan, const Scenario& scenario,
                                         int first, int last) {
    return of(plan, scenario, [&](int w) { return first <= w && w <= last; });
}

PeriodObjective PeriodObjective::ofMonth(const ActionPlan& plan, const Scenario& scenario,
                                         int month) {
    return of(plan, scenario, [&](int w) { return monthOf(scenario, w) == month; });
}

PeriodObjective PeriodObjective::of(const ActionPlan& plan, const Scenario& scenario,
                                    const std::function<bool(int)>& inPeriod) {
    PeriodObjective total;
    // Per month: the scenario's weeks in it, and those of the period without a weekly objective.
    std::array<int, 13> weeks{}, shared{};
    for (int w = 1; w <= scenario.durationWeeks; ++w) {
        const int month = monthOf(scenario, w);
        ++weeks[static_cast<std::size_t>(month)];
        if (!inPeriod(w)) continue;
        const bool weekly = std::any_of(plan.objectives.begin(), plan.objectives.end(),
                                        [&](const PlanObjective& o) { return o.week == w; });
        if (!weekly) ++shared[static_cast<std::size_t>(month)];
    }
    for (const auto& o : plan.objectives) {
        if (o.week > 0) {
            if (o.week > scenario.durationWeeks || !inPeriod(o.week)) continue;
            total.contracts += static_cast<double>(o.newContracts);
            total.premiumsEur += o.premiumsEur;
        } else if (o.month >= 1 && o.month <= 12) {
            const auto m = static_cast<std::size_t>(o.month);
            if (weeks[m] == 0 || shared[m] == 0) continue;
            // One division per month, so a whole month gives back its objective exactly.
            total.contracts += static_cast<double>(o.newContracts) * shared[m] / weeks[m];
            total.premiumsEur += o.premiumsEur * shared[m] / weeks[m];
        }
    }
    total.premiumsEur = std::round(total.premiumsEur * 100) / 100;
    return total;
}

}  // namespace cmcsim
