#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "CliRunner.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioWriter.h"

// `cmcsim scenario pack` and `scenario validate` on packs (docs/scenario-format.md, « Paquets »),
// and a scenario written by ScenarioWriter (the studio's editor) generated and played a week.

using namespace cmcsim;
using namespace cmcsim::test;
namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(CMCSIM_TEST_DATA) / "fixtures" / "scenarios";

class CliScenarioPack : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-pack-" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "paquet");
    }
    void TearDown() override { fs::remove_all(dir_); }
    CliResult run(const std::string& args) const {
        return runShell("cd '" + dir_.string() + "' && " + CMCSIM_CLI + " " + args);
    }
    // A scenario as the editor saves it: version 2, an author, a changed market.
    void writeEdited(const fs::path& file) const {
        static const auto reference =
            ReferenceData::load(fs::path(CMCSIM_SOURCE_ROOT) / "datasets");
        auto s = ScenarioLoader(reference).fromFile(kFixtures / "minimal.json");
        s.id = "edite";
        s.author = "Formatrice";
        s.version = "1.1";
        s.establishmentCount = 150;
        s.traps.duplicates = 0.1;
        std::ofstream(file) << ScenarioWriter::toJson(s);
    }
    // The folder paquet/: minimal.json and an edited scenario, « Paquet d'essai » version 2.
    void writePackFolder() const {
        writeEdited(dir_ / "paquet" / "edite.json");
        fs::copy_file(kFixtures / "minimal.json", dir_ / "paquet" / "minimal.json");
        std::ofstream(dir_ / "paquet" / "manifest.json")
            << R"({"format": "cmcsim-pack/1", "title": "Paquet d'essai", "author": "Formatrice",
               "version": "2", "scenarios": ["minimal.json", "edite.json"]})";
    }
    fs::path dir_;
};

TEST_F(CliScenarioPack, AnEditedScenarioGeneratesAndPlaysAWeek) {
    writeEdited(dir_ / "edite.json");
    const auto generated = run("generate edite.json -o edite.cmc --candidate Essai");
    ASSERT_EQ(generated.exitCode, 0) << generated.err;
    const auto week = run("week edite.cmc");
    EXPECT_EQ(week.exitCode, 0) << week.err;
    EXPECT_NE(week.out.find("Semaine 1"), std::string::npos) << week.out;
}

TEST_F(CliScenarioPack, PacksAFolderAndValidatesTheArchive) {
    writePackFolder();
    const auto packed = run("scenario pack paquet -o paquet.zip");
    ASSERT_EQ(packed.exitCode, 0) << packed.err;
    EXPECT_NE(packed.out.find("paquet « Paquet d'essai » écrit, 2 scénarios"), std::string::npos)
        << packed.out;
    EXPECT_EQ(run("scenario pack paquet -o paquet.zip").exitCode, 1);  // exists: --force
    // Found by a fresh tester: the archive written over the pack's own manifest or scenario with
    // --force. Refused, the file left as it was.
    const auto manifest = fileText(dir_ / "paquet" / "manifest.json");
    for (const auto* own : {"paquet/manifest.json", "paquet/minimal.json"}) {
        const auto over = run(std::string("scenario pack paquet --force -o ") + own);
        EXPECT_EQ(over.exitCode, 1) << own;
    }
    EXPECT_EQ(fileText(dir_ / "paquet" / "manifest.json"), manifest);
    const auto valid = run("scenario validate paquet.zip paquet");
    EXPECT_EQ(valid.exitCode, 0) << valid.err;
    EXPECT_NE(valid.out.find("paquet.zip : paquet valide « Paquet d'essai » (Formatrice, version "
                             "2), 2 scénarios\n  minimal.json : valide (minimal)\n  edite.json : "
                             "valide (edite)"),
              std::string::npos)
        << valid.out;
    // A broken scenario in the folder: the pack is refused, the file and the place named.
    std::ofstream(dir_ / "paquet" / "edite.json") << "{\"format\": \"cmcsim-scenario/2\"}";
    const auto refused = run("scenario pack paquet -o autre.zip");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("paquet/edite.json $.id : champ obligatoire manquant"),
              std::string::npos)
        << refused.err;
    EXPECT_FALSE(fs::exists(dir_ / "autre.zip"));
    EXPECT_EQ(run("scenario validate paquet").exitCode, 1);
}

// Found by a fresh tester: `generate PACK` and `scenario show PACK` said « JSON invalide ». A pack
// named alone lists its scenarios and how to choose one; PACK#ID (id or file name) chooses one.
TEST_F(CliScenarioPack, APackNamedWhereAScenarioIsExpectedListsItsScenariosOrGivesOne) {
    writePackFolder();
    ASSERT_EQ(run("scenario pack paquet -o paquet.zip").exitCode, 0);
    fs::copy_file(dir_ / "paquet.zip", dir_ / "sans-extension");
    for (const auto* pack : {"paquet", "paquet.zip", "sans-extension"}) {
        for (const auto& command : {std::string("generate ") + pack + " -o x.cmc",
                                    std::string("scenario show ") + pack}) {
            const auto alone = run(command);
            EXPECT_EQ(alone.exitCode, 1) << command;
            EXPECT_EQ(alone.err.find("JSON"), std::string::npos) << alone.err;
            EXPECT_NE(alone.err.find(std::string(pack) +
                                     " : c'est un paquet de scénarios (« Paquet d'essai »)"),
                      std::string::npos)
                << alone.err;
            EXPECT_NE(alone.err.find(std::string(pack) + "#edite : "), std::string::npos)
                << alone.err;
        }
    }
    const auto shown = run("scenario show paquet.zip#edite");
    EXPECT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_NE(shown.out.find("(edite)"), std::string::npos) << shown.out;
    const auto generated = run("generate 'paquet#minimal.json' -o pack.cmc");
    EXPECT_EQ(generated.exitCode, 0) << generated.err;
    EXPECT_NE(generated.out.find("(minimal)"), std::string::npos) << generated.out;
    const auto unknown = run("generate 'paquet.zip#absent' -o y.cmc");
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("le paquet « Paquet d'essai » n'a pas de scénario « absent »"),
              std::string::npos)
        << unknown.err;
    EXPECT_FALSE(fs::exists(dir_ / "y.cmc"));
}

}  // namespace
