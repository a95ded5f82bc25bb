#pragma once

#include <vector>

#include "cmcsim/compare/AttemptComparison.h"
#include "cmcsim/reference/AssessmentFramework.h"

namespace cmcsim {

// The series of a comparison: the score of each compared criterion (absent when « à apprécier »),
// then each key figure of ComparedFigures, each with its distribution over `attempts`.
std::vector<ComparedSeries> comparisonSeries(const std::vector<ComparedAttempt>& attempts,
                                             const std::vector<ComparedColumn>& criteria);
// The criteria of `framework` with an assessed indicator, and those indicators.
std::vector<ComparedColumn> comparedCriteria(const AssessmentFramework& framework);
std::vector<ComparedColumn> comparedIndicators(const AssessmentFramework& framework);

}  // namespace cmcsim
