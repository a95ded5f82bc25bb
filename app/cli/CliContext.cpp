#include "CliContext.h"

#include "cmcsim/attempt/AttemptState.h"

namespace cmcsim::cli {

Knowledge knowledgeOf(const Attempt& attempt, bool truth) {
    if (truth) return Knowledge::everything(attempt.market());
    return AttemptState::replay(attempt.scenario(), attempt.market(), attempt.journal())
        .knowledge();
}

const ReferenceData& CliContext::reference() {
    if (!reference_)
        reference_ = std::make_unique<ReferenceData>(ReferenceData::load(dataRoot() / "datasets"));
    return *reference_;
}

const ScenarioLibrary& CliContext::library() {
    if (!library_)
        library_ =
            std::make_unique<ScenarioLibrary>(ScenarioLibrary::load(dataRoot() / "scenarios"));
    return *library_;
}

}  // namespace cmcsim::cli
