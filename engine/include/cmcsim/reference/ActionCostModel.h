#pragma once

#include <array>
#include <cstdint>
#include <filesystem>

#include "cmcsim/plan/ActionPlan.h"

// The cost model of the plan's actions (issue 11 §2): what one contact of each kind of action
// costs in the candidate's time and in money, read from datasets/couts_actions.csv
// (docs/simulation.md, "Le coût des actions", gives every figure with its source; most are
// modelling assumptions, marked ⚠ in the file). The weeks charge these costs, not the
// candidate's declared hours and budget; the plan checks compare the two.
namespace cmcsim {

// The cost parameters of one kind of action.
struct ActionKindCost {
    double hoursPerContact = 0;    // the candidate's hours per company contacted (or visitor)
    double eurPerContact = 0;      // euros per company contacted (postage, printing, routing)
    double fixedHoursPerWeek = 0;  // hours per week the action runs, whatever its contacts
    double fixedEur = 0;           // euros once per action (a stand's fee, an event's room)
    std::int64_t maxContactsPerWeek = 0;  // ceiling a single person can hold in a week, 0 none
};

// What one action costs by the model, for one week it runs and in total.
struct ActionCost {
    std::int64_t contactsPerWeek = 0;  // the action's, capped at the kind's ceiling
    double hoursPerWeek = 0;           // contactsPerWeek × hoursPerContact + fixedHoursPerWeek
    double eurPerWeek = 0;             // contactsPerWeek × eurPerContact
    double totalEur = 0;               // eurPerWeek × weeks + fixedEur
};

// Every row of datasets/couts_actions.csv, validated (ranges in ActionCostModel.cpp).
struct ActionCostModel {
    std::array<ActionKindCost, static_cast<std::size_t>(kLastActionKind) + 1> kinds{};

    const ActionKindCost& of(ActionKind kind) const {
        return kinds.at(static_cast<std::size_t>(kind));
    }
    // The modelled cost of `action` (its kind, contacts per week and weeks).
    ActionCost cost(const PlannedAction& action) const;

    // Reads datasets/couts_actions.csv; a wrong, missing or repeated cell is an InputError with
    // its line and column.
    static ActionCostModel load(const std::filesystem::path& datasets);
};

}  // namespace cmcsim
