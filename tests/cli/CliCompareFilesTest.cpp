// cmcsim compare (issue 13 §2) on the files a trainer really collects: attempts issued with their
// register, one handed in then cut (its last entries removed), a hard link and a copy of one
// attempt, two candidates of one name, another version of the scenario under the same id, and an
// attempt whose client meeting (`cmcsim meeting`) took place in a week not run yet.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "CliRunner.h"
#include "SqlShell.h"

namespace {

namespace fs = std::filesystem;
using cmcsim::test::runCli;
using cmcsim::test::runShell;
using nlohmann::json;

const fs::path kFixtures = fs::path(CMCSIM_TEST_DATA) / "fixtures" / "assessment";

class CliCompareFiles : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ =
            fs::path(::testing::TempDir()) / ("cmcsim-compare-files-" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_ / "remises");
        std::ofstream(dir_ / "candidats.csv") << "nom\nInès Coupé\nJules Rdv\n";
        const auto issued = runCli("issue '" + (kFixtures / "scenario.json").string() +
                                   "' --candidates '" + (dir_ / "candidats.csv").string() +
                                   "' -o '" + (dir_ / "remises").string() + "'");
        ASSERT_EQ(issued.exitCode, 0) << issued.err;
        // Inès hands in; the trainer records her receipt; then her last entry, the hand-in, is
        // removed: the chain and the tables stay intact.
        const auto sealed = runCli("seal '" + file("001-ines-coupe") + "'");
        ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
        std::smatch receipt;
        ASSERT_TRUE(std::regex_search(sealed.out, receipt, std::regex("Reçu : (\\S+)")))
            << sealed.out;
        const auto recorded =
            runCli("verify '" + file("001-ines-coupe") + "' --receipt " + receipt[1].str() +
                   " --register '" + (dir_ / "remises" / "registre.csv").string() + "' --record");
        ASSERT_EQ(recorded.exitCode, 0) << recorded.err;
        cmcsim::test::sqlShell(file("001-ines-coupe"),
                               "DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)");
        // Jules runs a client meeting (rdv-fort) and runs no week.
        const auto played = runShell("CMCSIM='" + std::string(CMCSIM_CLI) + "' sh '" +
                                     (kFixtures / "run-script").string() + "' '" +
                                     (kFixtures / "rdv-fort.cmcscript").string() + "' '" +
                                     file("002-jules-rdv") + "'");
        ASSERT_EQ(played.exitCode, 0) << played.err;
        // Handed in: the comparison assesses handed-in attempts only (TruthAccess).
        ASSERT_EQ(runCli("seal '" + file("002-jules-rdv") + "'").exitCode, 0);
        fs::create_hard_link(file("002-jules-rdv"), file("lien"));
        fs::copy_file(file("002-jules-rdv"), file("copie"));
        // A copy of Jules's attempt without its hand-in (a prefix of his journal).
        fs::copy_file(file("002-jules-rdv"), file("coupe"));
        cmcsim::test::sqlShell(file("coupe"),
                               "DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)");
        generate(kFixtures / "scenario.json", "homonyme", "Jules Rdv");
        ASSERT_EQ(runCli("seal '" + file("homonyme") + "'").exitCode, 0);
        // The same scenario id in another version.
        json scenario = json::parse(std::ifstream(kFixtures / "scenario.json"));
        scenario["format"] = "cmcsim-scenario/2";
        scenario["version"] = "2";
        std::ofstream(dir_ / "v2.json") << scenario.dump();
        generate(dir_ / "v2.json", "version2", "Karim Deux");
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }

    static std::string file(const std::string& name) {
        return (dir_ / "remises" / (name + ".cmc")).string();
    }
    static void generate(const fs::path& scenario, const std::string& name,
                         const std::string& candidate) {
        const auto r = runCli("generate '" + scenario.string() + "' -o '" + file(name) +
                              "' --candidate '" + candidate + "'");
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    static const json& compared() {
        static const json result = [] {
            const auto r = runCli("compare '" + (dir_ / "remises").string() + "' --json");
            EXPECT_EQ(r.exitCode, 0) << r.err;
            return json::parse(r.out);
        }();
        return result;
    }
    static const json& attempt(const std::string& fileName) {
        for (const auto& a : compared()["epreuves"])
            if (fs::path(a["fichier"].get<std::string>()).filename() == fileName) return a;
        throw std::runtime_error("épreuve absente : " + fileName);
    }
    static std::string reasonOf(const std::string& fileName) {
        for (const auto& a : compared()["ecartees"])
            if (fs::path(a["fichier"].get<std::string>()).filename() == fileName) return a["motif"];
        return "absente des épreuves écartées";
    }
    static bool warned(const json& a, const std::string& text) {
        for (const auto& w : a["avertissements"])
            if (w.get<std::string>().find(text) != std::string::npos) return true;
        return false;
    }

    static fs::path dir_;
};

fs::path CliCompareFiles::dir_;

// The group: Jules and his namesake; the link, the copy, the other version and Inès's cut
// journal (not handed in any more) apart.
TEST_F(CliCompareFiles, ALinkOrACopyIsComparedOnceWithAWarning) {
    const auto& c = compared();
    ASSERT_EQ(c["epreuves"].size(), 2U) << c["epreuves"].dump(1);
    EXPECT_NE(reasonOf("lien.cmc").find("même fichier que"), std::string::npos)
        << reasonOf("lien.cmc");
    EXPECT_NE(reasonOf("copie.cmc").find("copie de"), std::string::npos) << reasonOf("copie.cmc");
    const auto& jules = attempt("002-jules-rdv.cmc");
    EXPECT_TRUE(warned(jules, "lien.cmc")) << jules["avertissements"];
    EXPECT_TRUE(warned(jules, "copie.cmc")) << jules["avertissements"];
}

TEST_F(CliCompareFiles, AnotherVersionOfTheScenarioIsSetApart) {
    const auto& c = compared();
    EXPECT_EQ(c["scenario"]["id"], "validation-evaluation");
    EXPECT_EQ(c["scenario"]["contenu"].get<std::string>().size(), 12U);
    const auto reason = reasonOf("version2.cmc");
    EXPECT_NE(reason.find("autre version du scénario"), std::string::npos) << reason;
    EXPECT_NE(reason.find("version 2"), std::string::npos) << reason;
}

TEST_F(CliCompareFiles, ACutJournalIsFlaggedByTheRegister) {
    const auto& c = compared();
    EXPECT_NE(c["registre"].get<std::string>().find("registre.csv"), std::string::npos);
    // Inès's journal no longer ends with her hand-in: set apart, the cut said.
    const auto ines = reasonOf("001-ines-coupe.cmc");
    EXPECT_NE(ines.find("journal coupé : le registre inscrit le reçu"), std::string::npos) << ines;
    EXPECT_EQ(attempt("002-jules-rdv.cmc")["fin_journal"], "remise");
    EXPECT_TRUE(warned(attempt("homonyme.cmc"), "absente du registre")) << attempt("homonyme.cmc");
    const auto text = runCli("compare '" + (dir_ / "remises").string() + "'");
    EXPECT_NE(text.out.find("Inès Coupé"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("journal coupé : le registre inscrit le reçu"), std::string::npos)
        << text.out;
}

// Found by a fresh tester: a copy of a handed-in attempt without its hand-in was said « jouée
// autrement »; its journal is the other's first entries, and both say so.
TEST_F(CliCompareFiles, ACopyWithoutItsLastEntriesIsCalledCutNotPlayedAgain) {
    const auto cut = reasonOf("coupe.cmc");
    EXPECT_NE(cut.find("épreuve non remise"), std::string::npos) << cut;
    EXPECT_NE(cut.find("journal du fichier 002-jules-rdv.cmc coupé après son entrée"),
              std::string::npos)
        << cut;
    EXPECT_NE(cut.find("(1 entrée retirée, remise comprise)"), std::string::npos) << cut;
    EXPECT_EQ(cut.find("jouée autrement"), std::string::npos) << cut;
    const auto& jules = attempt("002-jules-rdv.cmc");
    EXPECT_TRUE(warned(jules, "coupe.cmc est ce journal coupé après l'entrée")) << jules;
    EXPECT_FALSE(warned(jules, "jouée autrement")) << jules;
}

// Two candidates of one name are told apart by their file.
TEST_F(CliCompareFiles, NamesakesAreNamedWithTheirFile) {
    const auto text = runCli("compare '" + (dir_ / "remises").string() + "'");
    EXPECT_NE(text.out.find("Jules Rdv (002-jules-rdv.cmc)"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Jules Rdv (homonyme.cmc)"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find("Inès Coupé (001"), std::string::npos) << text.out;
}

// rdv-fort opens one meeting, in week 1, and runs no week: it is held all the same.
TEST_F(CliCompareFiles, AClientMeetingOfAWeekNotRunIsHeld) {
    EXPECT_EQ(attempt("002-jules-rdv.cmc")["chiffres"]["rdv_tenus"], 1);
    EXPECT_EQ(attempt("homonyme.cmc")["chiffres"]["rdv_tenus"], 0);
}

}  // namespace
