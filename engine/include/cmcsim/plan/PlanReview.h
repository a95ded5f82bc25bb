#pragma once

#include <vector>

#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/plan/PlanChecks.h"
#include "cmcsim/plan/PlanWarning.h"
#include "cmcsim/plan/SegmentPolicyShare.h"

namespace cmcsim {

class AttemptState;
class ProspectView;
struct ReferenceData;
struct Scenario;

// Everything a view of the plan shows beside the plan itself (AttemptState::plan()): the
// calendar at the plan's capacity, the candidate's segments against the mutuelle's policy and the
// checks' warnings. Recomputed after each command; what `cmcsim plan show` prints and the
// studio's plan workspace reads.
struct PlanReview {
    PlanCalendar calendar;
    std::vector<SegmentPolicyShare> segments;  // in AttemptState::segments() order
    std::vector<PlanWarning> warnings;
    // The plan each played week ran with (WeekRun::plan), week 1 first: a played week shows it,
    // never the plan now (the calendar's capacity of those weeks is theirs too).
    std::vector<ActionPlan> played;

    // The plan week `number` ran with when it is played, else `current` (the plan now).
    const ActionPlan& planOf(int number, const ActionPlan& current) const;
    bool isPlayed(int number) const {
        return number >= 1 && number <= static_cast<int>(played.size());
    }

    // `view` is the prospect file as the candidate sees it (the state's knowledge).
    static PlanReview of(const ReferenceData& reference, const Scenario& scenario,
                         const ProspectView& view, const AttemptState& state);
    // The warnings about one action, or one week.
    std::vector<const PlanWarning*> aboutAction(const std::string& actionId) const;
    std::vector<const PlanWarning*> aboutWeek(int week) const;
};

}  // namespace cmcsim
