#pragma once

#include <QString>

#include "cmcsim/plan/ActionPlan.h"

namespace cmcsim {
class AttemptState;
struct ReferenceData;
}  // namespace cmcsim

// The plan's figures and names as the plan workspace shows them (French, for tr()-free engine
// text: the kinds' labels come from the engine).
namespace studio::planText {

// The last simulated week already run (AttemptState::weekRuns), 0 before the first.
int lastPlayedWeek(const cmcsim::AttemptState& state);
// Hours the cost model charges in `week`: the modelled hours per week of the actions running
// that week (ActionCostModel::cost), not the candidate's declared ones.
double modelHours(const cmcsim::ReferenceData& reference, const cmcsim::ActionPlan& plan, int week);
// "Semaine 3" or "Mois de mars".
QString period(const cmcsim::PlanObjective& objective);
// What an action targets: the segment's name, the number of named companies, the prescribers.
QString target(const cmcsim::PlannedAction& action, const cmcsim::AttemptState& state);

}  // namespace studio::planText
