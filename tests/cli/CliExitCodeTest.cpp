#include <gtest/gtest.h>

#include "CliRunner.h"

using cmcsim::test::runCli;

TEST(Cli, VersionAndHelpSucceed) {
    EXPECT_EQ(runCli("--version").exitCode, 0);
    const auto help = runCli("--help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("generate"), std::string::npos);
    EXPECT_EQ(runCli("market stats --help").exitCode, 0);
}

TEST(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(runCli("").exitCode, 2);
    EXPECT_EQ(runCli("frobnicate").exitCode, 2);
    EXPECT_EQ(runCli("generate default").exitCode, 2);  // -o missing
    EXPECT_EQ(runCli("market export x.cmc --csv out.csv --format xlsx").exitCode, 2);
}

TEST(Cli, BadInputExitsWithOneAndSaysWhere) {
    const auto missing = runCli("market stats /nonexistent/attempt.cmc");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("/nonexistent/attempt.cmc"), std::string::npos);
    const auto unknown = runCli("scenario show no-such-scenario");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("rouen-ze"), std::string::npos) << "lists the bundled ids";
}
