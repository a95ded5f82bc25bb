// Reading a damaged or edited attempt: every row validated, every table sealed in the journal
// (cases R1-R6 of the shared cases README), the hand-in and its receipt.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "TestAttempts.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/JournalStore.h"

using namespace cmcsim;
using test::contains;
using test::createMinimal;
using test::openProblem;
using test::rawSql;
using test::reference;
namespace fs = std::filesystem;

namespace {
// One edit made with SQL and the start of what opening must say about it.
struct Damage {
    const char* sql;
    const char* expected;
};

// Ids below refer to the minimal scenario's attempt (200 establishments, ids from 0); the
// messages count lines from 1 (the row of id N is "ligne N + 1"), cells too.
const Damage kDamages[] = {
    // R1: an establishment's company outside the company table.
    {"UPDATE establishment SET company_id=999999 WHERE id=1",
     "fichier endommagé : table establishment, ligne 2, colonne company_id : attendu un id de la "
     "table company (0 à "},
    // R2: companies pointing to insurer 999 (the market has 2 insurers: the mutuelle and A).
    {"UPDATE company SET health_insurer_id=999 WHERE health_insurer_id IS NOT NULL",
     "colonne health_insurer_id : attendu un id de la table competitor (0 à 1), trouvé « 999 »"},
    // R3: a census of 70,000 cells (the 16-bit count overflowed).
    {"UPDATE census SET cells=zeroblob(12*70000) WHERE establishment_id=1",
     "fichier endommagé : table census, ligne 2, colonne cells : attendu des cellules de 12 "
     "octets, au plus 96, trouvé 840000 octets"},
    // R4: byte 2 (category) of the first cell of a census set to 0x80.
    {"UPDATE census SET cells=CAST(substr(cells,1,2) || X'80' || substr(cells,4) AS BLOB) WHERE "
     "establishment_id=(SELECT min(establishment_id) FROM census WHERE length(cells)>=12)",
     "colonne cells, cellule 1 : attendu tranche d'âge 0–5, sexe 0–1, catégorie 0–1, situation "
     "familiale 0–3, trouvé "},
    {"UPDATE census SET cells=cast(X'000080000100000010270000' AS BLOB) WHERE establishment_id=1",
     "fichier endommagé : table census, ligne 2, colonne cells, cellule 1 : attendu tranche d'âge "
     "0–5, sexe 0–1, catégorie 0–1, situation familiale 0–3, trouvé 0, 0, 128, 0"},
    {"DELETE FROM competitor",
     "fichier endommagé : table competitor : attendu au moins la ligne 1 (id 0 : la mutuelle du "
     "candidat), trouvé une table vide"},
    {"UPDATE company SET health_level=7 WHERE health_insurer_id IS NOT NULL",
     "colonne health_level : attendu un niveau de garanties de 1 à 4, trouvé « 7 »"},
    {"UPDATE company SET broker_id=-5 WHERE id=0",
     "table company, ligne 1, colonne broker_id : attendu un id de la table prescriber"},
    {"UPDATE company SET establishment_count=100000 WHERE id=0",
     "table company, ligne 1, colonne establishment_count"},
    {"UPDATE company SET siren='12345' WHERE id=2",
     "table company, ligne 3, colonne siren : attendu 9 chiffres, trouvé « 12345 »"},
    {"UPDATE company SET naf='99.99Z' WHERE id=3",
     "table company, ligne 4, colonne naf : attendu un code NAF connu"},
    {"UPDATE company SET health_satisfaction=2.5 WHERE health_insurer_id IS NOT NULL",
     "colonne health_satisfaction : attendu un nombre de 0 à 1, trouvé « 2.5 »"},
    {"UPDATE establishment SET head_office=2 WHERE id=4",
     "table establishment, ligne 5, colonne head_office : attendu 0 ou 1"},
    // A long value is shown cut at 40 bytes, never inside a character: 'a' then 20 'é' (2 bytes
    // each) is 41 bytes, cut after 19 'é'.
    {"UPDATE establishment SET created='aéééééééééééééééééééé' WHERE id=5",
     "« aééééééééééééééééééé… »"},
    {"UPDATE establishment SET created='2026-02-30' WHERE id=5",
     "table establishment, ligne 6, colonne created : attendu une date AAAA-MM-JJ"},
    {"UPDATE establishment SET headcount='douze' WHERE id=6",
     "table establishment, ligne 7, colonne headcount : attendu un effectif positif"},
    {"UPDATE establishment SET tranche_effectif='NN' WHERE id=7",
     "table establishment, ligne 8, colonne tranche_effectif : attendu une tranche d'effectif "
     "connue (NN n'existe que dans le fichier)"},
    {"UPDATE establishment SET commune='99999' WHERE id=7",
     "table establishment, ligne 8, colonne commune : attendu un code commune INSEE connu"},
    {"UPDATE establishment SET id=id+1000 WHERE id=8",
     "table establishment, ligne 9, colonne id : attendu 8 (identifiants consécutifs"},
    {"DELETE FROM census WHERE establishment_id=9",
     "table census, ligne 10, colonne establishment_id : attendu une ligne par établissement"},
    {"UPDATE census SET cells=X'0102' WHERE establishment_id=10",
     "table census, ligne 11, colonne cells : attendu des cellules de 12 octets"},
    {"UPDATE prospect SET establishment_id=-1 WHERE id=0",
     "table prospect, ligne 1, colonne establishment_id : attendu un id de la table "
     "establishment (0 à 199)"},
    {"UPDATE prospect SET tranche_effectif='99' WHERE id=1",
     "table prospect, ligne 2, colonne tranche_effectif : attendu une tranche d'effectif INSEE"},
    {"UPDATE prospect SET idcc='0000' WHERE id=2",
     "table prospect, ligne 3, colonne idcc : attendu un IDCC connu"},
    {"UPDATE defect SET kind='inconnu' WHERE id=0",
     "table defect, ligne 1, colonne kind : attendu un type d'anomalie connu"},
    {"UPDATE defect SET prospect_id=100000 WHERE id=0",
     "table defect, ligne 1, colonne prospect_id : attendu un id de la table prospect"},
    {"UPDATE prescriber SET kind='notaire' WHERE id=0",
     "table prescriber, ligne 1, colonne kind : attendu expert_comptable ou courtier"},
    {"UPDATE journal SET seq=5",
     "fichier endommagé : table journal, ligne 1, colonne seq : attendu 1"},
};

TEST(AttemptIntegrity, EveryDamagedRowIsNamedWithTableRowAndExpectation) {
    test::TempDir dir;
    const auto base = createMinimal(dir, "base.cmc");
    int index = 0;
    for (const auto& damage : kDamages) {
        const auto file = dir / ("abime-" + std::to_string(index++) + ".cmc");
        fs::copy_file(base, file);
        rawSql(file, damage.sql);
        const auto before = test::readFile(file);
        const auto p = openProblem(file);
        EXPECT_EQ(p.where, file.string()) << damage.sql;
        EXPECT_TRUE(contains(p.what, damage.expected))
            << damage.sql << "\n  said:     " << p.what << "\n  expected: " << damage.expected;
        EXPECT_EQ(test::readFile(file), before) << "opening modified " << damage.sql;
    }
}

TEST(AttemptIntegrity, CensusCellCountIsBoundedWhenRead) {
    // 97 valid cells: one more than the 6 × 2 × 2 × 4 = 96 distinct cells a census can have.
    test::TempDir dir;
    const auto file = createMinimal(dir);
    std::string cells;
    for (int i = 0; i < 97; ++i) cells += "000000000100000010270000";  // age 0, 1 person, 10 000 €
    rawSql(file, "UPDATE census SET cells=X'" + cells + "' WHERE establishment_id=3");
    EXPECT_TRUE(contains(openProblem(file).what,
                         "table census, ligne 4, colonne cells : attendu "
                         "des cellules de 12 octets, au plus 96, trouvé "
                         "1164 octets"));
}

TEST(AttemptIntegrity, EmptiedJournalIsRefused) {  // R5
    test::TempDir dir;
    const auto file = createMinimal(dir);
    rawSql(file, "DELETE FROM journal");
    const auto p = openProblem(file);
    EXPECT_TRUE(contains(p.what, "épreuve altérée : le journal est vide")) << p.what;
}

TEST(AttemptIntegrity, SwappedScenarioIsRefused) {  // R6
    test::TempDir dir;
    const auto file = createMinimal(dir);
    auto scenario = nlohmann::json::parse(test::minimalScenario().sourceJson);
    scenario["title"] = "Un autre scénario";
    scenario["territory"] = {{"communes", {"15014"}}};
    std::string json = scenario.dump();
    std::string quoted;
    for (const char c : json) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    rawSql(file, "UPDATE scenario SET json='" + quoted + "'");
    const auto p = openProblem(file);
    EXPECT_TRUE(contains(p.what,
                         "épreuve altérée : table scenario : ligne 1 modifiée depuis son "
                         "scellement dans le journal (entrée 1)"))
        << p.what;
}

TEST(AttemptIntegrity, EditedProspectRowIsLocated) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    const auto prospects = AttemptFile::open(file, reference()).market().prospects.size();
    // The digest cuts every table in blocks of kBlockRows rows (format 3), the last one shorter.
    const auto perBlock = static_cast<std::size_t>(AttemptDigest::kBlockRows);
    rawSql(file, "UPDATE prospect SET raison_sociale='Boulangerie Modifiée' WHERE id=40");
    const auto first = 40 / perBlock * perBlock;
    const auto last = std::min(first + perBlock, prospects) - 1;
    // Id 40 is line 41: the block's lines are counted from 1.
    const auto expected = first == last
                              ? "table prospect : ligne 41 modifiée"
                              : "table prospect : contenu modifié entre les lignes " +
                                    std::to_string(first + 1) + " et " + std::to_string(last + 1);
    const auto p = openProblem(file);
    EXPECT_TRUE(contains(p.what, expected)) << p.what << "\nexpected " << expected;
}

TEST(AttemptIntegrity, DeletedRowAndAddedTableAreReported) {
    test::TempDir dir;
    const auto base = createMinimal(dir, "base.cmc");
    fs::copy_file(base, dir / "a.cmc");
    rawSql(dir / "a.cmc", "DELETE FROM defect WHERE id=(SELECT max(id) FROM defect)");
    const auto defects = AttemptFile::open(base, reference()).market().defects.size();
    EXPECT_TRUE(contains(openProblem(dir / "a.cmc").what,
                         "table defect : " + std::to_string(defects - 1) + " lignes au lieu de " +
                             std::to_string(defects)));
    fs::copy_file(base, dir / "b.cmc");
    rawSql(dir / "b.cmc", "CREATE TABLE notes (texte TEXT)");
    EXPECT_TRUE(contains(openProblem(dir / "b.cmc").what, "table schema"));
}

TEST(AttemptIntegrity, ViewsTriggersAndGeneratedColumnsAreRefusedBeforeAnyRead) {
    // Each edit keeps the file small but, before the fix, made opening endless (a recursive
    // view read by the version check or the journal read) or allocate 900 MB a row (a
    // generated column read by the digest): objects the format does not define are refused
    // before any table is read.
    const char* edits[] = {
        "DROP TABLE schema_version; CREATE VIEW schema_version AS WITH RECURSIVE c(version) AS "
        "(SELECT 2 UNION ALL SELECT version FROM c) SELECT version FROM c",
        "ALTER TABLE journal RENAME TO j0; CREATE VIEW journal AS SELECT * FROM j0 UNION ALL "
        "SELECT * FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT "
        "x+1, '2026-01-01', 'w', 'k', 'p', 'h', 'h' FROM c)",
        "ALTER TABLE prospect ADD COLUMN g AS (zeroblob(900000000)) VIRTUAL",
        "CREATE TRIGGER t AFTER INSERT ON journal BEGIN DELETE FROM defect; END",
    };
    test::TempDir dir;
    const auto base = createMinimal(dir, "base.cmc");
    int n = 0;
    for (const auto* sql : edits) {
        const auto file = dir / ("edit" + std::to_string(n++) + ".cmc");
        fs::copy_file(base, file);
        rawSql(file, sql);
        const auto p = openProblem(file);
        EXPECT_TRUE(contains(p.what, "épreuve altérée : table schema : objet inattendu ou modifié"))
            << sql << "\n"
            << p.what;
    }
}

TEST(AttemptIntegrity, AWriteInterruptedByACrashIsRolledBackOnOpen) {
    // The state a crash leaves in the middle of a write: the file half written and its hot
    // rollback journal beside it, copied while the transaction is open. Before the fix every
    // open failed ("fichier en lecture seule": a read-only connection cannot roll it back), in
    // the CLI and the studio alike.
    test::TempDir dir;
    const auto file = createMinimal(dir);
    const auto crashed = dir / "crash.cmc";
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA cache_size=1; BEGIN; UPDATE prospect SET "
                           "raison_sociale=raison_sociale || 'x'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    fs::copy_file(file, crashed);
    fs::copy_file(file.string() + "-journal", crashed.string() + "-journal");
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    ASSERT_NE(test::readFile(crashed), test::readFile(file));  // the cache spilled to the file

    AttemptIntegrity proved;
    EXPECT_NO_THROW(AttemptFile::open(crashed, reference(), &proved));
    EXPECT_TRUE(proved.bound);
    EXPECT_EQ(test::readFile(crashed), test::readFile(file));  // the last committed state
    EXPECT_FALSE(fs::exists(crashed.string() + "-journal"));
}

TEST(AttemptIntegrity, DigestIgnoresVacuumButNotValues) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    rawSql(file, "VACUUM");
    EXPECT_NO_THROW(AttemptFile::open(file, reference()));
    // A summary column no command reads: only the digest can see the change.
    rawSql(file, "UPDATE census SET women=women+1 WHERE establishment_id=0");
    EXPECT_TRUE(contains(openProblem(file).what, "épreuve altérée : table census : "));
}

TEST(AttemptIntegrity, SealingGivesAReceiptAndRefusesEveryLaterCommand) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    std::string receipt;
    {
        AttemptSession session(file, reference());
        session.execute(command::kTag, {{"ligne", 2}, {"etiquette", "à rappeler"}});
        receipt = session.seal();
        EXPECT_TRUE(std::regex_match(receipt, std::regex("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]"
                                                         "{4}){3}")))
            << receipt;
        EXPECT_EQ(receipt, Journal::receiptCode(session.attempt().journal().back().hash));
        EXPECT_TRUE(session.state().sealed());
        const auto problems = test::inputProblems([&] {
            session.execute(command::kTag, {{"ligne", 3}, {"etiquette", "x"}});
        });
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_TRUE(contains(problems[0].what, "remise")) << problems[0].what;
        EXPECT_FALSE(test::inputProblems([&] { session.undo(2); }).empty());
    }
    AttemptIntegrity proved;
    const auto attempt = AttemptFile::open(file, reference(), &proved);
    EXPECT_TRUE(proved.sealed);
    EXPECT_TRUE(proved.bound);
    EXPECT_EQ(proved.bindingEntry, 1);
    EXPECT_EQ(proved.receipt, receipt);
    EXPECT_EQ(attempt.journal().size(), 3u);  // creation, tag, hand-in
    EXPECT_THROW(AttemptSession(file, reference()).seal(), InputError);
}

TEST(AttemptIntegrity, TypedReceiptsAreNormalised) {
    EXPECT_EQ(Journal::receiptCode(std::string(64, '0')), "0000-0000-0000-0000");
    // ff… = 80 one-bits = 16 × 31 = 16 × "Z".
    EXPECT_EQ(Journal::receiptCode(std::string(64, 'f')), "ZZZZ-ZZZZ-ZZZZ-ZZZZ");
    EXPECT_EQ(Journal::normaliseReceipt("abcd efgh jkmn pqrs"), "ABCD-EFGH-JKMN-PQRS");
    EXPECT_EQ(Journal::normaliseReceipt("o1il-0000-0000-0000"), "0111-0000-0000-0000");
    EXPECT_FALSE(Journal::normaliseReceipt("ABCD-EFGH-JKMN").has_value());
    EXPECT_FALSE(Journal::normaliseReceipt("ABCD-EFGH-JKMN-PQRU").has_value());  // no U
}

// A format-1 file: the first entry carries no digests, and the tables no index. Read-only it
// opens unbound; opened for work it is migrated to the current format and its tables are sealed
// in an "epreuve.liaison" entry.
TEST(AttemptIntegrity, FormatOneFileIsBoundWhenMigrated) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    {
        Database db(file, Database::Mode::ReadWrite);
        auto row = db.prepare("SELECT payload FROM journal WHERE seq=1");
        ASSERT_TRUE(row.step());
        auto payload = nlohmann::json::parse(row.text(0));
        payload.erase("empreintes");
        auto entry = Journal::next(nullptr, test::minimalScenario().startDate, command::kCreated,
                                   payload.dump());
        db.prepare("UPDATE journal SET payload=?, hash=? WHERE seq=1")
            .bind(1, entry.payload)
            .bind(2, entry.hash)
            .run();
        db.prepare("UPDATE journal SET wall_time=? WHERE seq=1").bind(1, entry.wallTime).run();
        db.exec("UPDATE schema_version SET version=1; PRAGMA user_version=1;");
    }
    {
        Database db(file, Database::Mode::ReadWrite);
        std::vector<std::string> indexes;
        auto names = db.prepare(
            "SELECT name FROM sqlite_schema WHERE type='index' AND sql IS "
            "NOT NULL");
        while (names.step()) indexes.push_back(names.text(0));
        for (const auto& index : indexes) db.exec("DROP INDEX " + index);
    }
    AttemptIntegrity proved;
    EXPECT_NO_THROW(AttemptFile::open(file, reference(), &proved));
    EXPECT_EQ(proved.formatVersion, 1);
    EXPECT_FALSE(proved.bound);
    { AttemptSession session(file, reference()); }
    AttemptFile::open(file, reference(), &proved);
    EXPECT_EQ(proved.formatVersion, AttemptSchema::kVersion);
    EXPECT_TRUE(proved.bound);
    EXPECT_EQ(proved.bindingEntry, 2);
    rawSql(file, "UPDATE prospect SET raison_sociale='X' WHERE id=0");
    EXPECT_TRUE(contains(openProblem(file).what, "(entrée 2)"));
}

TEST(AttemptIntegrity, ALaterEntryCannotResealTheTablesOfAFileCreatedAtTheCurrentFormat) {
    // A forger with the source edits the hidden truth, then appends an "epreuve.liaison" (or a
    // second "epreuve.creee") that seals the edited tables, keeping the issued first entry (so
    // the register agrees). Before the fix the last sealing entry was trusted and the file
    // opened as intact.
    const std::pair<const char*, const char*> resealing[] = {
        {command::kBound,
         "épreuve altérée : l'entrée 2 « epreuve.liaison » scelle à nouveau les tables d'une "
         "épreuve créée au format 3"},
        {command::kCreated,
         "épreuve altérée : l'entrée 2 « epreuve.creee » n'est pas la première du journal"}};
    for (const auto& [kind, message] : resealing) {
        test::TempDir dir;
        const auto file = createMinimal(dir);
        rawSql(file, "UPDATE establishment SET closed=1-closed WHERE id=3");
        {
            Database db(file, Database::Mode::ReadWrite);
            auto journal = JournalStore::read(db);
            const nlohmann::json payload = {
                {"empreintes", AttemptDigest::toJson(AttemptDigest::compute(db))}};
            JournalStore::append(db, Journal::next(&journal.back(), journal.back().simulatedDate,
                                                   kind, payload.dump()));
        }
        const auto p = openProblem(file);
        EXPECT_TRUE(contains(p.what, message)) << p.what;
    }
}

TEST(AttemptIntegrity, FormatTwoWithoutDigestsIsRefused) {
    // Removing the digests needs a new first entry: without the source's hash rules the chain
    // breaks; with them (a forger) the version still requires the digests.
    test::TempDir dir;
    const auto file = createMinimal(dir);
    {
        Database db(file, Database::Mode::ReadWrite);
        auto entry = Journal::next(nullptr, test::minimalScenario().startDate, command::kCreated,
                                   R"({"scenario":"minimal"})");
        db.exec("DELETE FROM journal");
        JournalStore::append(db, entry);
    }
    EXPECT_TRUE(contains(openProblem(file).what, "empreintes absentes"));
}
}  // namespace

// Found by a hostile tester: a forger rewrites the creation entry (and its hash, which has no
// secret): a seal whose blocks do not match the tables, or in an older layout than the file's,
// is refused by the full check too, since the lazy readers trust the sealed blocks alone.
TEST(AttemptIntegrity, ASealWithForgedBlocksOrLayoutIsRefused) {
    const auto forge = [](const std::filesystem::path& file, const auto& edit) {
        Database db(file, Database::Mode::ReadWrite);
        auto row = db.prepare("SELECT payload FROM journal WHERE seq=1");
        ASSERT_TRUE(row.step());
        auto payload = nlohmann::json::parse(row.text(0));
        edit(payload);
        auto entry = Journal::next(nullptr, test::minimalScenario().startDate, command::kCreated,
                                   payload.dump());
        db.prepare("UPDATE journal SET payload=?, hash=?, wall_time=? WHERE seq=1")
            .bind(1, entry.payload)
            .bind(2, entry.hash)
            .bind(3, entry.wallTime)
            .run();
    };
    test::TempDir dir;
    const auto blocks = createMinimal(dir, "blocs.cmc");
    forge(blocks, [](nlohmann::json& p) { p["empreintes"]["prospect"]["lignes_par_bloc"] = 1; });
    EXPECT_TRUE(contains(openProblem(blocks).what, "table prospect : "))
        << openProblem(blocks).what;
    const auto layout = createMinimal(dir, "format.cmc");
    forge(layout, [](nlohmann::json& p) { p["format"] = 2; });
    EXPECT_TRUE(contains(openProblem(layout).what,
                         "l'entrée 1 scelle les tables au format 2, le fichier est au format 3"))
        << openProblem(layout).what;
}
