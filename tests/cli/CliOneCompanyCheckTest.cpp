#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "CliRunner.h"
#include "SqlShell.h"

// `diagnose` and `quote` check the company's rows against the seal beside their own work (the
// simulation's draws for `quote`; docs/performance.md, *One company: `quote`, the seal beside the
// draws*): an edited file still prints nothing, and the check's error still comes before the
// command's own refusal, as when the check ran first.
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::runCli;
namespace fs = std::filesystem;

const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";
const std::string kOffer =
    std::string(CMCSIM_SOURCE_ROOT) + "/scenarios/offers/confort-ensemble.json";
// Gillet Micro-crèche, 24 employees (CliGolden.DiagnoseAndQuote).
const std::string kSiret = "46575783900019";

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class CliOneCompanyCheck : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::path(::testing::TempDir()) /
               ("cmcsim-one-company-" + std::to_string(getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        attempt_ = (dir_ / "epreuve.cmc").string();
        ASSERT_EQ(runCli("generate " + kMinimal + " -o " + attempt_).exitCode, 0);
        // The evaluator's view (--truth) is read on the handed-in attempt (TruthAccess).
        remise_ = cmcsim::test::handedInCopy(attempt_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // The one-company commands, text and JSON, candidate and evaluator.
    std::vector<std::string> commands(const std::string& siret) const {
        const auto on = attempt_ + " --siret " + siret;
        const auto sealed = remise_ + " --siret " + siret;
        return {"diagnose " + on, "diagnose " + sealed + " --truth --json",
                "quote " + on + " --offer " + kOffer + " --years 2000",
                "quote " + sealed + " --offer " + kOffer + " --years 2000 --json --truth"};
    }
    // Runs `sql` on the attempt and its handed-in copy.
    void edit(const std::string& sql) const {
        cmcsim::test::sqlShell(attempt_, sql);
        cmcsim::test::sqlShell(remise_, sql);
    }

    fs::path dir_;
    std::string attempt_, remise_;
};

TEST_F(CliOneCompanyCheck, AnEditedCompanyPrintsNothingAndSaysWhichTableChanged) {
    for (const auto& command : commands(kSiret)) EXPECT_EQ(runCli(command).exitCode, 0) << command;
    edit(
        "UPDATE establishment SET headcount = headcount + 1 WHERE "
        "siret = '" +
        kSiret + "'");
    for (const auto& command : commands(kSiret)) {
        const auto result = runCli(command);
        EXPECT_EQ(result.exitCode, 1) << command;
        EXPECT_EQ(result.out, "") << command;
        EXPECT_TRUE(has(result.err, "épreuve altérée : table establishment")) << result.err;
    }
}

// The competitors are read whole for any identifier; an edited competitor is reported before
// the diagnosis refuses an identifier that no line lists.
TEST_F(CliOneCompanyCheck, TheSealsErrorComesBeforeTheCommandsOwnRefusal) {
    const std::string unlisted = "99999999900000";
    for (const auto& command : commands(unlisted)) {
        const auto result = runCli(command);
        EXPECT_EQ(result.exitCode, 1) << command;
        EXPECT_FALSE(has(result.err, "altérée")) << result.err;
    }
    edit("UPDATE competitor SET name = name || ' bis' WHERE id = 0");
    for (const auto& command : commands(unlisted)) {
        const auto result = runCli(command);
        EXPECT_EQ(result.exitCode, 1) << command;
        EXPECT_EQ(result.out, "") << command;
        EXPECT_TRUE(has(result.err, "épreuve altérée : table competitor")) << result.err;
    }
}

}  // namespace
