#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "CliGolden.h"
#include "CliRunner.h"

// `cmcsim needs`: a company's hidden needs, for evaluators only (issue 12 §1).
namespace {

using cmcsim::test::expectGolden;
using cmcsim::test::handedInCopy;
using cmcsim::test::runCli;
namespace fs = std::filesystem;

const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";

class CliNeeds : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        attempt_ = (fs::path(::testing::TempDir()) /
                    ("cmcsim-needs-minimal-" + std::to_string(getpid()) + ".cmc"))
                       .string();
        const auto result = runCli("generate " + kMinimal + " -o " + attempt_ +
                                   " --force --candidate 'Camille Test'");
        ASSERT_EQ(result.exitCode, 0) << result.err;
        // The hidden needs are the evaluator's view, read once the attempt is handed in.
        remise_ = handedInCopy(attempt_);
    }
    static void TearDownTestSuite() {
        fs::remove(attempt_);
        fs::remove(remise_);
    }
    static std::string attempt_, remise_;
};
std::string CliNeeds::attempt_, CliNeeds::remise_;

TEST_F(CliNeeds, ShowsTheEvaluatorTheHiddenNeeds) {
    const auto text = runCli("needs " + remise_ + " --siret 46575783900019 --truth");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    expectGolden("needs-minimal-truth.txt", text.out);
    // By SIREN, the same company.
    EXPECT_EQ(runCli("needs " + remise_ + " --siret 465757839 --truth").out, text.out);
    const auto json = runCli("needs " + remise_ + " --siret 46575783900019 --truth --json");
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto j = nlohmann::json::parse(json.out);
    EXPECT_EQ(j.at("siren"), "465757839");
    EXPECT_EQ(j.at("decideurs").at(0).at("role"), "dirigeant");
    EXPECT_GT(j.at("budget_patronal_mensuel").get<double>(), 0);
}

// Usage errors exit 2 (found by testers: they exited 1): the candidate's view, no company, a
// malformed SIRET.
TEST_F(CliNeeds, RefusesTheCandidateView) {
    const auto refused = runCli("needs " + attempt_ + " --siret 46575783900019");
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("le candidat les découvre en rendez-vous"), std::string::npos)
        << refused.err;
    EXPECT_TRUE(refused.out.empty());
}

TEST_F(CliNeeds, BadOptionValuesAreUsageErrors) {
    EXPECT_EQ(runCli("needs " + remise_ + " --truth").exitCode, 2);  // neither --siret nor --stats
    const auto malformed = runCli("needs " + remise_ + " --siret 4657 --truth");
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_NE(malformed.err.find("SIRET (14 chiffres) ou un SIREN (9 chiffres)"), std::string::npos)
        << malformed.err;
}

TEST_F(CliNeeds, RefusesACompanyOutsideTheMarket) {
    const auto unknown = runCli("needs " + remise_ + " --siret 12345678901234 --truth");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("12345678901234"), std::string::npos) << unknown.err;
}

TEST_F(CliNeeds, DiagnoseTruthAddsTheNeeds) {
    const auto diagnosis = runCli("diagnose " + remise_ + " --siret 46575783900019 --truth");
    ASSERT_EQ(diagnosis.exitCode, 0) << diagnosis.err;
    const auto needs = runCli("needs " + remise_ + " --siret 46575783900019 --truth");
    EXPECT_NE(diagnosis.out.find(needs.out), std::string::npos);
    const auto candidate = runCli("diagnose " + attempt_ + " --siret 46575783900019");
    EXPECT_EQ(candidate.out.find("Besoins cachés"), std::string::npos);
    const auto json = runCli("diagnose " + remise_ + " --siret 46575783900019 --truth --json");
    EXPECT_TRUE(nlohmann::json::parse(json.out).contains("besoins"));
}

// The hidden truth is the evaluator's, after the hand-in (found by testers: `needs --truth` and
// the other --truth views printed it during an open attempt, and nothing recorded it).
TEST_F(CliNeeds, TheTruthIsRefusedBeforeTheHandIn) {
    for (const std::string& command :
         {"needs " + attempt_ + " --siret 46575783900019 --truth",
          "needs " + attempt_ + " --truth --stats",
          "diagnose " + attempt_ + " --siret 46575783900019 --truth",
          "market stats " + attempt_ + " --truth", "portfolio " + attempt_ + " --truth"}) {
        const auto refused = runCli(command);
        EXPECT_EQ(refused.exitCode, 1) << command;
        EXPECT_NE(refused.err.find("--truth refusé"), std::string::npos) << refused.err;
        EXPECT_NE(refused.err.find("lisible une fois l'épreuve remise"), std::string::npos)
            << refused.err;
        EXPECT_TRUE(refused.out.empty()) << command;
    }
    EXPECT_EQ(runCli("needs " + remise_ + " --siret 46575783900019 --truth").exitCode, 0);
}

TEST_F(CliNeeds, StatsGiveTheMarketsDistribution) {
    const auto stats = runCli("needs " + remise_ + " --truth --stats");
    ASSERT_EQ(stats.exitCode, 0) << stats.err;
    expectGolden("needs-minimal-stats.txt", stats.out);
}

}  // namespace
