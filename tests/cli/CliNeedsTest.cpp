#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "CliGolden.h"
#include "CliRunner.h"

// `cmcsim needs`: a company's hidden needs, for evaluators only (issue 12 §1).
namespace {

using cmcsim::test::expectGolden;
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
    }
    static void TearDownTestSuite() { fs::remove(attempt_); }
    static std::string attempt_;
};
std::string CliNeeds::attempt_;

TEST_F(CliNeeds, ShowsTheEvaluatorTheHiddenNeeds) {
    const auto text = runCli("needs " + attempt_ + " --siret 46575783900019 --truth");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    expectGolden("needs-minimal-truth.txt", text.out);
    // By SIREN, the same company.
    EXPECT_EQ(runCli("needs " + attempt_ + " --siret 465757839 --truth").out, text.out);
    const auto json = runCli("needs " + attempt_ + " --siret 46575783900019 --truth --json");
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
    EXPECT_EQ(runCli("needs " + attempt_ + " --truth").exitCode, 2);  // neither --siret nor --stats
    const auto malformed = runCli("needs " + attempt_ + " --siret 4657 --truth");
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_NE(malformed.err.find("SIRET (14 chiffres) ou un SIREN (9 chiffres)"), std::string::npos)
        << malformed.err;
}

TEST_F(CliNeeds, RefusesACompanyOutsideTheMarket) {
    const auto unknown = runCli("needs " + attempt_ + " --siret 12345678901234 --truth");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("12345678901234"), std::string::npos) << unknown.err;
}

TEST_F(CliNeeds, DiagnoseTruthAddsTheNeeds) {
    const auto diagnosis = runCli("diagnose " + attempt_ + " --siret 46575783900019 --truth");
    ASSERT_EQ(diagnosis.exitCode, 0) << diagnosis.err;
    const auto needs = runCli("needs " + attempt_ + " --siret 46575783900019 --truth");
    EXPECT_NE(diagnosis.out.find(needs.out), std::string::npos);
    const auto candidate = runCli("diagnose " + attempt_ + " --siret 46575783900019");
    EXPECT_EQ(candidate.out.find("Besoins cachés"), std::string::npos);
    const auto json = runCli("diagnose " + attempt_ + " --siret 46575783900019 --truth --json");
    EXPECT_TRUE(nlohmann::json::parse(json.out).contains("besoins"));
}

TEST_F(CliNeeds, StatsGiveTheMarketsDistribution) {
    const auto stats = runCli("needs " + attempt_ + " --truth --stats");
    ASSERT_EQ(stats.exitCode, 0) << stats.err;
    expectGolden("needs-minimal-stats.txt", stats.out);
}

}  // namespace
