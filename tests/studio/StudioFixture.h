#pragma once

#include <QSettings>
#include <QTemporaryDir>
#include <filesystem>
#include <memory>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "common/StudioSession.h"

namespace cmcsim::test {

inline const ReferenceData& studioReference() {
    static const ReferenceData data =
        ReferenceData::load(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "datasets");
    return data;
}

inline std::filesystem::path studioFixture(const char* relative) {
    return std::filesystem::path(CMCSIM_SOURCE_ROOT) / "tests" / "fixtures" / relative;
}

// A new attempt of a fixture scenario in a temporary folder, opened as a studio session.
class StudioFixture {
public:
    explicit StudioFixture(const char* scenario = "scenarios/session.json") {
        QSettings().clear();
        file_ = std::filesystem::path(dir_.path().toStdString()) / "epreuve.cmc";
        const auto s = ScenarioLoader(studioReference()).fromFile(studioFixture(scenario));
        AttemptFile::create(studioReference(), s, {file_, std::nullopt, "Camille", false});
        reopen();
    }
    void reopen() {
        session_.reset();
        session_ = std::make_unique<StudioSession>(
            studioReference(), std::make_unique<AttemptSession>(file_, studioReference()));
    }
    void close() { session_.reset(); }  // e.g. for the CLI to write the attempt
    StudioSession& session() { return *session_; }
    const std::filesystem::path& file() const { return file_; }

private:
    QTemporaryDir dir_;
    std::filesystem::path file_;
    std::unique_ptr<StudioSession> session_;
};

}  // namespace cmcsim::test
