#include "cmcsim/assess/AttemptAssessment.h"

#include "cmcsim/reference/AssessmentFramework.h"

namespace cmcsim {

std::vector<IndicatorResult> assessAttempt(const AssessmentContext& context,
                                           const AssessmentFramework& framework) {
    std::vector<IndicatorResult> results;
    const auto& registry = AssessorRegistry::all();
    for (const auto& criterion : framework.criteria()) {
        for (const auto& indicator : criterion.indicators) {
            IndicatorResult result;
            const auto found =
                indicator.assessor.empty() ? registry.end() : registry.find(indicator.assessor);
            if (found != registry.end())
                result = found->second.assess(context, framework.thresholdsOf(indicator.assessor),
                                              criterion.id, indicator.id);
            result.criterion = criterion.id;
            result.indicator = indicator.id;
            if (result.verdict == Verdict::AApprecier) result.score = 0;
            if (result.explanation.empty())
                result.explanation =
                    "À apprécier par l'évaluateur : " + indicator.manualReason + ".";
            results.push_back(std::move(result));
        }
    }
    return results;
}

}  // namespace cmcsim
