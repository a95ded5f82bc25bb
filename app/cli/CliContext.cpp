#include "CliContext.h"

namespace cmcsim::cli {

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
