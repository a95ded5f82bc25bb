#include "evaluation/AutomaticAssessment.h"

#include "common/StudioSession.h"

bool AutomaticAssessment::available() {
    return false;  // the assessment runner (engine/assess) is wired in once merged
}

std::vector<cmcsim::IndicatorResult> AutomaticAssessment::run(const StudioSession&) {
    return {};
}
