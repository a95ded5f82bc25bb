#pragma once

#include <vector>

#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

class AssessmentFramework;

// The pre-assessment of an attempt: one result per indicator of the framework (Blocs 2–4), in
// the framework's order. An indicator without assessor is "à apprécier par l'évaluateur" with
// its reason (motif_manuel); an assessed one is its assessor's result, given the indicator's
// criterion and id. A pure function of the context: the same attempt gives the same results.
std::vector<IndicatorResult> assessAttempt(const AssessmentContext& context,
                                           const AssessmentFramework& framework);

}  // namespace cmcsim
