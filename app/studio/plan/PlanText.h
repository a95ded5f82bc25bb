#pragma once

#include <QString>

#include "cmcsim/plan/ActionPlan.h"

namespace cmcsim {
class AttemptState;
}

// The plan's names as the plan workspace and its dialogs show them, in French.
namespace studio::planText {

// The last simulated week already run (AttemptState::weekRuns), 0 before the first.
int lastPlayedWeek(const cmcsim::AttemptState& state);
// "Semaine 3" or "Mois de mars".
QString period(const cmcsim::PlanObjective& objective);
// What an action targets: the segment's name, the number of named companies, the prescribers.
QString target(const cmcsim::PlannedAction& action, const cmcsim::AttemptState& state);

}  // namespace studio::planText
