#pragma once

#include <string>

#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

// Writes a scenario as the documented JSON of format cmcsim-scenario/2 (docs/scenario-format.md):
// pretty-printed with a 2-space indent, the keys in the order of the documentation, optional
// blocks only when they hold something, numbers exact (a whole number without a decimal
// point). ScenarioLoader reads back every field equal (Scenario::sameContent). Used by the
// studio's scenario editor and by scenario packs.
struct ScenarioWriter {
    // The text of the file, ending with a line break. Does not validate: an invalid scenario is
    // written as it is and the loader reports its problems.
    static std::string toJson(const Scenario& scenario);
};

}  // namespace cmcsim
