#pragma once

#include <optional>
#include <string>

#include "cmcsim/plan/ActionPlan.h"

namespace cmcsim {

struct Scenario;

// What a plan change may still change once simulated weeks are played (issue 11 §2–3;
// docs/simulation.md, "Le plan et les semaines jouées"): the played weeks read the plan as it
// was, and the evaluator replays them, so a change touches only the weeks to come. Every
// refusal is a French sentence the candidate can act on.
class PlayedWeeks {
public:
    // `lastPlayed` is the last week run, 0 before the first.
    PlayedWeeks(const Scenario& scenario, int lastPlayed);

    int last() const { return last_; }
    int next() const { return last_ + 1; }
    // Why setting or removing the objective of `week` (or of `month` when `week` is 0) is
    // refused: the week is played, or every week of the month is (a week belongs to the month of
    // its first day).
    std::optional<std::string> objectiveRefusal(int week, int month) const;
    // Why putting `after` in place of `before` (null for a new action) is refused. An action not
    // started yet starts at the next week at the earliest; one that started keeps its first
    // week, kind and target (segment, SIRET, prescribers) and ends at the next week at the
    // earliest; its other fields (hours, budget, contacts, yield, description) are free.
    std::optional<std::string> actionRefusal(const PlannedAction* before,
                                             const PlannedAction& after) const;
    // Whether `action` started in a played week: removing it then stops it after the last week
    // played (it stays in the plan with its played weeks) instead of deleting it.
    bool started(const PlannedAction& action) const { return action.firstWeek <= last_; }
    // Why removing `action` is refused: it ended in a played week.
    std::optional<std::string> removalRefusal(const PlannedAction& action) const;

private:
    const Scenario* scenario_;
    int last_ = 0;
};

}  // namespace cmcsim
