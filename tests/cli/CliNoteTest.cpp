#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "CliGolden.h"
#include "CliRunner.h"

// `cmcsim note` on an attempt of tests/fixtures/scenarios/plan.json (200 companies; studies
// "veille", "territoire" and "portefeuille" at 100 €): the figures the candidate may insert,
// a note saved from a markup file, shown with its references checked against the data, and the
// refusals of broken markup and of figures not earned.
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::expectGolden;
using cmcsim::test::runShell;
namespace fs = std::filesystem;

const std::string kScenario = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/plan.json";

class CliNote : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-note-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        ASSERT_EQ(
            run("generate " + kScenario + " -o epreuve.cmc --force --candidate 'Camille'").exitCode,
            0);
        empty_ = run("note epreuve.cmc show");
        for (
            const char* command :
            {R"(act epreuve.cmc etude.achat --payload '{"etude": "portefeuille"}')",
             R"(act epreuve.cmc segment.enregistrement --payload '{"id": "btp", "nom": "BTP", "filtre": {"sections": ["F"]}, "qualification": "", "etablissements": 20, "salaries": 150, "potentiel_eur": 9000, "conversion": 0.1}')"}) {
            const auto result = run(command);
            ASSERT_EQ(result.exitCode, 0) << command << "\n" << result.err;
        }
        figures_ = run("note epreuve.cmc figures");
        const auto json = run("note epreuve.cmc figures --json");
        ASSERT_EQ(json.exitCode, 0) << json.err;
        for (const auto& f : nlohmann::json::parse(json.out))
            shown_[f["id"].get<std::string>()] = f["affiche"].get<std::string>();
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }
    static CliResult run(const std::string& args) {
        return runShell("cd '" + dir_.string() + "' && " + CMCSIM_CLI + " " + args);
    }
    static void write(const std::string& name, const std::string& text) {
        std::ofstream(dir_ / name, std::ios::binary) << text;
    }
    static std::string ref(const std::string& id) {
        return "{{chiffre:" + id + "|" + shown_.at(id) + "}}";
    }

    static fs::path dir_;
    static CliResult empty_, figures_;
    static std::map<std::string, std::string> shown_;
};
fs::path CliNote::dir_;
CliResult CliNote::empty_, CliNote::figures_;
std::map<std::string, std::string> CliNote::shown_;

}  // namespace

TEST_F(CliNote, FiguresListOnlyWhatTheCandidateEarned) {
    EXPECT_EQ(empty_.exitCode, 0) << empty_.err;
    EXPECT_NE(empty_.out.find("Aucune note de synthèse"), std::string::npos);
    ASSERT_EQ(figures_.exitCode, 0) << figures_.err;
    // The portfolio extract is bought, the competitor study is not.
    EXPECT_TRUE(shown_.contains("portefeuille/primes_annuelles"));
    EXPECT_TRUE(shown_.contains("segment/btp/lignes"));
    for (const auto& [id, value] : shown_) EXPECT_FALSE(id.starts_with("etude/veille/")) << id;
    expectGolden("note-figures.txt", figures_.out);
}

TEST_F(CliNote, SetSavesAVersionAndShowMarksAChangedValue) {
    write("note.md", "# Synthèse du marché\n\nLe fichier compte " + ref("marche/lignes") +
                         " dont " + ref("segment/btp/lignes") +
                         " dans le **BTP**.\n\n"
                         "- Portefeuille : " +
                         ref("portefeuille/clients") +
                         "\n- Potentiel estimé : " + ref("segment/btp/potentiel_primes") + "\n");
    const auto set = run("note epreuve.cmc set --from note.md");
    ASSERT_EQ(set.exitCode, 0) << set.err;
    EXPECT_NE(set.out.find("Note de synthèse"), std::string::npos) << set.out;
    // The segment's potential re-estimated after the note was saved: 9 000 € became 12 000 €.
    const auto resaved = run(
        R"(act epreuve.cmc segment.enregistrement --payload '{"id": "btp", "nom": "BTP", "filtre": {"sections": ["F"]}, "qualification": "", "etablissements": 20, "salaries": 150, "potentiel_eur": 12000, "conversion": 0.1}')");
    ASSERT_EQ(resaved.exitCode, 0) << resaved.err;
    const auto show = run("note epreuve.cmc show");
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_NE(show.out.find("vaut maintenant 12 000 €"), std::string::npos) << show.out;
    expectGolden("note-show.txt", show.out);
    // The same as JSON: the blocks, each reference with its value now and its status.
    const auto json = run("note epreuve.cmc show --json");
    ASSERT_EQ(json.exitCode, 0) << json.err;
    const auto note = nlohmann::json::parse(json.out)["note"];
    EXPECT_EQ(note["version"], 1);
    EXPECT_EQ(note["references"], 4);
    EXPECT_EQ(note["references_changees"], 1);
    EXPECT_EQ(note["blocs"][0]["type"], "titre");
    const auto& item = note["blocs"].back()["segments"].back();
    EXPECT_EQ(item["chiffre"], "segment/btp/potentiel_primes");
    EXPECT_EQ(item["texte"], "9 000 €");
    EXPECT_EQ(item["valeur_actuelle"], "12 000 €");
    EXPECT_EQ(item["etat"], "changee");
}

// Found by a fresh tester: an id unknown in a known family and a value wrong from the start were
// saved, and a "{{" inside a reference was kept and shown garbled. Each is refused where it is.
TEST_F(CliNote, SetRefusesUnknownFiguresWrongValuesAndNestedReferences) {
    const auto journal = run("journal epreuve.cmc").out;
    write("inconnu.md", "{{chiffre:marche/inexistant|3}}\n");
    auto result = run("note epreuve.cmc set --from inconnu.md");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("inconnu.md:1 : chiffre inconnu « marche/inexistant »"),
              std::string::npos)
        << result.err;
    write("faux.md", "Titre\n\nLe fichier compte {{chiffre:marche/lignes|1}} lignes.\n");
    result = run("note epreuve.cmc set --from faux.md");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(
        result.err.find("faux.md:3 : la référence au chiffre « marche/lignes » montre « 1 » : "
                        "il vaut « " +
                        shown_.at("marche/lignes") + " »"),
        std::string::npos)
        << result.err;
    // {{chiffre: (10 characters) marche/lignes (13) | (1): the nested "{{" is at column 25.
    write("imbrique.md", "{{chiffre:marche/lignes|{{chiffre:marche/lignes|3}}}}\n");
    result = run("note epreuve.cmc set --from imbrique.md");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("imbrique.md:1:25 : « {{ » dans une référence"), std::string::npos)
        << result.err;
    write("accolades.md", "Un texte {{sans référence}}\n");
    result = run("note epreuve.cmc set --from accolades.md");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("accolades.md:1:10 : « {{ » sans « chiffre: »"), std::string::npos)
        << result.err;
    EXPECT_EQ(run("journal epreuve.cmc").out, journal);
}

TEST_F(CliNote, SetRefusesBrokenMarkupAndUnearnedFigures) {
    write("casse.md", "Titre\n\nun **gras jamais fermé\n");
    const auto broken = run("note epreuve.cmc set --from casse.md");
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_NE(broken.err.find("casse.md:3:4"), std::string::npos) << broken.err;
    write("veille.md", "{{chiffre:etude/veille/1/x/entreprises_clientes|3}}\n");
    const auto unearned = run("note epreuve.cmc set --from veille.md");
    EXPECT_EQ(unearned.exitCode, 1);
    EXPECT_NE(unearned.err.find("l'étude « veille » n'est pas achetée"), std::string::npos)
        << unearned.err;
}
