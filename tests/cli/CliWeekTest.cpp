#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "CliGolden.h"
#include "CliRunner.h"

// `cmcsim week` and `cmcsim dashboard` on an attempt of tests/fixtures/scenarios/session.json
// (200 companies, 4 weeks from 5 January 2026), its plan scripted with `cmcsim act`.
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::expectGolden;
using cmcsim::test::runShell;
namespace fs = std::filesystem;

const std::string kSession = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/session.json";

class CliWeek : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-week-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        ASSERT_EQ(run("generate " + kSession + " -o epreuve.cmc --force").exitCode, 0);
        for (const auto& command : planScript()) {
            const auto result = run(command);
            ASSERT_EQ(result.exitCode, 0) << command << "\n" << result.err;
        }
        const auto first = run("week epreuve.cmc");
        ASSERT_EQ(first.exitCode, 0) << first.err;
        const auto rest = run("week epreuve.cmc --to 3");
        ASSERT_EQ(rest.exitCode, 0) << rest.err;
        weekOutput_ = first.out + rest.out;
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }
    static CliResult run(const std::string& args) {
        return runShell("cd '" + dir_.string() + "' && " + CMCSIM_CLI + " " + args);
    }
    // The candidate's segment and plan, as `cmcsim act` and `cmcsim plan` commands: calls and
    // letters to the whole file, over 35 h a week in week 1 (capacity cut), a prescriber event.
    static std::vector<std::string> planScript() {
        return {
            R"(act epreuve.cmc segment.enregistrement --payload '{"id": "tous", "nom": "Tout le fichier", "filtre": {}, "qualification": "Tout le fichier", "etablissements": 200, "salaries": 2000, "potentiel_eur": 100000, "conversion": 0.02}')",
            "plan epreuve.cmc target tous --priorite 1",
            "plan epreuve.cmc objective --semaine 1 --contrats 1 --primes 4000 --appels-jour 8",
            "plan epreuve.cmc add-action appels --type sequence_appels --segment tous --debut 1 "
            "--fin 4 --heures 20 --contacts 40",
            "plan epreuve.cmc add-action courrier --type publipostage --segment tous --debut 1 "
            "--fin 3 --heures 2 --contacts 50 --budget 300",
            "plan epreuve.cmc add-action experts --type evenement_prescripteur --prescripteur "
            "expert_comptable --debut 1 --fin 1 --heures 16 --contacts 10 --budget 200",
        };
    }

    static fs::path dir_;
    static std::string weekOutput_;
};
fs::path CliWeek::dir_;
std::string CliWeek::weekOutput_;

TEST_F(CliWeek, WeekPrintsEachWeeksResultsInFrench) {
    expectGolden("week-session.txt", weekOutput_);
}

TEST_F(CliWeek, AWeekAlreadyRunIsRefused) {
    const auto result = run("week epreuve.cmc --to 2");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("la semaine 2 est déjà jouée (prochaine : 4)"), std::string::npos)
        << result.err;
}

// Found by a tester: studies and actions share the mutuelle's budget (1 000 € here), but a study
// bought after weeks were played was checked against the studies alone: the weeks spent it all.
TEST_F(CliWeek, AStudyAfterTheWeeksIsPaidFromWhatTheyLeft) {
    fs::copy_file(dir_ / "epreuve.cmc", dir_ / "etude-apres.cmc",
                  fs::copy_options::overwrite_existing);
    const auto result = run(R"(act etude-apres.cmc etude.achat --payload '{"etude": "veille"}')");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("les actions des semaines jouées ont dépensé"), std::string::npos)
        << result.err;
}

TEST_F(CliWeek, DashboardPrintsThePilotingData) {
    const auto result = run("dashboard epreuve.cmc");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("dashboard-session.txt", result.out);
}

TEST_F(CliWeek, DashboardJsonHasOneRowPerWeekRun) {
    const auto result = run("dashboard epreuve.cmc --json");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["semaines"].size(), 3u);
    expectGolden("dashboard-session.json", result.out);
}

// Starts with `signature` and holds more than `size` bytes.
::testing::AssertionResult fileStartsWith(const fs::path& file, const std::string& signature,
                                          std::uintmax_t size) {
    if (!fs::exists(file)) return ::testing::AssertionFailure() << file << " missing";
    std::ifstream in(file, std::ios::binary);
    std::string head(signature.size(), '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    if (head != signature) return ::testing::AssertionFailure() << file << " starts " << head;
    if (fs::file_size(file) <= size)
        return ::testing::AssertionFailure() << file << " has " << fs::file_size(file) << " bytes";
    return ::testing::AssertionSuccess();
}

// The workbook (a zip: "PK\3\4") and the PDF of the dashboard; an existing file is refused
// without --force (exit 1, nothing changed) and replaced with it.
TEST_F(CliWeek, DashboardExportsXlsxAndPdfWithoutOverwriting) {
    const auto xlsx = run("dashboard epreuve.cmc --xlsx pilotage.xlsx");
    ASSERT_EQ(xlsx.exitCode, 0) << xlsx.err;
    EXPECT_NE(xlsx.err.find("tableau de pilotage (3 semaines) écrit dans pilotage.xlsx"),
              std::string::npos)
        << xlsx.err;
    EXPECT_TRUE(fileStartsWith(dir_ / "pilotage.xlsx", std::string("PK\3\4", 4), 4000));
    const auto again = run("dashboard epreuve.cmc --xlsx pilotage.xlsx");
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;
    EXPECT_EQ(run("dashboard epreuve.cmc --xlsx pilotage.xlsx --force").exitCode, 0);

    const auto pdf = run("dashboard epreuve.cmc --pdf pilotage.pdf");
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err;
    EXPECT_TRUE(fileStartsWith(dir_ / "pilotage.pdf", "%PDF", 4000));
    EXPECT_EQ(run("dashboard epreuve.cmc --pdf pilotage.pdf").exitCode, 1);
}

// The attempt is never the export's target, even with --force; --json and --xlsx exclude each
// other (a usage error).
TEST_F(CliWeek, DashboardNeverWritesOverTheAttempt) {
    const auto journal = run("journal epreuve.cmc").out;
    const auto result = run("dashboard epreuve.cmc --pdf epreuve.cmc --force");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_EQ(run("journal epreuve.cmc").out, journal);
    EXPECT_NE(run("dashboard epreuve.cmc --json --xlsx x.xlsx").exitCode, 0);
    EXPECT_FALSE(fs::exists(dir_ / "x.xlsx"));
}

// The session scenario lasts 4 weeks: a fifth is refused in French, nothing written.
TEST_F(CliWeek, NoWeekBeyondTheScenario) {
    ASSERT_EQ(run("generate " + kSession + " -o courte.cmc --force").exitCode, 0);
    ASSERT_EQ(run("week courte.cmc --to 4").exitCode, 0);
    const auto result = run("week courte.cmc");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("l'épreuve compte 4 semaines : toutes sont jouées"),
              std::string::npos)
        << result.err;
}

// A tester's `week --to 520` on a 26-week scenario played every week, then failed: a week beyond
// the scenario is refused before anything is written.
TEST_F(CliWeek, ToBeyondTheScenarioWritesNothing) {
    ASSERT_EQ(run("generate " + kSession + " -o loin.cmc --force").exitCode, 0);
    const auto journal = run("journal loin.cmc").out;
    const auto result = run("week loin.cmc --to 9");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("l'épreuve compte 4 semaines : la semaine 9 n'existe pas"),
              std::string::npos)
        << result.err;
    EXPECT_EQ(run("journal loin.cmc").out, journal);
}

}  // namespace
