#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "CliRunner.h"
#include "SqlShell.h"

// Exam integrity as a fresh tester attacked it (issue 10): the end of a journal cut with
// sqlite3, evaluations replaced or backdated, outputs written over attempts, and the CLI's
// own surface (help, exit codes, payloads, folders, plurals).
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::fileText;
using cmcsim::test::runCli;
namespace fs = std::filesystem;

const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

void sql(const std::string& file, const std::string& statement) {
    cmcsim::test::sqlShell(file, statement);
}

class CliIntegrity : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::path(::testing::TempDir()) /
               ("cmcsim-integrity-" + std::to_string(getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        attempt_ = path("epreuve.cmc");
        ASSERT_EQ(run("generate " + kMinimal + " -o " + attempt_ + " --candidate 'Camille Martin'")
                      .exitCode,
                  0);
    }
    void TearDown() override { fs::remove_all(dir_); }

    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    CliResult run(const std::string& args) { return runCli(args); }
    CliResult ok(const std::string& args) {
        auto result = runCli(args);
        EXPECT_EQ(result.exitCode, 0) << args << "\n" << result.err;
        return result;
    }
    CliResult fails(const std::string& args, const std::string& message, int code = 1) {
        auto result = runCli(args);
        EXPECT_EQ(result.exitCode, code) << args << "\n" << result.err;
        EXPECT_TRUE(has(result.err, message)) << args << "\n" << result.err;
        return result;
    }
    // Two tags then the hand-in; returns the receipt printed.
    std::string playAndSeal() {
        ok("act " + attempt_ + " fiche.etiquette --payload '{\"ligne\": 1, \"etiquette\": \"a\"}'");
        ok("act " + attempt_ + " fiche.etiquette --payload '{\"ligne\": 2, \"etiquette\": \"b\"}'");
        const auto sealed = ok("seal " + attempt_).out;
        std::smatch m;
        EXPECT_TRUE(std::regex_search(sealed, m, std::regex("Reçu : ([0-9A-Z-]{19})"))) << sealed;
        return m[1];
    }
    // What a candidate does with the sqlite3 shell: the hand-in and the last tag removed.
    void cutTheEnd() { sql(attempt_, "DELETE FROM journal WHERE seq >= 3"); }

    fs::path dir_;
    std::string attempt_;
};

// Before: verify without --receipt said "épreuve intègre" for a file whose last entries,
// hand-in included, were deleted with sqlite3 (the chain of what is left is valid).
TEST_F(CliIntegrity, VerifySaysTheEndOfTheJournalIsNotProvedWithoutTheReceipt) {
    const auto receipt = playAndSeal();
    auto whole = ok("verify " + attempt_).out;
    EXPECT_TRUE(has(whole, "Fin du journal : non vérifiée")) << whole;
    EXPECT_FALSE(has(whole, "épreuve intègre")) << whole;
    EXPECT_TRUE(has(ok("verify " + attempt_ + " --receipt " + receipt).out,
                    "Résultat : épreuve intègre, remise comprise"));
    cutTheEnd();
    const auto cut = ok("verify " + attempt_).out;  // nothing inside the file shows the cut
    EXPECT_TRUE(has(cut, "Journal : 2 entrées")) << cut;
    EXPECT_TRUE(has(cut, "fin du journal non prouvée")) << cut;
    EXPECT_FALSE(has(cut, "épreuve intègre")) << cut;
    fails("verify " + attempt_ + " --receipt " + receipt, "remise comprise, ont été retirées");
}

// The trainer records the receipt in the register at collection; the register then shows the
// cut without the candidate's receipt, and a recorded receipt is never replaced.
TEST_F(CliIntegrity, TheRegisterWithTheRecordedReceiptDetectsACut) {
    std::ofstream(path("candidats.csv")) << "Camille Martin\n";
    ok("issue " + kMinimal + " --candidates " + path("candidats.csv") + " -o " + path("session"));
    attempt_ = path("session/001-camille-martin.cmc");
    const auto reg = path("session/registre.csv");
    const auto receipt = playAndSeal();
    EXPECT_TRUE(has(ok("verify " + attempt_ + " --register " + reg).out, "aucun reçu inscrit"));
    EXPECT_TRUE(has(
        ok("verify " + attempt_ + " --register " + reg + " --receipt " + receipt + " --record").out,
        "reçu " + receipt + " inscrit"));
    EXPECT_TRUE(has(fileText(reg), ";" + receipt + "\r\n")) << fileText(reg);
    EXPECT_TRUE(has(ok("verify " + attempt_ + " --register " + reg).out,
                    "Reçu inscrit au registre : conforme"));
    fails("verify " + attempt_ + " --record", "--record", 2);  // needs --receipt and --register
    cutTheEnd();
    fails("verify " + attempt_ + " --register " + reg, "d'après le registre, le journal");
    // Handed in again after the cut: another receipt, still refused.
    ok("seal " + attempt_);
    fails("verify " + attempt_ + " --register " + reg, "ne correspond pas à ce fichier");
    fails("verify " + attempt_ + " --register " + reg + " --receipt " + receipt + " --record",
          "ne correspond pas");
    // An evaluation created from the register refuses the file too.
    fails("evaluation create " + attempt_ + " -o " + path("e.cmceval") + " --register " + reg,
          "ne correspond pas à ce fichier");
    EXPECT_FALSE(fs::exists(path("e.cmceval")));
}

// Every place an evaluator relies on uses the receipt: create needs it, and grid, show and
// assess refuse an attempt cut after its evaluation was created.
TEST_F(CliIntegrity, EvaluationsOfACutAttemptAreRefused) {
    const auto receipt = playAndSeal();
    const auto evaluation = path("e.cmceval");
    fails("evaluation create " + attempt_ + " -o " + evaluation, "--receipt ou --register", 2);
    fails("evaluation create " + attempt_ + " -o " + evaluation + " --receipt 12",
          "n'est pas un reçu", 2);
    ok("evaluation create " + attempt_ + " -o " + evaluation + " --receipt " + receipt);
    ok("grid " + evaluation + " --text --attempt " + attempt_);
    ok("assess " + attempt_ + " --evaluation " + evaluation + " --json");
    EXPECT_TRUE(has(run("assess " + attempt_).err, "fin du journal non vérifiée"));
    cutTheEnd();
    fails("evaluation create " + attempt_ + " -o " + path("f.cmceval") + " --receipt " + receipt,
          "remise comprise, ont été retirées");
    fails("grid " + evaluation + " --text --attempt " + attempt_, "ont été retirées");
    fails("evaluation show " + evaluation + " --attempt " + attempt_, "ont été retirées");
    fails("assess " + attempt_ + " --evaluation " + evaluation, "ont été retirées");
    fails("assess " + attempt_ + " --receipt " + receipt, "ont été retirées");
    ok("seal " + attempt_);  // handed in again: another receipt
    fails("grid " + evaluation + " --text --attempt " + attempt_, "ne correspond pas");
}

// Found by a tester: a second evaluation file of the same attempt could be created and signed
// beside the first (two signed grids of one attempt); and `grid --attempt` accepted an attempt
// whose sealed tables were changed after the hand-in.
TEST_F(CliIntegrity, OneGridPerAttemptAndGridChecksTheAttemptIsIntact) {
    const auto receipt = playAndSeal();
    const auto evaluation = path("grille.cmceval");
    ok("evaluation create " + attempt_ + " -o " + evaluation + " --receipt " + receipt);
    fails("evaluation create " + attempt_ + " -o " + path("seconde.cmceval") + " --receipt " +
              receipt,
          "a déjà son fichier d'évaluation, " + evaluation);
    ok("grid " + evaluation + " --text --attempt " + attempt_);
    sql(attempt_,
        "UPDATE prospect SET raison_sociale='Modifiée' WHERE id=(SELECT MIN(id) FROM "
        "prospect)");
    fails("grid " + evaluation + " --text --attempt " + attempt_, "épreuve altérée");
}

TEST_F(CliIntegrity, ASignedEvaluationIsNeverReplacedAndSignaturesCannotBeBackdated) {
    const auto receipt = playAndSeal();
    const auto evaluation = path("e.cmceval");
    const auto create =
        "evaluation create " + attempt_ + " -o " + evaluation + " --receipt " + receipt;
    ok(create);
    ok(create + " --force");  // not signed yet: may be created again
    ok("evaluation evaluator " + evaluation +
       " --evaluator 1 --name 'Claire Dubois' --role "
       "Formatrice");
    // Without --role the role is kept (it was erased).
    ok("evaluation evaluator " + evaluation + " --evaluator 1 --name 'Claire Dubois-Martin'");
    ok("evaluation evaluator " + evaluation + " --evaluator 2 --name 'Marc Leroy' --role Jury");
    const auto shown = ok("evaluation show " + evaluation + " --json").out;
    EXPECT_TRUE(has(shown, "\"role\": \"Formatrice\"")) << shown;
    EXPECT_TRUE(has(shown, "Claire Dubois-Martin")) << shown;
    const auto criteria = nlohmann::json::parse(shown)["criteres"];
    for (const auto& c : criteria)
        ok("evaluation agree " + evaluation + " --criterion " + c["critere"].get<std::string>() +
           " --verdict acquis");
    fails("evaluation sign " + evaluation + " --evaluator 1 --date 2020-01-01",
          "antérieure à la remise");
    fails("evaluation sign " + evaluation + " --evaluator 1 --date 2999-01-01", "dans le futur");
    ok("evaluation sign " + evaluation + " --evaluator 1");
    const auto signedText = fileText(evaluation);
    fails(create + " --force", "une évaluation signée n'est jamais remplacée");
    EXPECT_EQ(fileText(evaluation), signedText);
}

// Before: grid -o epreuve.cmc --force replaced the attempt with a PDF.
TEST_F(CliIntegrity, NoOutputOverwritesAnAttemptOrAnEvaluation) {
    const auto receipt = playAndSeal();
    const auto evaluation = path("e.cmceval");
    ok("evaluation create " + attempt_ + " -o " + evaluation + " --receipt " + receipt);
    const auto other = path("autre.cmc");
    ok("generate " + kMinimal + " -o " + other);
    const auto attemptBytes = fileText(other);
    const auto evaluationBytes = fileText(evaluation);
    fails("grid " + evaluation + " -o " + other + " --force", "fichier d'épreuve cmcsim (.cmc)");
    fails("market export " + attempt_ + " --csv " + other + " --force",
          "aucune commande ne l'écrase");
    fails("market export " + attempt_ + " --csv " + evaluation + " --force",
          "fichier d'évaluation cmcsim (.cmceval)");
    fails("generate " + kMinimal + " -o " + evaluation + " --force", "d'évaluation");
    EXPECT_EQ(fileText(other), attemptBytes);
    EXPECT_EQ(fileText(evaluation), evaluationBytes);
}

TEST_F(CliIntegrity, ActRefusesDuplicateAndUnknownPayloadKeys) {
    fails("act " + attempt_ +
              " fiche.etiquette --payload '{\"ligne\": 1, \"ligne\": 2, "
              "\"etiquette\": \"a\"}'",
          "--payload $ : clé « ligne » en double", 2);
    fails(
        "act " + attempt_ + " fiche.etiquette --payload '{\"ligne\": 1, \"etiqette\": \"a\"}'",
        "pose d'étiquette refusée (rien n'est écrit au journal) $.etiqette : clé inconnue (attendu "
        ": ligne, etiquette)",
        1);
    fails("act " + attempt_ + " bogus", "KIND : type de commande inconnu", 2);
    EXPECT_TRUE(has(ok("journal " + attempt_).out, "Journal : 1 entrée\n"));
}

TEST_F(CliIntegrity, AFolderIsSaidToBeAFolder) {
    for (const auto* command : {"journal", "assess", "verify", "market stats"})
        fails(std::string(command) + " " + dir_.string(), "c'est un dossier");
    fails("journal /dev/null", "ce n'est pas un fichier ordinaire");
}

// Leftovers of the fresh tester: `sqlite3 f.cmc ANALYZE` made the attempt "altérée" (its
// statistics tables are no data of the attempt), and a file switched to WAL mode by another
// program left -wal and -shm files beside it after every read-only command.
TEST_F(CliIntegrity, AnalyzeAndWalModeLeaveTheAttemptIntactAndAlone) {
    sql(attempt_, "ANALYZE");
    EXPECT_TRUE(has(ok("verify " + attempt_).out, "aucune altération détectée"));
    sql(attempt_, "PRAGMA journal_mode=WAL");
    // `assess` is refused before the hand-in (TruthAccess), its read leaving nothing either.
    for (const auto* command : {"journal", "verify", "assess", "market stats"}) {
        const auto result = run(std::string(command) + " " + attempt_);
        EXPECT_EQ(result.exitCode, std::string(command) == "assess" ? 1 : 0) << command << "\n"
                                                                             << result.err;
        EXPECT_FALSE(fs::exists(attempt_ + "-wal")) << command;
        EXPECT_FALSE(fs::exists(attempt_ + "-shm")) << command;
    }
}

TEST(CliHelp, HelpIsInFrenchThroughout) {
    for (const auto* args :
         {"--help", "verify --help", "evaluation create --help", "evaluation --help",
          "market export --help", "week --help", "plan x add-action --help", "generate --help"}) {
        const auto help = runCli(args);
        EXPECT_EQ(help.exitCode, 0) << args;
        for (const auto* english :
             {"Usage", "Positionals", "Subcommands", "REQUIRED", " TEXT ", " INT ", " UINT ",
              " FLOAT ", "INT:", "TEXT:", "FLOAT:", "Print this help", "Display program version",
              "Needs:", "Excludes:"})
            EXPECT_FALSE(has(help.out, english)) << args << " : " << english << "\n" << help.out;
        EXPECT_TRUE(has(help.out, "Utilisation")) << help.out;
    }
    EXPECT_TRUE(has(runCli("--help").out, "Commandes:"));
    EXPECT_TRUE(has(runCli("verify --help").out, "Arguments:"));
    // Found by a tester: CLI11's own range message ("Value 0 not in range 1 to 520").
    const auto range = runCli("week x.cmc --to 0");
    EXPECT_EQ(range.exitCode, 2);
    EXPECT_TRUE(has(range.err, "« 0 » refusé : un entier compris entre 1 et 520 attendu"))
        << range.err;
}

}  // namespace
