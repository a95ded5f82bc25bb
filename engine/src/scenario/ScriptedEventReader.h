#pragma once

#include <vector>

#include "cmcsim/core/JsonReader.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

// Reads the scenario's "evenements" array (docs/scenario-format.md) against its weeks and its
// competitors, recording every problem with its JSON path in the root's problems.
std::vector<ScriptedEvent> readScriptedEvents(const JsonReader& root, int durationWeeks,
                                              const std::vector<CompetitorSpec>& competitors);

}  // namespace cmcsim
