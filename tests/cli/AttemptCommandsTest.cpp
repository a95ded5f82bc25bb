// The attempt file through the CLI: damaged files (cases R1-R6), hand-in, verification, issue.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "../engine/TestFiles.h"
#include "CliRunner.h"
#include "SqlShell.h"
#include "cmcsim/attempt/Journal.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/JournalStore.h"

using cmcsim::test::CliResult;
using cmcsim::test::runCli;
namespace fs = std::filesystem;

namespace {
const std::string kScenario =
    std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/base-scenario.json";

// A fresh directory for one test, removed at the end.
struct Workdir {
    fs::path path;
    Workdir() {
        path = fs::path(::testing::TempDir()) /
               ("cmcsim-attempt-" +
                std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Workdir() { fs::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

std::string generate(const Workdir& dir, const std::string& name) {
    const auto file = dir / name;
    EXPECT_EQ(runCli("generate " + kScenario + " -o " + file).exitCode, 0);
    return file;
}

void sql(const std::string& file, const std::string& statement) {
    cmcsim::test::sqlShell(file, statement);
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The SQL of make-attempt-cases.sh (R1-R5), on this schema. `read` says which streamed market
// commands read the damaged table (docs/attempt-format.md, "What each command checks"):
// 2 every one (the journal, the scenario), 1 only `market stats --truth` (company,
// establishment), 0 none (census).
struct DamagedCase {
    const char* id;
    const char* sql;
    const char* message;
    int read = 2;
};
const DamagedCase kCases[] = {
    {"R1",
     "UPDATE establishment SET company_id=999999 WHERE id=(SELECT MIN(id)+1 FROM establishment)",
     "fichier endommagé : table establishment, ligne 2, colonne company_id : attendu un id de la "
     "table company (0 à 199), trouvé « 999999 »",
     1},
    {"R2", "UPDATE company SET health_insurer_id=999 WHERE health_insurer_id IS NOT NULL",
     "fichier endommagé : table company, ligne 2, colonne health_insurer_id : attendu un id de la "
     "table competitor (0 à 1), trouvé « 999 »",
     1},
    {"R3",
     "UPDATE census SET cells=zeroblob(12*70000) WHERE establishment_id=(SELECT "
     "MIN(establishment_id)+1 FROM census)",
     "fichier endommagé : table census, ligne 2, colonne cells : attendu des cellules de 12 "
     "octets, au plus 96, trouvé 840000 octets",
     0},
    {"R4",
     "UPDATE census SET cells=CAST(substr(cells,1,2) || X'80' || substr(cells,4) AS BLOB) WHERE "
     "establishment_id=(SELECT establishment_id FROM census WHERE length(cells) >= 12 LIMIT 1)",
     "fichier endommagé : table census, ligne 1, colonne cells, cellule 1 : attendu tranche d'âge "
     "0–5, sexe 0–1, catégorie 0–1, situation familiale 0–3, trouvé 0, 0, 128, 0",
     0},
    {"R5", "DELETE FROM journal",
     "épreuve altérée : le journal est vide (l'entrée de création « epreuve.creee » manque)"},
    {"R6",
     "UPDATE scenario SET json=replace(replace(json, 'Scénario minimal de test', 'Un autre "
     "scénario'), '76758', '15014')",
     "épreuve altérée : table scenario : ligne 1 modifiée"},
};
}  // namespace

TEST(AttemptCommands, DamagedFilesExitWithOneAndNameTableRowAndExpectation) {
    Workdir dir;
    const auto base = generate(dir, "base.cmc");
    const auto siret = runCli("market export " + base + " --csv - --format rfc4180").out;
    const auto line = siret.substr(siret.find('\n') + 1, 14);
    // Handed in: `market stats --truth` is the evaluator's view, read after the hand-in.
    ASSERT_EQ(runCli("seal " + base).exitCode, 0);
    for (const auto& c : kCases) {
        const auto file = dir / (std::string(c.id) + ".cmc");
        fs::copy_file(base, file);
        sql(file, c.sql);
        for (const auto& command : {"market stats " + file, "market export " + file + " --csv -",
                                    "market stats --truth " + file,
                                    "diagnose " + file + " --siret " + line, "verify " + file}) {
            const auto r = runCli(command);
            // The streamed market commands read only the tables they need (unlike verify).
            const bool market = command.starts_with("market");
            if (market && c.read < (command.find("--truth") != std::string::npos ? 1 : 2)) {
                EXPECT_EQ(r.exitCode, 0) << c.id << " " << command << "\n" << r.err;
                continue;
            }
            EXPECT_EQ(r.exitCode, 1) << c.id << " " << command;  // -1 would be a signal
            EXPECT_TRUE(has(r.err, "erreur : " + file + " : " + c.message))
                << c.id << " " << command << "\n"
                << r.err;
        }
    }
}

TEST(AttemptCommands, SealPrintsAReceiptThatVerifyProves) {
    Workdir dir;
    const auto file = generate(dir, "epreuve.cmc");
    const auto sealed = runCli("seal " + file);
    ASSERT_EQ(sealed.exitCode, 0) << sealed.err;
    std::smatch m;
    ASSERT_TRUE(
        std::regex_search(sealed.out, m, std::regex("Reçu : ([0-9A-Z]{4}(-[0-9A-Z]{4}){3})")))
        << sealed.out;
    const std::string receipt = m[1];
    const auto ok = runCli("verify " + file + " --receipt " + receipt);
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    EXPECT_TRUE(has(ok.out, "Reçu : conforme")) << ok.out;
    // Typed in lower case with spaces: the same receipt.
    std::string typed = receipt;
    for (auto& c : typed) c = c == '-' ? ' ' : static_cast<char>(std::tolower(c));
    EXPECT_EQ(runCli("verify " + file + " --receipt '" + typed + "'").exitCode, 0);

    const auto again = runCli("seal " + file);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(has(again.err, "déjà remise")) << again.err;

    const auto wrong = runCli("verify " + file + " --receipt 0000-0000-0000-0000");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(has(wrong.err, "ne correspond pas")) << wrong.err;
    EXPECT_EQ(runCli("verify " + file + " --receipt abc").exitCode, 2);

    // An unsealed attempt has no receipt.
    const auto other = generate(dir, "autre.cmc");
    const auto unsealed = runCli("verify " + other + " --receipt " + receipt);
    EXPECT_EQ(unsealed.exitCode, 1);
    EXPECT_TRUE(has(unsealed.err, "le journal ne se termine pas par la remise")) << unsealed.err;
}

TEST(AttemptCommands, VerifyReplaysEntriesWhoseChainWasRecomputed) {
    // The entry hash is documented (docs/attempt-format.md): anyone can append entries with a
    // valid chain. Before the fix, verify said "épreuve intègre" (exit 0) for entries every
    // other command refuses: a command after the hand-in, a study id that is not a string
    // (which also escaped as a raw JSON type error).
    struct Forged {
        std::vector<std::pair<const char*, const char*>> entries;  // kind, payload
        const char* message;
    };
    const Forged cases[] = {
        {{{"epreuve.remise", R"({"entrees":1})"},
          {"fiche.etiquette", R"({"ligne":1,"etiquette":"x"})"}},
         "journal, entrée 3 (fiche.etiquette) : l'épreuve a été remise"},
        {{{"etude.achat", R"({"etude":null})"}},
         "journal, entrée 2 (etude.achat) : étude inconnue"},
        {{{"segment.suppression", R"({"id":7})"}},
         "journal, entrée 2 (segment.suppression) : segment inconnu"},
    };
    Workdir dir;
    const auto base = generate(dir, "base.cmc");
    int n = 0;
    for (const auto& forged : cases) {
        const auto file = dir / ("forge" + std::to_string(n++) + ".cmc");
        fs::copy_file(base, file);
        {
            cmcsim::Database db(file, cmcsim::Database::Mode::ReadWrite);
            auto journal = cmcsim::JournalStore::read(db);
            for (const auto& [kind, payload] : forged.entries) {
                journal.push_back(cmcsim::Journal::next(
                    &journal.back(), journal.back().simulatedDate, kind, payload));
                cmcsim::JournalStore::append(db, journal.back());
            }
        }
        const auto verified = runCli("verify " + file);
        EXPECT_EQ(verified.exitCode, 1) << file << "\n" << verified.out;
        EXPECT_TRUE(has(verified.err, forged.message)) << verified.err;
    }
}

TEST(AttemptCommands, VerifyPrintsNoEscapeSequenceAndChecksAnEmptyReceipt) {
    // Before the fix verify printed a register's names and a typed receipt raw (an ESC reached
    // the terminal), and skipped an empty --receipt "$CODE" with "épreuve intègre".
    Workdir dir;
    const auto file = generate(dir, "epreuve.cmc");
    const auto plain = runCli("verify " + file);
    std::smatch m;
    ASSERT_TRUE(
        std::regex_search(plain.out, m, std::regex("Empreinte de création : ([0-9a-f]{64})")))
        << plain.out;
    const auto registerFile = dir / "registre.csv";
    std::ofstream(registerFile) << "candidat;fichier;empreinte_creation\n\"\x1b]0;titre\x07\";"
                                   "\"\x1b[2J.cmc\";"
                                << m[1] << "\n";
    const auto listed = runCli("verify " + file + " --register " + registerFile);
    EXPECT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_TRUE(has(listed.out, "Registre : délivrée à")) << listed.out;
    EXPECT_FALSE(has(listed.out, "\x1b")) << listed.out;
    const auto typed = runCli("verify " + file + " --receipt \"$(printf 'A\\033[31m')\"");
    EXPECT_EQ(typed.exitCode, 2);
    EXPECT_TRUE(has(typed.err, "reçu illisible")) << typed.err;
    EXPECT_FALSE(has(typed.err, "\x1b")) << typed.err;
    EXPECT_EQ(runCli("verify " + file + " --receipt ''").exitCode, 2);
}

TEST(AttemptCommands, IssueWritesOneAttemptPerCandidateAndARegister) {
    Workdir dir;
    {
        std::ofstream list(dir / "candidats.csv", std::ios::binary);
        list << "\xEF\xBB\xBFnom\r\nMarie Dupont\r\n\"Martin, Léa\"\r\n\r\nÉlodie Hervé\r\n";
    }
    const auto issued = runCli("issue " + kScenario + " --candidates " + (dir / "candidats.csv") +
                               " -o " + (dir / "session"));
    ASSERT_EQ(issued.exitCode, 0) << issued.err;
    for (const auto* name : {"001-marie-dupont.cmc", "002-martin-lea.cmc", "003-elodie-herve.cmc"})
        EXPECT_TRUE(fs::exists(dir / ("session/" + std::string(name)))) << name;
    const auto reg = dir / "session/registre.csv";
    const auto mine =
        runCli("verify " + (dir / "session/002-martin-lea.cmc") + " --register " + reg);
    EXPECT_EQ(mine.exitCode, 0) << mine.err;
    EXPECT_TRUE(has(mine.out, "Registre : délivrée à Martin, Léa (002-martin-lea.cmc)"))
        << mine.out;
    EXPECT_TRUE(has(mine.out, "Candidat : Martin, Léa")) << mine.out;

    // An attempt generated outside the session is not in the register.
    const auto stranger = generate(dir, "etrangere.cmc");
    const auto refused = runCli("verify " + stranger + " --register " + reg);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(has(refused.err, "ne figure pas au registre")) << refused.err;

    // Issuing again into the same directory changes nothing.
    EXPECT_EQ(runCli("issue " + kScenario + " --candidates " + (dir / "candidats.csv") + " -o " +
                     (dir / "session"))
                  .exitCode,
              1);
}

TEST(AttemptCommands, TheRegisterKeepsAFormulaLikeNameAsText) {
    // A candidate named =1+1 (or =HYPERLINK(…)) must not run as a formula when the trainer opens
    // registre.csv in a spreadsheet: the cell starts with an apostrophe, and verify reads the name
    // back without it.
    Workdir dir;
    std::ofstream(dir / "candidats.csv", std::ios::binary) << "=1+1\r\n";
    ASSERT_EQ(runCli("issue " + kScenario + " --candidates " + (dir / "candidats.csv") + " -o " +
                     (dir / "session"))
                  .exitCode,
              0);
    const auto text = cmcsim::test::readFile(dir / "session/registre.csv");
    EXPECT_TRUE(has(text, "\r\n\"'=1+1\";")) << text;
    const auto mine = runCli("verify " + (dir / "session/001-1-1.cmc") + " --register " +
                             (dir / "session/registre.csv"));
    EXPECT_EQ(mine.exitCode, 0) << mine.err;
    EXPECT_TRUE(has(mine.out, "Registre : délivrée à =1+1 (001-1-1.cmc)")) << mine.out;
}

TEST(AttemptCommands, CandidateListErrorsAreAllReportedWithTheirLine) {
    Workdir dir;
    {
        std::ofstream list(dir / "liste.csv", std::ios::binary);
        list << "Marie Dupont\n\"\"\nMARIE DUPONT\nNom\x01Bizarre\n\xff\xfe\n";
    }
    const auto r = runCli("issue " + kScenario + " --candidates " + (dir / "liste.csv") + " -o " +
                          (dir / "session"));
    EXPECT_EQ(r.exitCode, 1);
    const auto list = dir / "liste.csv";
    EXPECT_TRUE(has(r.err, list + ":2 : nom de candidat vide")) << r.err;
    EXPECT_TRUE(has(r.err, list + ":3 : « MARIE DUPONT » figure déjà à la ligne 1")) << r.err;
    EXPECT_TRUE(has(r.err, list + ":4 : caractère de contrôle dans le nom")) << r.err;
    EXPECT_TRUE(has(r.err, list + ":5 : texte qui n'est pas de l'UTF-8 valide")) << r.err;
    EXPECT_FALSE(fs::exists(dir / "session"));
}

TEST(AttemptCommands, IssueWritesNothingWhenAnAttemptFileIsAlreadyThere) {
    // A folder holding 002-b.cmc (a former session without its register): issuing A and B
    // used to write 001-a.cmc, then stop at 002-b.cmc with no register, so a rerun also failed.
    Workdir dir;
    std::ofstream(dir / "candidats.csv", std::ios::binary) << "A\nB\n";
    fs::create_directories(dir / "session");
    std::ofstream(dir / "session/002-b.cmc") << "mine";
    const auto r = runCli("issue " + kScenario + " --candidates " + (dir / "candidats.csv") +
                          " -o " + (dir / "session"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(has(r.err, "002-b.cmc : le fichier existe déjà ; rien n'a été écrit")) << r.err;
    EXPECT_FALSE(has(r.err, "--force")) << r.err;  // issue has no --force
    EXPECT_FALSE(fs::exists(dir / "session/001-a.cmc"));
    EXPECT_EQ(cmcsim::test::readFile(dir / "session/002-b.cmc"), "mine");

    // One candidate: "1 épreuve délivrée", singular.
    std::ofstream(dir / "seul.csv", std::ios::binary) << "C\n";
    const auto one =
        runCli("issue " + kScenario + " --candidates " + (dir / "seul.csv") + " -o " + (dir / "s"));
    EXPECT_EQ(one.exitCode, 0) << one.err;
    EXPECT_TRUE(has(one.out, "1 épreuve délivrée ; registre")) << one.out;
}

// Found by a fresh tester: « étude inconnue « veille » » did not say which studies there are,
// nor did `scenario show`: the refusal lists the scenario's study ids, `scenario show` each one's.
TEST(AttemptCommands, AnUnknownStudyIsRefusedWithTheScenariosStudies) {
    Workdir dir;
    const auto session = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/session.json";
    const auto file = dir / "epreuve.cmc";
    ASSERT_EQ(runCli("generate " + session + " -o " + file).exitCode, 0);
    const auto refused = runCli("act " + file + " etude.achat --payload '{\"etude\": \"veile\"}'");
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(
        has(refused.err, "étude inconnue « veile » (études du scénario : veille, territoire)"))
        << refused.err;
    const auto shown = runCli("scenario show " + session);
    EXPECT_TRUE(has(shown.out, "(etude.achat : « veille »)")) << shown.out;
}
