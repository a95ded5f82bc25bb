#include "CliContext.h"

#include <utility>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioPack.h"
#include "cmcsim/store/AttemptReader.h"

namespace cmcsim::cli {

CompanyView companyView(AttemptReader& reader, const std::string& siretOrSiren, bool truth,
                        bool deferCheck) {
    ExtractCheck check;
    auto extract = deferCheck ? CompanyExtract::read(reader, siretOrSiren, check)
                              : CompanyExtract::read(reader, siretOrSiren);
    std::optional<Date> simulatedDate;
    auto knowledge = check.guard([&] {
        if (truth) return Knowledge::everything(extract.market);
        const auto state = reader.replay();
        simulatedDate = state.simulatedDate();
        return state.knowledgeOf(extract.lines);
    });
    return {std::move(extract), std::move(knowledge), std::move(check), simulatedDate};
}

const ReferenceData& CliContext::reference() {
    if (loading_.valid()) std::exchange(loading_, {}).get();
    if (!reference_)
        reference_ = std::make_unique<ReferenceData>(ReferenceData::load(dataRoot() / "datasets"));
    return *reference_;
}

void CliContext::loadReference() {
    if (reference_ || loading_.valid()) return;
    loading_ = std::async(std::launch::async, [this] {
        reference_ = std::make_unique<ReferenceData>(ReferenceData::load(dataRoot() / "datasets"));
    });
}

const ScenarioLibrary& CliContext::library() {
    if (!library_)
        library_ =
            std::make_unique<ScenarioLibrary>(ScenarioLibrary::load(dataRoot() / "scenarios"));
    return *library_;
}

std::pair<Scenario, std::filesystem::path> CliContext::scenario(const std::string& name) {
    const ScenarioLoader loader(reference());
    if (auto entry = ScenarioPack::chosen(name, loader)) {
        const auto hash = name.rfind('#');
        return {std::move(entry->scenario),
                ScenarioPack::isPack(name) ? name : name.substr(0, hash)};
    }
    const auto path = library().resolve(name);
    return {loader.fromFile(path), path};
}

}  // namespace cmcsim::cli
