#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "CliGolden.h"
#include "CliRunner.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/store/AttemptSession.h"

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

// Found by a fresh tester: `plan show` drew the played weeks with the plan now. After three
// weeks, the calls (20 h a week declared, 40 contacts) cut to 5 h and 10 contacts and the
// capacity to 20 h: weeks 1–3 keep the plan they ran with (the calls, the letters and, in week 1,
// the prescriber event: 20 + 2 + 16 = 38 h declared; 35 h capacity, 5 working days), week 4
// shows the plan now (5 h, 20 h).
TEST_F(CliWeek, PlanShowDrawsPlayedWeeksWithThePlanTheyRanWith) {
    fs::copy_file(dir_ / "epreuve.cmc", dir_ / "apres.cmc", fs::copy_options::overwrite_existing);
    ASSERT_EQ(
        run("plan apres.cmc add-action appels --type sequence_appels --segment tous --debut 1 "
            "--fin 4 --heures 5 --contacts 10")
            .exitCode,
        0);
    ASSERT_EQ(run("plan apres.cmc capacity 20").exitCode, 0);
    const auto json = run("plan apres.cmc show --json");
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto weeks = nlohmann::json::parse(json.out)["semaines"];
    ASSERT_EQ(weeks.size(), 4u);
    EXPECT_TRUE(weeks[0]["jouee"].get<bool>());
    EXPECT_FALSE(weeks[3]["jouee"].get<bool>());
    EXPECT_DOUBLE_EQ(weeks[0]["heures_planifiees"].get<double>(), 38);
    EXPECT_DOUBLE_EQ(weeks[0]["capacite_heures"].get<double>(), 35);
    EXPECT_EQ(weeks[0]["actions"], nlohmann::json::array({"appels", "courrier", "experts"}));
    EXPECT_DOUBLE_EQ(weeks[3]["heures_planifiees"].get<double>(), 5);
    EXPECT_DOUBLE_EQ(weeks[3]["capacite_heures"].get<double>(), 20);
    const auto text = run("plan apres.cmc show").out;
    EXPECT_NE(text.find("Semaine  1 du 05/01/2026 au 11/01/2026 (jouée)"), std::string::npos)
        << text;
    EXPECT_EQ(text.find("Semaine  4 du 26/01/2026 au 01/02/2026 (jouée)"), std::string::npos)
        << text;
}

// Without a portfolio extract in the scenario, the dashboard shows nothing of the portfolio: no
// clients, renewals, retention nor premiums lost, in the text and the JSON.
TEST_F(CliWeek, DashboardHidesThePortfolioWithoutTheExtract) {
    const auto text = run("dashboard epreuve.cmc").out;
    EXPECT_NE(text.find("Portefeuille : le scénario ne propose pas d'extrait de portefeuille"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("au départ"), std::string::npos) << text;
    EXPECT_EQ(text.find("primes perdues"), std::string::npos) << text;
    const auto json = nlohmann::json::parse(run("dashboard epreuve.cmc --json").out);
    EXPECT_TRUE(json["portefeuille"].is_null());
    for (const auto& w : json["semaines"]) EXPECT_TRUE(w["echeances"].is_null());
    const auto week = weekOutput_;
    EXPECT_EQ(week.find("Échéance"), std::string::npos) << week;
}

// Qt warned "QStandardPaths: XDG_RUNTIME_DIR not set" on every PDF written outside a login
// session: the CLI gives it a private runtime directory, so only its own line is printed.
TEST_F(CliWeek, DashboardPdfPrintsNoWarningWithoutARuntimeDirectory) {
    const auto result = runShell("cd '" + dir_.string() + "' && env -u XDG_RUNTIME_DIR " +
                                 CMCSIM_CLI + " dashboard epreuve.cmc --pdf sans-xdg.pdf --force");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(result.err.find("XDG_RUNTIME_DIR"), std::string::npos) << result.err;
    EXPECT_EQ(result.err.rfind("tableau de pilotage écrit dans sans-xdg.pdf", 0), 0u) << result.err;
}

// A company the simulated weeks lost (a refusal) refuses a meeting for the weeks a lost meeting
// keeps it away (found by a fresh tester: met the next week at trust 50).
TEST_F(CliWeek, ACompanyTheWeeksLostRefusesAMeeting) {
    std::string siret;
    {
        const auto reference =
            cmcsim::ReferenceData::load(fs::path(CMCSIM_SOURCE_ROOT) / "datasets");
        const cmcsim::AttemptSession session(dir_ / "epreuve.cmc", reference);
        const auto& a = session.attempt();
        const auto campaign = cmcsim::Campaign::replay(a.scenario(), reference, a.market(),
                                                       a.seed(), session.state());
        for (const auto& [company, p] : campaign.progress())
            if (p.stage == cmcsim::FunnelStage::Lost && siret.empty())
                for (const auto& line : a.market().prospects) {
                    const auto& e = a.market().establishments[line.establishment];
                    if (e.company == company && !e.closed && e.siret == line.siret) {
                        siret = cmcsim::siret::formatSiret(line.siret);
                        break;
                    }
                }
    }
    ASSERT_FALSE(siret.empty()) << "no company lost in weeks 1 to 3";
    const auto opened = run("meeting open epreuve.cmc " + siret);
    EXPECT_EQ(opened.exitCode, 1);
    EXPECT_NE(opened.err.find("a décliné en semaine"), std::string::npos) << opened.err;
}

}  // namespace
