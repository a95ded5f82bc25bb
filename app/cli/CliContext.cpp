#include "CliContext.h"

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/AttemptReader.h"

namespace cmcsim::cli {

CompanyView companyView(AttemptReader& reader, const std::string& siretOrSiren, bool truth) {
    auto extract = CompanyExtract::read(reader, siretOrSiren);
    auto knowledge = truth ? Knowledge::everything(extract.market)
                           : extract.knowledge(reader.replay().knowledge());
    return {std::move(extract), std::move(knowledge)};
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
