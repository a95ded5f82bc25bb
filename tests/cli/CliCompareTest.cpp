// cmcsim compare (issue 13 §2): a group of four model attempts of the validation set
// (tests/fixtures/assessment: fort, moyen, faible, vide, whose verdicts and figures its README
// computes by hand), an attempt of another scenario and an altered one, compared through the
// CLI; the figures expected below are computed by hand from the README's.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "../engine/XlsxReader.h"
#include "CliRunner.h"
#include "SqlShell.h"

namespace {

namespace fs = std::filesystem;
using cmcsim::test::runCli;
using cmcsim::test::runShell;
using nlohmann::json;

const fs::path kFixtures = fs::path(CMCSIM_TEST_DATA) / "fixtures" / "assessment";

class CliCompare : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-compare-" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "groupe");
        play("fort", "Alice Fort");
        play("moyen", "Bruno Moyen");
        play("faible", "Chloé Faible");
        play("vide", "David Vide");
        // The validation scenario under another id: the same market, another scenario.
        json scenario = json::parse(std::ifstream(kFixtures / "scenario.json"));
        scenario["id"] = "autre-scenario";
        scenario["title"] = "Autre scénario";
        std::ofstream(dir_ / "autre.json") << scenario.dump();
        generate(dir_ / "autre.json", "e-autre", "Emma Autre");
        // An attempt whose prospect file was changed after its creation.
        generate(kFixtures / "scenario.json", "f-alteree", "Farid Altéré");
        cmcsim::test::sqlShell(file("f-alteree"),
                               "UPDATE prospect SET raison_sociale='Modifiée' WHERE id=3");
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }

    static std::string file(const std::string& name) {
        return (dir_ / "groupe" / (name + ".cmc")).string();
    }
    static void generate(const fs::path& scenario, const std::string& name,
                         const std::string& candidate) {
        const auto r = runCli("generate '" + scenario.string() + "' -o '" + file(name) +
                              "' --candidate '" + candidate + "'");
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    // NAME.cmcscript played on a new attempt named with its rank, so the folder sorts them.
    static void play(const std::string& script, const std::string& candidate) {
        static int rank = 0;
        const auto name = std::string(1, static_cast<char>('a' + rank++)) + "-" + script;
        generate(kFixtures / "scenario.json", name, candidate);
        const auto r = runShell(
            "CMCSIM='" + std::string(CMCSIM_CLI) + "' sh '" + (kFixtures / "run-script").string() +
            "' '" + (kFixtures / (script + ".cmcscript")).string() + "' '" + file(name) + "'");
        ASSERT_EQ(r.exitCode, 0) << r.err;
        // Handed in: the comparison assesses handed-in attempts only (TruthAccess).
        const auto sealed = runCli("seal '" + file(name) + "'");
        ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
    }
    static json compared() {
        static const json result = [] {
            const auto r = runCli("compare '" + (dir_ / "groupe").string() + "' --json");
            EXPECT_EQ(r.exitCode, 0) << r.err;
            return json::parse(r.out);
        }();
        return result;
    }
    static const json& series(const json& c, const std::string& key) {
        for (const auto& s : c["series"])
            if (s["cle"] == key) return s;
        throw std::runtime_error("série absente : " + key);
    }
    static const json& result(const json& attempt, const char* level, const std::string& id) {
        for (const auto& r : attempt[level])
            if (r["id"] == id) return r;
        throw std::runtime_error("résultat absent : " + id);
    }

    static fs::path dir_;
};

fs::path CliCompare::dir_;

TEST_F(CliCompare, GroupsTheScenarioAndNamesEachAttemptByItsCandidate) {
    const auto c = compared();
    EXPECT_EQ(c["scenario"]["id"], "validation-evaluation");
    ASSERT_EQ(c["epreuves"].size(), 4U);
    const std::vector<std::string> names{"Alice Fort", "Bruno Moyen", "Chloé Faible", "David Vide"};
    for (std::size_t i = 0; i < names.size(); ++i)
        EXPECT_EQ(c["epreuves"][i]["candidat"], names[i]);
}

TEST_F(CliCompare, AnotherScenarioAndAnAlteredAttemptAreListedApartWithTheReason) {
    const auto c = compared();
    ASSERT_EQ(c["ecartees"].size(), 2U);
    EXPECT_EQ(c["ecartees"][0]["candidat"], "Emma Autre");
    EXPECT_NE(c["ecartees"][0]["motif"].get<std::string>().find(
                  "autre scénario : « Autre scénario » (autre-scenario)"),
              std::string::npos)
        << c["ecartees"][0];
    EXPECT_NE(fs::path(c["ecartees"][1]["fichier"].get<std::string>()).filename(), "");
    EXPECT_NE(c["ecartees"][1]["fichier"].get<std::string>().find("f-alteree"), std::string::npos);
    EXPECT_NE(c["ecartees"][1]["motif"].get<std::string>().find("épreuve altérée"),
              std::string::npos)
        << c["ecartees"][1];
}

// The verdicts of the README's « Récapitulatif » (B2.1.2: A 100, P 55, N 0, N 0) and of
// attendus.csv; a criterion is the weakest of its assessed indicators: B2.1 is N 0 for all four
// (B2.1.6, the synthesis note none wrote, is N 0), B2.2 is B2.2.3 (B2.2.1 and B2.2.2 are « à
// apprécier » here): A 100, P 96, N 0, N 0.
TEST_F(CliCompare, IndicatorAndCriterionVerdictsAndScores) {
    const auto c = compared();
    const std::vector<std::pair<std::string, int>> b212{
        {"acquis", 100}, {"partiellement_acquis", 55}, {"non_acquis", 0}, {"non_acquis", 0}};
    const std::vector<std::pair<std::string, int>> b22{
        {"acquis", 100}, {"partiellement_acquis", 96}, {"non_acquis", 0}, {"non_acquis", 0}};
    for (std::size_t i = 0; i < 4; ++i) {
        const auto& r = result(c["epreuves"][i], "indicateurs", "B2.1.2");
        EXPECT_EQ(r["verdict"], b212[i].first) << i;
        EXPECT_EQ(r["score"], b212[i].second) << i;
        EXPECT_EQ(result(c["epreuves"][i], "criteres", "B2.1")["verdict"], "non_acquis") << i;
        EXPECT_EQ(result(c["epreuves"][i], "criteres", "B2.1")["score"], 0) << i;
        const auto& b = result(c["epreuves"][i], "criteres", "B2.2");
        EXPECT_EQ(b["verdict"], b22[i].first) << i;
        EXPECT_EQ(b["score"], b22[i].second) << i;
        EXPECT_TRUE(result(c["epreuves"][i], "criteres", "B3.1")["score"].is_null()) << i;
    }
    // B2.2 scores 100, 96, 0, 0: sorted 0, 0, 96, 100; Q1 at rank 0.75 = 0, median at 1.5 = 48,
    // Q3 at 2.25 = 96 + 0.25 × 4 = 97, mean 49; fences 0 − 145.5 and 97 + 145.5: no outlier.
    const auto& d = series(c, "B2.2")["distribution"];
    EXPECT_EQ(d["n"], 4);
    EXPECT_DOUBLE_EQ(d["q1"].get<double>(), 0);
    EXPECT_DOUBLE_EQ(d["mediane"].get<double>(), 48);
    EXPECT_DOUBLE_EQ(d["q3"].get<double>(), 97);
    EXPECT_DOUBLE_EQ(d["moyenne"].get<double>(), 49);
    EXPECT_DOUBLE_EQ(d["borne_haute"].get<double>(), 242.5);
    EXPECT_TRUE(d["atypiques"].empty());
    // No criterion of Bloc 3 is assessed on these attempts: no distribution.
    EXPECT_TRUE(series(c, "B3.1")["distribution"].is_null());
}

// The README's figures: precision fort 10/10, moyen 3/5, faible 1/5, vide none (no flag);
// recall fort 11/12, moyen 3/7, none for faible (nothing verified) and vide; the targets' mean
// count gap fort (1/23 + 1/16) / 2, moyen (9/31 + 3/13) / 2, faible 104/16, vide none (no
// segment); one offer in one version for each but vide; no week played.
TEST_F(CliCompare, KeyFiguresAndTheirDistributions) {
    const auto c = compared();
    const auto figure = [&c](std::size_t i, const char* key) {
        return c["epreuves"][i]["chiffres"][key];
    };
    EXPECT_DOUBLE_EQ(figure(0, "signalements_precision").get<double>(), 1.0);
    EXPECT_DOUBLE_EQ(figure(1, "signalements_precision").get<double>(), 0.6);
    EXPECT_DOUBLE_EQ(figure(2, "signalements_precision").get<double>(), 0.2);
    EXPECT_TRUE(figure(3, "signalements_precision").is_null());
    EXPECT_DOUBLE_EQ(figure(0, "signalements_rappel").get<double>(), 11.0 / 12);
    EXPECT_DOUBLE_EQ(figure(1, "signalements_rappel").get<double>(), 3.0 / 7);
    EXPECT_TRUE(figure(2, "signalements_rappel").is_null());
    EXPECT_TRUE(figure(3, "signalements_rappel").is_null());
    EXPECT_NEAR(figure(0, "cibles_ecart_comptage").get<double>(), (1.0 / 23 + 1.0 / 16) / 2, 1e-12);
    EXPECT_NEAR(figure(1, "cibles_ecart_comptage").get<double>(), (9.0 / 31 + 3.0 / 13) / 2, 1e-12);
    EXPECT_NEAR(figure(2, "cibles_ecart_comptage").get<double>(), 104.0 / 16, 1e-12);
    EXPECT_TRUE(figure(3, "cibles_ecart_comptage").is_null());
    for (std::size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(figure(i, "offres_entreprises"), i < 3 ? 1 : 0) << i;
        EXPECT_EQ(figure(i, "offres_versions"), i < 3 ? 1 : 0) << i;
        EXPECT_EQ(figure(i, "semaines_jouees"), 0) << i;
        EXPECT_EQ(figure(i, "signatures"), 0) << i;
    }
    // Precision 1, 0.6, 0.2 (vide left out): Q1 0.4, median 0.6, Q3 0.8, mean 0.6.
    const auto& p = series(c, "signalements.precision")["distribution"];
    EXPECT_EQ(p["n"], 3);
    EXPECT_NEAR(p["q1"].get<double>(), 0.4, 1e-12);
    EXPECT_NEAR(p["mediane"].get<double>(), 0.6, 1e-12);
    EXPECT_NEAR(p["q3"].get<double>(), 0.8, 1e-12);
    EXPECT_NEAR(p["moyenne"].get<double>(), 0.6, 1e-12);
    EXPECT_TRUE(p["atypiques"].empty());
    // Offers 1, 1, 1, 0: Q1 at rank 0.75 = 0.75, Q3 1, IQR 0.25, low fence 0.375: vide is atypical.
    const auto& o = series(c, "offres.entreprises")["distribution"];
    EXPECT_DOUBLE_EQ(o["q1"].get<double>(), 0.75);
    EXPECT_EQ(o["atypiques"], json::array({"David Vide"}));
}

TEST_F(CliCompare, TextXlsxAndPdfOutputs) {
    const auto text = runCli("compare '" + (dir_ / "groupe").string() + "'");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    for (const char* expected :
         {"Scénario : Jeu de validation de l'évaluation",
          "4 épreuves comparées ; 2 épreuves écartées", "Alice Fort", "acquis (100)",
          "Chiffres clés", "Distributions", "épreuve altérée", "autre scénario"})
        EXPECT_NE(text.out.find(expected), std::string::npos) << expected << "\n" << text.out;

    const auto xlsx = (dir_ / "comparaison.xlsx").string();
    const auto pdf = (dir_ / "comparaison.pdf").string();
    const auto files =
        "'" + file("a-fort") + "' '" + file("b-moyen") + "' '" + file("e-autre") + "'";
    const auto written = runCli("compare " + files + " --xlsx '" + xlsx + "'");
    ASSERT_EQ(written.exitCode, 0) << written.err;
    EXPECT_NE(written.err.find("comparaison (2 épreuves) écrite dans"), std::string::npos)
        << written.err;
    const cmcsim::test::XlsxReader reader(xlsx);
    const auto workbook = reader.entry("xl/workbook.xml");
    for (const char* sheet : {"Synthèse", "Verdicts critères", "Scores indicateurs",
                              "Chiffres clés", "Distributions", "Épreuves écartées"})
        EXPECT_NE(workbook.find(std::string("name=\"") + sheet + "\""), std::string::npos) << sheet;
    const auto strings = reader.entry("xl/worksheets/sheet2.xml");
    EXPECT_NE(strings.find("Bruno Moyen"), std::string::npos);
    // Existing file without --force: refused before any work.
    const auto again = runCli("compare " + files + " --xlsx '" + xlsx + "'");
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_NE(again.err.find("--force"), std::string::npos) << again.err;

    const auto printed = runCli("compare " + files + " --pdf '" + pdf + "'");
    ASSERT_EQ(printed.exitCode, 0) << printed.err;
    EXPECT_EQ(cmcsim::test::fileText(pdf).substr(0, 5), "%PDF-");
}

TEST_F(CliCompare, BadInputsGetAFrenchErrorNamingThem) {
    const auto missing = runCli("compare '" + (dir_ / "absent").string() + "'");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("absent : fichier ou dossier introuvable"), std::string::npos)
        << missing.err;
    fs::create_directories(dir_ / "vide");
    const auto empty = runCli("compare '" + (dir_ / "vide").string() + "'");
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_NE(empty.err.find("aucune épreuve (fichier .cmc) à comparer"), std::string::npos)
        << empty.err;
    const auto onlyAltered = runCli("compare '" + file("f-alteree") + "'");
    EXPECT_EQ(onlyAltered.exitCode, 1);
    EXPECT_NE(onlyAltered.err.find("aucune épreuve lisible à comparer"), std::string::npos)
        << onlyAltered.err;
}

}  // namespace
