#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "CliRunner.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptSession.h"

// `cmcsim assess`: the pre-assessment of a scripted attempt on the minimal fixture scenario, as
// text (golden file, CMCSIM_UPDATE_GOLDEN=1 rewrites it), at an earlier entry and as JSON.
namespace {

using cmcsim::test::runCli;
namespace fs = std::filesystem;
namespace cmd = cmcsim::command;

const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";

// The attempt: 10 lines verified (entries 2–11), each defect they revealed flagged right except
// the last one, one false alarm on a clean verified line, then a segment of retail (section G)
// qualified in writing with rough figures (last entry).
class CliAssess : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-assess-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        attempt_ = (dir_ / "epreuve.cmc").string();
        const auto result = runCli("generate " + kMinimal + " -o " + attempt_ +
                                   " --force --candidate 'Camille Test'");
        ASSERT_EQ(result.exitCode, 0) << result.err;
        const auto reference =
            cmcsim::ReferenceData::load(fs::path(CMCSIM_SOURCE_ROOT) / "datasets");
        cmcsim::AttemptSession session(attempt_, reference);
        const auto& market = session.attempt().market();
        for (std::uint32_t line = 0; line < 10; ++line)
            session.execute(cmd::kVerify, {{"ligne", line}});
        std::vector<std::pair<std::uint32_t, std::string>> flags;
        std::uint32_t clean = 0;
        for (std::uint32_t line = 0; line < 10; ++line) {
            bool defective = false;
            for (const auto& d : market.defects) {
                if (d.record != line) continue;
                defective = true;
                const auto kind = d.kind == cmcsim::DefectKind::Duplicate ? "doublon"
                                  : d.kind == cmcsim::DefectKind::Closed  ? "fermee"
                                                                          : "donnee_erronee";
                flags.emplace_back(line, kind);
            }
            if (!defective) clean = line;
        }
        if (!flags.empty()) flags.pop_back();  // one defect left unflagged
        flags.emplace_back(clean, "fermee");   // a false alarm
        for (const auto& [line, kind] : flags)
            session.execute(cmd::kFlag, {{"ligne", line}, {"anomalie", kind}, {"motif", "vu"}});
        session.execute(cmd::kSaveSegment,
                        {{"id", "commerce"},
                         {"nom", "Commerce de proximité"},
                         {"filtre", {{"sections", {"G"}}}},
                         {"qualification",
                          "Commerces de détail de la commune, souvent de moins de dix salariés et "
                          "couverts par un contrat ancien"},
                         {"etablissements", 30},
                         {"salaries", 150},
                         {"potentiel_eur", 60000},
                         {"conversion", 0.1}});
        entries_ = static_cast<int>(session.attempt().journal().size());
        // Handed in: the assessment reads the truth, the evaluator's view (TruthAccess).
        const auto sealed = runCli("seal " + attempt_);
        ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
        ++entries_;
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }

    static fs::path dir_;
    static std::string attempt_;
    static int entries_;
};
fs::path CliAssess::dir_;
std::string CliAssess::attempt_;
int CliAssess::entries_ = 0;

TEST_F(CliAssess, TextGolden) {
    const auto result = runCli("assess " + attempt_);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    auto text = result.out;
    text.replace(text.find(attempt_), attempt_.size(), "FILE.cmc");
    cmcsim::test::expectGoldenText("assess-minimal.txt", text);
}

// After entry 11 (the verifications only), there is no segment yet: B2.1.5 is not acquired.
TEST_F(CliAssess, AtAnEarlierEntry) {
    const auto result = runCli("assess " + attempt_ + " --at 11 --json");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["entree"], 11);
    EXPECT_EQ(json["entrees"], entries_);
    const auto& b21 = json["blocs"][0]["criteres"][0];
    EXPECT_EQ(b21["id"], "B2.1");
    EXPECT_EQ(b21["indicateurs"][4]["id"], "B2.1.5");
    EXPECT_EQ(b21["indicateurs"][4]["verdict"], "non_acquis");
}

TEST_F(CliAssess, JsonHasEveryIndicatorOfBlocs2To4) {
    const auto result = runCli("assess " + attempt_ + " --json");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    ASSERT_EQ(json["blocs"].size(), 3u);
    std::size_t indicators = 0;
    for (const auto& bloc : json["blocs"])
        for (const auto& criterion : bloc["criteres"])
            indicators += criterion["indicateurs"].size();
    EXPECT_EQ(indicators, 60u);
    const auto& b212 = json["blocs"][0]["criteres"][0]["indicateurs"][1];
    EXPECT_EQ(b212["evaluateur"], "fiabilite.verifications");
    EXPECT_FALSE(b212["preuves"].empty());
}

TEST_F(CliAssess, RefusesAnEntryOutsideTheJournal) {
    const auto result = runCli("assess " + attempt_ + " --at 0");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("--at"), std::string::npos) << result.err;
}

}  // namespace
