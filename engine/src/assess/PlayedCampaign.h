#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

class Campaign;
struct PlannedAction;
struct Segment;

// What the assessors of the plan and the simulated weeks (issue 11 §5) read of an attempt: the
// campaign replayed from the journal (Campaign::replay, made once per context and shared), the
// plan's journal entries and the rule for an attempt that has no plan or no week yet
// (docs/assessment.md, "Le plan d'actions et les semaines simulées").
namespace played {

// The attempt's campaign: every week its journal ran, replayed with the attempt's seed (the
// "graine" of its creation entry, else the scenario's); made once per context.
const Campaign& campaign(const AssessmentContext& context);
// The seed Campaign::replay needs: the creation entry's "graine", else the scenario's.
std::uint64_t seedOf(const AssessmentContext& context);

// When the plan has no action, `result` becomes "à apprécier" with a reason naming `what`
// (nothing to judge yet is not "non acquis") and the function returns true.
bool withoutPlan(IndicatorResult& result, const AssessmentContext& context,
                 const std::string& what);
// The same when no simulated week has been run.
bool withoutWeeks(IndicatorResult& result, const AssessmentContext& context,
                  const std::string& what);

// The journal entry that last wrote action `id` into the plan (its last plan version holding it
// as it is now), 0 when none.
std::int64_t actionEntry(const AssessmentContext& context, const std::string& id);
// The candidate's segment `id`, or null.
const Segment* segment(const AssessmentContext& context, const std::string& id);
// Whether `text` holds at least `minWords` words.
bool written(const std::string& text, double minWords);
// Plan changes made after a week was run (the plan adjusted once results came in): the number of
// plan versions whose entry follows the first week's, and the first of their entries (0 none).
struct Adjustments {
    std::int64_t count = 0;
    std::int64_t firstEntry = 0;
};
Adjustments adjustmentsAfterResults(const AssessmentContext& context);

// How many items of one kind an assessor lists as evidence (a national portfolio meets thousands
// of events): a display limit, the figures of the explanation count them all.
inline constexpr std::size_t kListedItems = 25;
// Appends the first kListedItems of `items` to `evidence`, then "… et N autre(s)" for the rest.
void appendListed(std::vector<Evidence>& evidence, const std::vector<Evidence>& items);

}  // namespace played

}  // namespace cmcsim
