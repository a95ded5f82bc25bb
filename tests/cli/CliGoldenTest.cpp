#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "../engine/XlsxReader.h"
#include "CliGolden.h"
#include "CliRunner.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptFile.h"

// Golden outputs of the CLI on the minimal fixture scenario (CliGolden.h).
namespace {

using cmcsim::test::expectGolden;
using cmcsim::test::handedInCopy;
using cmcsim::test::readFile;
using cmcsim::test::runCli;
namespace fs = std::filesystem;

const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";

// The minimal scenario's attempt, generated once for the suite.
class CliGolden : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // ctest runs each test in its own process, two at a time: one attempt file per process.
        attempt_ = (fs::path(::testing::TempDir()) /
                    ("cmcsim-golden-minimal-" + std::to_string(getpid()) + ".cmc"))
                       .string();
        const auto result = runCli("generate " + kMinimal + " -o " + attempt_ +
                                   " --force --candidate 'Camille Test'");
        ASSERT_EQ(result.exitCode, 0) << result.err;
    }
    static std::string attempt_;
};
std::string CliGolden::attempt_;

TEST_F(CliGolden, ScenarioList) {
    expectGolden("scenario-list.txt", runCli("scenario list").out);
}

TEST_F(CliGolden, ScenarioShow) {
    expectGolden("scenario-show-minimal.txt", runCli("scenario show " + kMinimal).out);
}

TEST_F(CliGolden, MarketStatsText) {
    const auto result = runCli("market stats " + handedInCopy(attempt_) + " --truth");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("market-stats-minimal.txt", result.out);
}

TEST_F(CliGolden, MarketStatsAsTheCandidateKnowsIt) {
    // Without --truth: the prospect file's listed values, no insurer before the competitor study.
    const auto result = runCli("market stats " + attempt_);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("market-stats-minimal-candidate.txt", result.out);
    EXPECT_EQ(result.out.find("Concurrent A"), std::string::npos);
    EXPECT_EQ(result.out.find("Vérité cachée"), std::string::npos);
}

TEST_F(CliGolden, MarketStatsJson) {
    const auto result = runCli("market stats " + handedInCopy(attempt_) + " --json --truth");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("market-stats-minimal.json", result.out);
}

TEST_F(CliGolden, ExportRfc4180) {
    const auto csv =
        (fs::path(::testing::TempDir()) / ("cmcsim-golden-" + std::to_string(getpid()) + ".csv"))
            .string();
    fs::remove(csv);  // a file left by an earlier run with the same pid would refuse the export
    const auto result = runCli("market export " + attempt_ + " --csv " + csv + " --format rfc4180");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("prospects-minimal-rfc4180.csv", readFile(csv));
    fs::remove(csv);
}

TEST_F(CliGolden, ExportExcelFrToStandardOutput) {
    const auto result = runCli("market export " + attempt_ + " --csv -");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    ASSERT_GE(result.out.size(), 3u);
    EXPECT_EQ(result.out.substr(0, 3), "\xEF\xBB\xBF");
    expectGolden("prospects-minimal-excel-fr.csv", result.out);
}

// The XLSX export read back: its sheets, frozen pane, autofilter, column widths and styles, then
// one line per row, cells separated by " | ", numbers marked n: (a date is a number of days).
TEST_F(CliGolden, ExportXlsx) {
    const auto xlsx =
        (fs::path(::testing::TempDir()) / ("cmcsim-golden-" + std::to_string(getpid()) + ".xlsx"))
            .string();
    fs::remove(xlsx);  // a file left by an earlier run with the same pid would refuse the export
    const auto result = runCli("market export " + attempt_ + " --xlsx " + xlsx);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_NE(result.err.find(" lignes exportées dans "), std::string::npos) << result.err;
    const cmcsim::test::XlsxReader reader(xlsx);
    const auto sheet = reader.entry("xl/worksheets/sheet1.xml");
    using R = cmcsim::test::XlsxReader;
    std::string dump = "feuilles :";
    // Appends each part (GCC 12 warns falsely on "literal" + std::string temporaries).
    const auto add = [&dump](std::initializer_list<std::string> parts) {
        for (const auto& part : parts) dump += part;
    };
    const auto workbook = reader.entry("xl/workbook.xml");
    for (auto at = workbook.find("<sheet "); at != std::string::npos;
         at = workbook.find("<sheet ", at + 1))
        add({" ", R::attribute(workbook.substr(at), "sheet", "name")});
    add({"\nvolet : ySplit=", R::attribute(sheet, "pane", "ySplit"),
         " state=", R::attribute(sheet, "pane", "state"),
         "\nfiltre automatique : ", R::attribute(sheet, "autoFilter", "ref"), "\ncolonnes :"});
    for (auto at = sheet.find("<col "); at != std::string::npos; at = sheet.find("<col ", at + 1)) {
        const auto col = sheet.substr(at);
        add({" ", R::attribute(col, "col", "width"), "/", R::attribute(col, "col", "style")});
    }
    dump += "\n";
    for (auto at = sheet.find("<row "); at != std::string::npos; at = sheet.find("<row ", at + 1)) {
        const auto row = sheet.substr(at, sheet.find("</row>", at) - at);
        std::string cells;
        for (auto c = row.find("<c "); c != std::string::npos; c = row.find("<c ", c + 1)) {
            const auto one = R::cells(row.substr(c, row.find("</c>", c) + 4 - c));
            const auto& [ref, cell] = *one.begin();
            if (!cells.empty()) cells += " | ";
            cells += ref;
            cells += cell.type.empty() ? "=n:" : "=";
            cells += cell.text;
        }
        dump += cells + "\n";
    }
    expectGolden("prospects-minimal.xlsx.txt", dump);
}

// One output, in a format that fits it: usage errors (exit 2) that say which option to use.
TEST_F(CliGolden, ExportFormatMatchesItsOutput) {
    const auto dir = fs::path(::testing::TempDir());
    const auto out = (dir / ("cmcsim-format-" + std::to_string(getpid()))).string();
    for (const auto& args : {" --csv " + out + ".csv --format xlsx",
                             " --xlsx " + out + ".xlsx --format rfc4180", std::string(" --xlsx -"),
                             " --csv " + out + ".csv --xlsx " + out + ".xlsx", std::string()}) {
        const auto result = runCli("market export " + attempt_ + args);
        EXPECT_EQ(result.exitCode, 2) << args << "\n" << result.err;
        EXPECT_FALSE(fs::exists(out + ".csv") || fs::exists(out + ".xlsx")) << args;
    }
    EXPECT_NE(runCli("market export " + attempt_ + " --csv x.csv --format xlsx")
                  .err.find("--format xlsx s'utilise avec --xlsx"),
              std::string::npos);
    EXPECT_EQ(
        runCli("market export " + attempt_ + " --xlsx " + out + ".xlsx --format xlsx").exitCode, 0);
    fs::remove(out + ".xlsx");
}

// domain-facts B.6: 2026, 30 000 € gross, 420 € employer and 420 € employee health.
const std::string kPayrollB6 =
    "payroll --year 2026 --salary 30000 --employer-health 420 --employee-health 420";

TEST_F(CliGolden, PayrollWorkedExampleB6) {
    const auto result = runCli(kPayrollB6 + " --headcount 11");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("payroll-b6.txt", result.out);
    const auto json = runCli(kPayrollB6 + " --headcount 11 --json");
    EXPECT_NE(json.out.find("\"euros\": 453.6"), std::string::npos) << json.out;
    EXPECT_EQ(runCli("payroll --year 2031 --salary 30000 --employer-health 420 --employee-health "
                     "420 --headcount 11")
                  .exitCode,
              2);
    // Without --headcount the forfait social cannot be decided: a usage error naming the option
    // (it silently assumed 11 employees).
    const auto missing = runCli(kPayrollB6);
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.err.find("--headcount"), std::string::npos) << missing.err;
    EXPECT_EQ(missing.out, "");
}

TEST_F(CliGolden, PayrollOptionalDependantsAndNonResponsibleContract) {
    // Case O1 (cases README): 229,08 € exempt, 458,64 € reintegrated, forfait social 18,33 €.
    const auto o1 = runCli(
        "payroll --year 2026 --salary 27998.08 --employer-health 687.72 --employee-health 562.68 "
        "--employer-health-optional 458.64 --headcount 12");
    ASSERT_EQ(o1.exitCode, 0) << o1.err;
    expectGolden("payroll-o1.txt", o1.out);
    const auto above = runCli(kPayrollB6 + " --headcount 12 --employer-health-optional 500");
    EXPECT_EQ(above.exitCode, 2);
    EXPECT_NE(above.err.find("--employer-health-optional"), std::string::npos) << above.err;
    // Case O8: a non-responsible contract; 840 × 20,27 / 120,27 = 141,57 € of TSA.
    const auto o8 = runCli(kPayrollB6 + " --headcount 20 --non-responsible --json");
    ASSERT_EQ(o8.exitCode, 0) << o8.err;
    for (const char* said : {"\"contrat_responsable\": false", "\"euros\": 141.57",
                             "\"respectee\": false", "non responsable"})
        EXPECT_NE(o8.out.find(said), std::string::npos) << said << "\n" << o8.out;
}

TEST_F(CliGolden, DiagnoseAndQuote) {
    // Gillet Micro-crèche, 24 employees on the minimal scenario's market (seed 1). Without
    // --truth, what a fresh attempt's candidate knows: a census estimated from the listed 24, no
    // current cover; with --truth, the evaluator's view (the real census and cover).
    const std::string offer =
        std::string(CMCSIM_SOURCE_ROOT) + "/scenarios/offers/confort-ensemble.json";
    // The evaluator's view is read on the handed-in attempt (TruthAccess).
    const auto remise = handedInCopy(attempt_);
    for (const std::string truth : {"", " --truth"}) {
        const auto suffix = truth.empty() ? "" : "-truth";
        const auto& on = truth.empty() ? attempt_ : remise;
        const auto diagnosis = runCli("diagnose " + on + " --siret 46575783900019" + truth);
        ASSERT_EQ(diagnosis.exitCode, 0) << diagnosis.err;
        expectGolden(fmt::format("diagnose-minimal{}.txt", suffix), diagnosis.out);
        const auto quote = runCli("quote " + on + " --siret 46575783900019 --offer " + offer +
                                  " --years 20000" + truth);
        ASSERT_EQ(quote.exitCode, 0) << quote.err;
        expectGolden(fmt::format("quote-minimal{}.txt", suffix), quote.out);
        EXPECT_EQ(truth.empty(),
                  quote.out.find("Tarif sur un effectif estimé") != std::string::npos);
    }
    EXPECT_EQ(runCli("quote " + attempt_ + " --siret 46575783900019 --offer " + offer +
                     " --json --years 2000")
                  .exitCode,
              0);
    EXPECT_EQ(runCli("diagnose " + attempt_ + " --siret 12345678901234").exitCode, 1);
}

TEST_F(CliGolden, BadOfferFilesAreRefusedWithTheirJsonPaths) {
    const auto bad = runCli("quote " + attempt_ + " --siret 46575783900019 --offer " +
                            std::string(CMCSIM_TEST_DATA) + "/fixtures/offers/bad-offer.json");
    EXPECT_EQ(bad.exitCode, 1);
    for (const char* path :
         {"$.date_effet", "$.categories[0].sante.produit",
          "$.categories[0].sante.part_employeur_pct", "$.categories[0].sante.couleur",
          "$.categories[0].sante.structure", "$.categories[1]", "$.services[1]", "$.categories"})
        EXPECT_NE(bad.err.find(path), std::string::npos) << path << "\n" << bad.err;
    const auto truncated =
        runCli("quote " + attempt_ + " --siret 46575783900019 --offer " +
               std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/bad/truncated.json");
    EXPECT_EQ(truncated.exitCode, 1);
    EXPECT_NE(truncated.err.find("JSON"), std::string::npos) << truncated.err;
}

// Found by a tester: an effective date before the attempt's simulated date (here its start,
// 05/01/2026: nothing was done yet) was quoted without a word.
TEST_F(CliGolden, APastEffectiveDateIsNotCompliantWithBothDates) {
    std::ifstream in(std::string(CMCSIM_SOURCE_ROOT) + "/scenarios/offers/confort-ensemble.json");
    auto offer = nlohmann::json::parse(in);
    const auto file = (fs::path(::testing::TempDir()) /
                       ("cmcsim-offre-passee-" + std::to_string(getpid()) + ".json"))
                          .string();
    for (const auto& [date, expected] :
         {std::pair<std::string, std::string>{"2025-12-01",
                                              "  [non conforme] Date d'effet à venir — date "
                                              "d'effet 01/12/2025 antérieure à la date simulée "
                                              "de l'épreuve 05/01/2026"},
          {"2026-01-05",
           "  [conforme] Date d'effet à venir — date d'effet 05/01/2026, date "
           "simulée de l'épreuve 05/01/2026"}}) {
        offer["date_effet"] = date;
        std::ofstream(file) << offer.dump();
        const auto quote = runCli("quote " + attempt_ + " --siret 46575783900019 --offer " + file +
                                  " --years 200");
        ASSERT_EQ(quote.exitCode, 0) << quote.err;
        EXPECT_NE(quote.out.find(expected), std::string::npos) << quote.out;
    }
    fs::remove(file);
}

TEST(CliGoldenBundled, QuoteOnTheCantalScenario) {
    // A bundled scenario: the first company of 20 or more employees of the Cantal market (seed of
    // the scenario), priced on its real census (--truth).
    const auto file = (fs::path(::testing::TempDir()) /
                       ("cmcsim-golden-cantal-" + std::to_string(getpid()) + ".cmc"))
                          .string();
    ASSERT_EQ(runCli("generate cantal-rural -o " + file + " --force").exitCode, 0);
    const auto reference = cmcsim::ReferenceData::load(fs::path(CMCSIM_SOURCE_ROOT) / "datasets");
    const auto attempt = cmcsim::AttemptFile::open(file, reference);
    std::string siret;
    for (const auto& e : attempt.market().establishments)
        if (e.headcount >= 20 && !e.closed) {
            siret = cmcsim::siret::formatSiret(e.siret);
            break;
        }
    ASSERT_FALSE(siret.empty());
    const auto quote = runCli("quote " + handedInCopy(file) + " --siret " + siret + " --offer " +
                              std::string(CMCSIM_SOURCE_ROOT) +
                              "/scenarios/offers/cadres-non-cadres.json --years 20000 --truth");
    ASSERT_EQ(quote.exitCode, 0) << quote.err;
    expectGolden("quote-cantal.txt", quote.out);
    fs::remove(file);
}

TEST_F(CliGolden, GenerateRefusesToOverwrite) {
    const auto before = readFile(attempt_);
    const auto result = runCli("generate " + kMinimal + " -o " + attempt_);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("existe déjà"), std::string::npos) << result.err;
    EXPECT_EQ(readFile(attempt_), before);
}

TEST_F(CliGolden, ValidateReportsEveryBadFile) {
    const std::string bad = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/bad/";
    const auto result = runCli("scenario validate " + kMinimal + " " + bad + "unknown-key.json " +
                               bad + "truncated.json");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.out.find("minimal.json : valide"), std::string::npos);
    EXPECT_NE(result.err.find("unknown-key.json"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("truncated.json"), std::string::npos) << result.err;
}

}  // namespace
