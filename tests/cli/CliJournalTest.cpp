#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <regex>

#include "CliGolden.h"
#include "CliRunner.h"

// `cmcsim act`, `journal` and `replay` on an attempt of tests/fixtures/scenarios/session.json
// (200 companies, budget 1,000 €, 2 days, studies "veille" 600 € 0.5 day and "territoire" 800 €
// 1 day), scripted from the command line as trainers script model attempts.
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::expectGolden;
using cmcsim::test::readFile;
using cmcsim::test::runShell;
namespace fs = std::filesystem;

const std::string kSession = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/session.json";

// Wall times change at every run: goldens show them as a placeholder.
std::string withoutWallTimes(const std::string& text) {
    static const std::regex wall(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
    return std::regex_replace(text, wall, "AAAA-MM-JJTHH:MM:SSZ");
}

class CliJournal : public ::testing::Test {
protected:
    // One folder per process (ctest runs tests two at a time); the scripted attempt once.
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-journal-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        ASSERT_EQ(run("generate " + kSession + " -o epreuve.cmc --force --candidate 'Camille Test'")
                      .exitCode,
                  0);
        const char* script[] = {
            R"(etude.achat --payload '{"etude": "veille"}')",
            R"(fiche.verification --payload '{"ligne": 7}')",
            R"(fiche.signalement --payload '{"ligne": 3, "anomalie": "doublon", "motif": "même adresse que la ligne 2"}')",
            R"(fiche.note --payload '{"ligne": 3, "texte": "DRH en congé"}')",
            R"(annulation --payload '{"entree": 5}')",
            R"(segment.enregistrement --payload '{"id": "s1", "nom": "BTP", "filtre": {"sections": ["F"]}, "qualification": "Ouvriers du bâtiment", "etablissements": 20, "salaries": 150, "potentiel_eur": 40000, "conversion": 0.1}')",
            R"(retablissement --payload '{"entree": 5}')",
        };
        for (const char* command : script) {
            const auto result = act(command);
            ASSERT_EQ(result.exitCode, 0) << command << "\n" << result.err;
            actOutput_ += result.out;
        }
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }
    static CliResult run(const std::string& args) {
        return runShell("cd '" + dir_.string() + "' && " + CMCSIM_CLI + " " + args);
    }
    static CliResult act(const std::string& args) { return run("act epreuve.cmc " + args); }
    static std::string file() { return (dir_ / "epreuve.cmc").string(); }

    static fs::path dir_;
    static std::string actOutput_;
};
fs::path CliJournal::dir_;
std::string CliJournal::actOutput_;

TEST_F(CliJournal, ActPrintsEachEntryAndWhatItChanged) {
    expectGolden("act-session.txt", actOutput_);
}

TEST_F(CliJournal, JournalListsTheEntriesInFrench) {
    const auto result = run("journal epreuve.cmc");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("journal-session.txt", withoutWallTimes(result.out));
}

TEST_F(CliJournal, JournalJsonMarksUndoneEntries) {
    // A second attempt, so that an entry stays undone.
    ASSERT_EQ(run("generate " + kSession + " -o annulee.cmc --force").exitCode, 0);
    ASSERT_EQ(run(R"(act annulee.cmc fiche.note --payload '{"ligne": 1, "texte": "x"}')").exitCode,
              0);
    ASSERT_EQ(run(R"(act annulee.cmc annulation --payload '{"entree": 2}')").exitCode, 0);
    const auto result = run("journal annulee.cmc --json");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    ASSERT_EQ(json["entrees"].size(), 3u);
    EXPECT_EQ(json["entrees"][1]["type"], "fiche.note");
    EXPECT_EQ(json["entrees"][1]["annulee"], true);
    EXPECT_EQ(json["entrees"][2]["libelle"], "Annulation");
    EXPECT_EQ(json["entrees"][2]["detail"], "entrée 2 (Note)");
    EXPECT_EQ(json["entrees"][2]["annulee"], false);
}

TEST_F(CliJournal, ReplayShowsTheStateAfterAnEntry) {
    // After entry 6 (the undo of the note): 1,000 − 600 = 400 €; 2 − 0.5 − 0.05 = 1.45 days.
    const auto undone = run("replay epreuve.cmc --to 6");
    ASSERT_EQ(undone.exitCode, 0) << undone.err;
    expectGolden("replay-session-6.txt", withoutWallTimes(undone.out));
    const auto last = run("replay epreuve.cmc --to 8");
    ASSERT_EQ(last.exitCode, 0) << last.err;
    expectGolden("replay-session-8.txt", withoutWallTimes(last.out));
}

TEST_F(CliJournal, ReplayJsonIsTheStateDump) {
    const auto result = run("replay epreuve.cmc --to 2 --json");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const auto json = nlohmann::json::parse(result.out);
    EXPECT_EQ(json["entree"], 2);
    EXPECT_EQ(json["entrees"], 8);
    EXPECT_EQ(json["commande"]["type"], "etude.achat");
    EXPECT_DOUBLE_EQ(json["etat"]["budget_restant_eur"].get<double>(), 400.0);  // 1,000 − 600
    EXPECT_EQ(json["etat"]["etudes"], nlohmann::json::array({"veille"}));
    EXPECT_EQ(json["changements"][2], "Étude achetée : « Veille concurrentielle »");
}

// A refusal prints the engine's message, exits 1 and writes nothing.
TEST_F(CliJournal, RefusedCommandsWriteNothing) {
    const auto before = readFile(file());
    const auto budget = act(R"(etude.achat --payload '{"etude": "territoire"}')");
    EXPECT_EQ(budget.exitCode, 1);
    EXPECT_EQ(budget.err,
              "erreur : achat d'étude refusé (rien n'est écrit au journal) : budget insuffisant : "
              "l'étude coûte "
              "800.00 €, il reste 400.00 €\n");
    const auto undo = act(R"(annulation --payload '{"entree": 2}')");
    EXPECT_EQ(undo.exitCode, 1);
    EXPECT_NE(undo.err.find("une information acquise ne s'annule pas"), std::string::npos)
        << undo.err;
    const auto badJson = act(R"(fiche.note --payload '{"ligne": 3')");
    EXPECT_EQ(badJson.exitCode, 2);  // a usage error (README, exit codes)
    EXPECT_NE(badJson.err.find("erreur : --payload : JSON illisible au caractère 12"),
              std::string::npos)
        << badJson.err;
    // A number beyond a double (found by a tester: the JSON library's English message leaked).
    const auto overflow = act(R"(fiche.verification --payload '{"ligne": 1e400}')");
    EXPECT_EQ(overflow.exitCode, 2);
    EXPECT_NE(overflow.err.find("--payload : nombre hors des limites représentables"),
              std::string::npos)
        << overflow.err;
    const auto notObject = act(R"(fiche.note --payload '[3]')");
    EXPECT_EQ(notObject.exitCode, 2);
    EXPECT_NE(notObject.err.find("--payload : objet JSON attendu"), std::string::npos);
    const auto unknown = act("bidule");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("type de commande inconnu « bidule »"), std::string::npos);
    const auto internal = act("epreuve.creee");
    EXPECT_EQ(internal.exitCode, 2);
    EXPECT_EQ(readFile(file()), before);
}

TEST_F(CliJournal, ErrorsNameTheFileOrTheOption) {
    const auto missing = run("journal absente.cmc");
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.err, "erreur : absente.cmc : fichier d'épreuve introuvable\n");
    EXPECT_EQ(run("act absente.cmc fiche.note").exitCode, 1);
    // A truncated copy is damaged.
    const auto content = readFile(file());
    { std::ofstream(dir_ / "tronquee.cmc", std::ios::binary) << content.substr(0, 5000); }
    const auto damaged = run("replay tronquee.cmc --to 2");
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_NE(damaged.err.find("erreur : tronquee.cmc : fichier tronqué"), std::string::npos)
        << damaged.err;
    const auto beyond = run("replay epreuve.cmc --to 99");
    EXPECT_EQ(beyond.exitCode, 1);
    EXPECT_EQ(beyond.err,
              "erreur : --to : entrée 99 hors du journal : il compte 8 entrées (1 à 8)\n");
    EXPECT_EQ(run("replay epreuve.cmc --to 0").exitCode, 2);  // usage: 1 at least
}

TEST_F(CliJournal, NothingIsAcceptedAfterTheHandIn) {
    ASSERT_EQ(run("generate " + kSession + " -o remise.cmc --force").exitCode, 0);
    const auto sealed = run("act remise.cmc epreuve.remise");
    ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
    EXPECT_NE(sealed.out.find("Reçu : "), std::string::npos);
    const auto before = readFile(dir_ / "remise.cmc");
    const auto after = run(R"(act remise.cmc fiche.note --payload '{"ligne": 1, "texte": "x"}')");
    EXPECT_EQ(after.exitCode, 1);
    EXPECT_EQ(after.err,
              "erreur : note sur une fiche refusée (rien n'est écrit au journal) : l'épreuve a été "
              "remise : elle "
              "n'accepte plus de commande\n");
    EXPECT_EQ(readFile(dir_ / "remise.cmc"), before);
}

}  // namespace
