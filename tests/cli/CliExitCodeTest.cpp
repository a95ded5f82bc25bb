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

TEST(Cli, UsageErrorsSpeakFrench) {
    // CLI11 writes its usage errors in English; the product speaks French to its users.
    struct Case {
        const char* arguments;
        const char* french;
    };
    for (const auto& c : {
             Case{"", "une commande est attendue"},
             Case{"quote x.cmc --offer o.json", "--siret est obligatoire"},
             Case{"market stats x.cmc --bogus", "argument inattendu : --bogus"},
             // Found by a fifth tester: an argument over two lines (a pasted CSV line).
             Case{"market stats x.cmc 'ligne;un\nligne;deux'", "argument inattendu : "},
             Case{"quote x.cmc --siret 1 --offer a --offer b",
                  "--offer : au plus 1 valeur attendue, 2 reçues"},
             Case{"proposal x.cmc --siret 1 -o a.pdf --text", "ne se combine pas avec --text"},
             Case{"quote x.cmc --siret 1 --offer a --years abc", "--years : « abc » refusé"},
         }) {
        const auto result = runCli(c.arguments);
        EXPECT_EQ(result.exitCode, 2) << c.arguments;
        EXPECT_NE(result.err.find(c.french), std::string::npos) << c.arguments << "\n"
                                                                << result.err;
        EXPECT_NE(result.err.find("Lancez la commande avec --help"), std::string::npos);
        for (const char* english : {"is required", "not expected", "Run with --help", "excludes",
                                    "required but received"})
            EXPECT_EQ(result.err.find(english), std::string::npos) << result.err;
    }
}

TEST(Cli, BadInputExitsWithOneAndSaysWhere) {
    const auto missing = runCli("market stats /nonexistent/attempt.cmc");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("/nonexistent/attempt.cmc"), std::string::npos);
    const auto unknown = runCli("scenario show no-such-scenario");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("rouen-ze"), std::string::npos) << "lists the bundled ids";
}
