#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/reference/PlanRules.h"

namespace cmcsim {

// The journal's plan commands (plan.*, docs/attempt-format.md "Le plan d'actions"): their
// validation against the scenario's weeks, the candidate's segments, the prospect file and the
// weeks played (PlayedWeeks), and the plan each makes. Refusals are InputErrors naming the entry.
class PlanCommand {
public:
    // What validating a plan command reads of the attempt as it is before the command.
    struct Context {
        const Scenario& scenario;
        const ProspectDirectory& prospects;
        const std::vector<Segment>& segments;
        const std::vector<WeekRun>& weekRuns;
        const PlanRules& rules;  // the legal bound of the weekly capacity (capacite_max_legale)
    };

    // Whether `kind` is a plan command.
    static bool is(const std::string& kind);
    // The plan after the plan command `entry` (its parsed object `payload`) applied to `plan`;
    // InputError naming the entry when the command is refused.
    static ActionPlan apply(const JournalEntry& entry, const nlohmann::json& payload,
                            const ActionPlan& plan, const Context& context);
    // Why undoing or redoing (`what`: "l'annuler") the plan command `entry` is refused: a week
    // played after it read the plan it made. nullopt for any other entry.
    static std::optional<std::string> pastRefusal(const JournalEntry& entry,
                                                  const std::vector<WeekRun>& weekRuns,
                                                  const char* what);
};

}  // namespace cmcsim
