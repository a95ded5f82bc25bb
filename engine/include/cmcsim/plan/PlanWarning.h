#pragma once

#include <string>

namespace cmcsim {

// A warning of the plan checks: the rule that gave it (datasets/regles_plan.csv), its reason in
// French and what it concerns (an action, a week, a segment), for a view to point at.
struct PlanWarning {
    std::string rule;       // capacite_semaine, budget …
    std::string message;    // the rule's message, filled
    std::string actionId;   // the action concerned, or empty
    int week = 0;           // the week concerned, or 0
    std::string segmentId;  // the candidate's segment concerned, or empty
};

}  // namespace cmcsim
