#pragma once

#include <QString>
#include <cstdint>

#include "cmcsim/plan/ActionPlan.h"

namespace cmcsim {
class AttemptState;
}

// The plan's names as the plan workspace and its dialogs show them, in French.
namespace studio::planText {

// The last simulated week already run (AttemptState::weekRuns), 0 before the first.
int lastPlayedWeek(const cmcsim::AttemptState& state);
// The version (from 1, as the history numbers them) of the plan in force at journal entry
// `entry`: the last plan version recorded before it; 0 when none was (the initial plan).
int versionAt(const cmcsim::AttemptState& state, std::int64_t entry);
// "12,5 h".
QString hours(double h);
// "Semaine 3" or "Mois de mars".
QString period(const cmcsim::PlanObjective& objective);
// What an action targets: the segment's name, the number of named companies, the prescribers.
QString target(const cmcsim::PlannedAction& action, const cmcsim::AttemptState& state);

}  // namespace studio::planText
