#pragma once

#include <vector>

#include "cmcsim/assess/Assessment.h"

class StudioSession;

// The studio's adapter to the engine's assessors (engine/assess, assessAttempt): the automatic
// pre-assessment of the attempt at the entry the workspaces show.
namespace AutomaticAssessment {
// One result per indicator of the framework, in its order, assessed after entry
// session.shownEntry() (the journal up to it and the state the workspaces show).
std::vector<cmcsim::IndicatorResult> run(const StudioSession& session);
// The same at the hand-in: the whole journal and the attempt's last state, whatever entry the
// timeline shows (what `cmcsim evaluation create` keeps as the grid's pre-assessment).
std::vector<cmcsim::IndicatorResult> atHandIn(const StudioSession& session);
}  // namespace AutomaticAssessment
