#pragma once

#include <vector>

#include "cmcsim/assess/Assessment.h"

class StudioSession;

// The studio's adapter to the engine's assessors: the automatic pre-assessment of the attempt at
// the entry the workspaces show.
namespace AutomaticAssessment {
// False while the program holds no assessment runner (then run() returns nothing).
bool available();
// One result per indicator of the framework, assessed after entry session.shownEntry().
std::vector<cmcsim::IndicatorResult> run(const StudioSession& session);
}  // namespace AutomaticAssessment
