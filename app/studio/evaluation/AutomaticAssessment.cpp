#include "evaluation/AutomaticAssessment.h"

#include <algorithm>

#include "cmcsim/assess/AttemptAssessment.h"
#include "cmcsim/reference/ReferenceData.h"
#include "common/StudioSession.h"

std::vector<cmcsim::IndicatorResult> AutomaticAssessment::run(const StudioSession& session) {
    const auto& journal = session.journal();
    const auto k = static_cast<std::size_t>(session.shownEntry());
    const std::vector<cmcsim::JournalEntry> assessed(
        journal.begin(),
        journal.begin() + static_cast<std::ptrdiff_t>(std::min(k, journal.size())));
    const cmcsim::AssessmentContext context{session.scenario(), session.market(),
                                            session.reference(), assessed, session.state()};
    return cmcsim::assessAttempt(context, session.reference().framework);
}

std::vector<cmcsim::IndicatorResult> AutomaticAssessment::atHandIn(const StudioSession& session) {
    const cmcsim::AssessmentContext context{session.scenario(), session.market(),
                                            session.reference(), session.journal(),
                                            session.engine().state()};
    return cmcsim::assessAttempt(context, session.reference().framework);
}
