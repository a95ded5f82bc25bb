// The validation set of the assessors (tests/fixtures/assessment/README.md): model attempts
// scripted through the CLI (`run-script`, one `cmcsim act` a line) on the validation scenario,
// assessed by `cmcsim assess --json`, against the verdicts and scores worked out by hand in
// tests/fixtures/assessment/attendus.csv.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "CliRunner.h"

using cmcsim::test::runCli;
using cmcsim::test::runShell;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(CMCSIM_TEST_DATA) / "fixtures" / "assessment";
const char* const kApprecier = "à apprécier par l'évaluateur";

// One row of attendus.csv: the verdict (and score, -1 when not asserted) of an indicator.
struct Expected {
    std::string indicator;
    std::string verdict;
    int score = -1;
};

// attendus.csv by attempt: "tentative,indicateur,verdict,score" (no quoted field).
std::map<std::string, std::vector<Expected>> expectations() {
    std::map<std::string, std::vector<Expected>> all;
    std::ifstream in(kFixtures / "attendus.csv");
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::vector<std::string> fields;
        std::stringstream cells(line);
        for (std::string cell; std::getline(cells, cell, ',');) fields.push_back(cell);
        if (fields.size() < 3) {
            ADD_FAILURE() << "attendus.csv : ligne illisible « " << line << " »";
            continue;
        }
        all[fields[0]].push_back(
            {fields[1], fields[2],
             fields.size() > 3 && !fields[3].empty() ? std::stoi(fields[3]) : -1});
    }
    return all;
}

// Indicator → {verdict as the grid prints it, score} of `cmcsim assess FILE --json`.
struct Assessed {
    std::map<std::string, std::pair<std::string, int>> indicators;
    std::map<std::string, std::string> explanations;  // indicator → explanation
};

// The assessment of `file` handed in (a copy beside it): the evaluator's view (TruthAccess).
Assessed assessed(const std::string& file) {
    auto copy = file;
    copy.insert(copy.size() - 4, "-remise");
    fs::copy_file(file, copy, fs::copy_options::overwrite_existing);
    runCli("seal " + copy);  // refused, and harmless, when the attempt was handed in already
    const auto result = runCli("assess " + copy + " --json");
    EXPECT_EQ(result.exitCode, 0) << result.err;
    Assessed a;
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    if (json.is_discarded()) {
        ADD_FAILURE() << "sortie JSON illisible : " << result.out.substr(0, 200);
        return a;
    }
    for (const auto& bloc : json.at("blocs"))
        for (const auto& criterion : bloc.at("criteres"))
            for (const auto& r : criterion.at("indicateurs")) {
                a.indicators[r.at("id").get<std::string>()] = {
                    r.at("verdict_libelle").get<std::string>(), r.at("score").get<int>()};
                a.explanations[r.at("id").get<std::string>()] =
                    r.at("explication").get<std::string>();
            }
    return a;
}

// The number of journal entries of `cmcsim journal FILE --json`.
std::size_t journalEntries(const std::string& file) {
    const auto result = runCli("journal " + file + " --json");
    EXPECT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out, nullptr, false);
    return json.is_discarded() ? 0 : json.at("entrees").size();
}

// The entries a script writes: its `act` and `rdv` lines, `remise`, `semaine`, its `tender show`,
// `question`, `respond` and `submit` lines (each reads once, asks or answers), and the creation
// entry.
std::size_t entriesWritten(const fs::path& script) {
    std::ifstream in(script);
    std::size_t n = 1;
    for (std::string line; std::getline(in, line);)
        if (line.rfind("act ", 0) == 0 || line.rfind("rdv ", 0) == 0 || line == "remise" ||
            line == "semaine" || line.rfind("tender show ", 0) == 0 ||
            line.rfind("tender question ", 0) == 0 || line.rfind("tender respond ", 0) == 0 ||
            line.rfind("tender submit ", 0) == 0)
            ++n;
    return n;
}

// A single SQL value of the attempt file, as text.
std::string sqlValue(const std::string& file, const std::string& query) {
    sqlite3* db = nullptr;
    std::string value;
    if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, query.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            if (const auto* text = sqlite3_column_text(statement, 0))
                value = reinterpret_cast<const char*>(text);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
}

class AssessmentValidation : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::path(::testing::TempDir()) /
               ("cmcsim-validation-" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    // A new attempt of the validation scenario, checked to be the market the expectations were
    // computed on (README, "Le marché").
    std::string generate(const std::string& name) {
        const auto file = (dir_ / (name + ".cmc")).string();
        const auto result =
            runCli("generate " + (kFixtures / "scenario.json").string() + " -o " + file);
        EXPECT_EQ(result.exitCode, 0) << result.err;
        const auto facts = sqlValue(
            file,
            "SELECT (SELECT count(*) FROM prospect) || ' ' || (SELECT group_concat(kind || ':' || "
            "n) "
            "FROM (SELECT kind, count(*) AS n FROM defect GROUP BY kind ORDER BY kind)) || ' ' || "
            "(SELECT group_concat(siret) FROM (SELECT siret FROM prospect WHERE id IN "
            "(15, 86, 127, 213, 300) ORDER BY id))");
        EXPECT_EQ(facts,
                  "312 contact_errone:18,contact_manquant:16,doublon:12,effectif_perime:24,"
                  "etablissement_ferme:12,naf_errone:16 36606562100018,39888990700018,"
                  "41819830500017,45826323300017,49881087800013")
            << "le marché du scénario de validation a changé : les attendus de "
               "tests/fixtures/assessment/attendus.csv sont à recalculer (README.md)";
        return file;
    }

    // Plays tests/fixtures/assessment/NAME.cmcscript on a new attempt through run-script.
    std::string play(const std::string& name) {
        const auto file = generate(name);
        const auto script = kFixtures / (name + ".cmcscript");
        const auto result = runShell("CMCSIM='" + std::string(CMCSIM_CLI) + "' sh '" +
                                     (kFixtures / "run-script").string() + "' '" + script.string() +
                                     "' '" + file + "'");
        EXPECT_EQ(result.exitCode, 0) << result.err;
        EXPECT_EQ(journalEntries(file), entriesWritten(script))
            << "une commande refusée a laissé une entrée, ou une commande acceptée n'en a pas "
               "laissé";
        return file;
    }

    // Plays NAME and checks every indicator: the rows of attendus.csv, "à apprécier par
    // l'évaluateur" for every other one (no assessor, or nothing to judge).
    Assessed check(const std::string& name) {
        static const auto all = expectations();
        const auto file = play(name);
        const auto result = assessed(file);
        const auto it = all.find(name);
        EXPECT_NE(it, all.end()) << name << " n'a pas d'attendus dans attendus.csv";
        std::map<std::string, const Expected*> rows;
        if (it != all.end())
            for (const auto& e : it->second) rows[e.indicator] = &e;
        EXPECT_FALSE(result.indicators.empty());
        for (const auto& [indicator, found] : result.indicators) {
            const auto row = rows.find(indicator);
            if (row == rows.end()) {
                EXPECT_EQ(found.first, kApprecier) << name << " " << indicator;
                continue;
            }
            EXPECT_EQ(found.first, row->second->verdict) << name << " " << indicator;
            if (row->second->score >= 0) {
                EXPECT_EQ(found.second, row->second->score) << name << " " << indicator;
            }
        }
        for (const auto& [indicator, row] : rows)
            EXPECT_TRUE(result.indicators.contains(indicator))
                << name << " : " << indicator << " absent de l'évaluation";
        // Figures and thresholds are written the French way ("0,5", "50 %"), never "0.5".
        static const std::regex dotted(R"((^|[^A-Za-z0-9.])[0-9]+\.[0-9]+([^.0-9]|$))");
        for (const auto& [indicator, text] : result.explanations)
            EXPECT_FALSE(std::regex_search(text, dotted))
                << name << " " << indicator << " : " << text;
        return result;
    }

    fs::path dir_;
};

TEST_F(AssessmentValidation, StrongCandidate) {
    check("fort");
}

TEST_F(AssessmentValidation, AverageCandidate) {
    check("moyen");
}

TEST_F(AssessmentValidation, WeakCandidate) {
    check("faible");
}

TEST_F(AssessmentValidation, NoActionAtAll) {
    check("vide");
}

// Undone commands count for nothing: the attempt assesses exactly as the empty one.
TEST_F(AssessmentValidation, OnlyUndoneCommandsAssessAsTheEmptyAttempt) {
    const auto undone = check("annulations");
    const auto empty = assessed(generate("vide"));
    EXPECT_EQ(undone.indicators, empty.indicators);
}

TEST_F(AssessmentValidation, FlagsOnEverything) {
    check("signalements-partout");
}

TEST_F(AssessmentValidation, RefusedCommandsInTheMiddle) {
    check("commande-refusee");
}

// A handed-in attempt is assessed like any other, and stays intact.
TEST_F(AssessmentValidation, SealedAttempt) {
    check("remise");
    EXPECT_EQ(runCli("verify " + (dir_ / "remise.cmc").string()).exitCode, 0);
}

TEST_F(AssessmentValidation, StudiesBoughtAfterTargeting) {
    check("etudes-tardives");
}

TEST_F(AssessmentValidation, RightTargetsWronglyCounted) {
    check("cibles-mal-comptees");
}

TEST_F(AssessmentValidation, NonCompliantFirstVersion) {
    check("offre-non-conforme");
}

TEST_F(AssessmentValidation, OverSoldOffer) {
    check("offre-survente");
}

// A call for tender answered in time, complete, compliant and priced within policy (issue 12,
// B4.4.1 `ao.reponse`), scripted with `cmcsim tender`.
TEST_F(AssessmentValidation, TenderAnsweredInTime) {
    check("appel-offres");
}

// The plan and the simulated weeks (issue 11): a coherent plan, reviewed, adjusted after the
// first weeks; a middle one; a plan on an excluded segment, over capacity, never followed.
TEST_F(AssessmentValidation, StrongPlanAndWeeks) {
    check("plan-fort");
}

TEST_F(AssessmentValidation, AveragePlanAndWeeks) {
    check("plan-moyen");
}

TEST_F(AssessmentValidation, WeakPlanAndWeeks) {
    check("plan-faible");
}

// Meetings with the same company (issue 12 §4): one led by the rules to a signature; one with
// misleading claims and an over-sold offer; one that skips the written needs and requirements.
TEST_F(AssessmentValidation, MeetingToASignature) {
    check("rdv-fort");
}

TEST_F(AssessmentValidation, MeetingWithMisleadingClaimsAndOverSelling) {
    check("rdv-faible");
}

TEST_F(AssessmentValidation, MeetingSkippingTheWrittenNeeds) {
    const auto result = check("rdv-sans-besoins");
    EXPECT_EQ(result.indicators.at("B3.2.11").first, "non acquis");
}

// Testers' findings (issue 12): a non-compliant offer is never adapted, complementary products
// without need are over-selling (rdv-fort is the passing case of both).
TEST_F(AssessmentValidation, MeetingWithANonCompliantOfferAndUnwantedProducts) {
    const auto result = check("rdv-non-conforme");
    EXPECT_EQ(result.indicators.at("B3.2.7").first, "non acquis");
    EXPECT_EQ(result.indicators.at("B3.3.7").first, "non acquis");
}

// Every script of the folder is a model attempt of this suite, with its expectations.
TEST(AssessmentValidationSet, EveryScriptHasExpectations) {
    const auto all = expectations();
    std::size_t scripts = 0;
    for (const auto& entry : fs::directory_iterator(kFixtures)) {
        if (entry.path().extension() != ".cmcscript") continue;
        ++scripts;
        EXPECT_TRUE(all.contains(entry.path().stem().string())) << entry.path();
    }
    EXPECT_GE(scripts, 18u);
    EXPECT_EQ(all.size(), scripts);
}

}  // namespace
