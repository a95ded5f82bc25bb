#pragma once

#include <cstdint>

#include "cmcsim/plan/ActionPlan.h"

namespace cmcsim {

// The plan as it was right after one of the journal's plan commands (the evaluator reads how the
// plan changed, e.g. after the results of the weeks came in).
struct PlanVersion {
    std::int64_t entry = 0;  // the journal entry of the plan command
    ActionPlan plan;
};

}  // namespace cmcsim
