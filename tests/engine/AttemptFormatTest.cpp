// Attempt file format 3 (docs/attempt-format.md): the indexes of the one-company reads, the seal
// cut in blocks of 2048 rows and computed while the file is written, and the migration of a
// format-2 file (tests/fixtures/attempts/format2-minimal.cmc, written by cmcsim 5ffa3ae, format 2).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "TestAttempts.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/JournalStore.h"

using namespace cmcsim;
using test::contains;
using test::createLarger;
using test::openProblem;
using test::rawSql;
using test::reference;
namespace fs = std::filesystem;

namespace {
nlohmann::json payloadOf(Database& db, std::int64_t seq) {
    auto row = db.prepare("SELECT payload FROM journal WHERE seq=?");
    row.bind(1, seq);
    return row.step() ? nlohmann::json::parse(row.text(0)) : nlohmann::json();
}

// A copy of the format-2 fixture, written by the cmcsim of format 2.
fs::path formatTwoCopy(const test::TempDir& dir) {
    const auto file = dir / "format2.cmc";
    fs::copy_file(test::fixturePath("attempts/format2-minimal.cmc"), file);
    return file;
}

std::int64_t indexCount(const fs::path& file) {
    Database db(file, Database::Mode::ReadOnly);
    return db.scalar("SELECT count(*) FROM sqlite_schema WHERE type='index' AND sql IS NOT NULL");
}
}  // namespace

TEST(AttemptFormat, SealWrittenWhileGeneratingIsTheDigestOfTheFinishedFile) {
    test::TempDir dir;
    const auto file = createLarger(dir);
    Database db(file, Database::Mode::ReadOnly);
    const auto creation = payloadOf(db, 1);
    EXPECT_EQ(creation["format"], 3);
    // Every table, the market's sealed from the rows as they were bound, equals what reading the
    // finished file gives.
    EXPECT_EQ(creation["empreintes"], AttemptDigest::toJson(AttemptDigest::compute(db, 3)));
    const auto& establishments = creation["empreintes"]["establishment"];
    EXPECT_EQ(establishments["lignes"], 5000);
    EXPECT_EQ(establishments["lignes_par_bloc"], 2048);
    // ceil(5000 / 2048) = 3 blocks of 32 hex digits.
    ASSERT_EQ(establishments["blocs"].size(), 3u);
    EXPECT_EQ(establishments["blocs"][2].get<std::string>().size(), 32u);
    AttemptIntegrity proved;
    EXPECT_NO_THROW(AttemptFile::open(file, reference(), &proved));
    EXPECT_EQ(proved.formatVersion, 3);
    EXPECT_TRUE(proved.bound);
    EXPECT_EQ(proved.bindingEntry, 1);
}

TEST(AttemptFormat, AFewRowsAreCheckedAgainstTheSealByReadingOnlyTheirBlock) {
    test::TempDir dir;
    const auto file = createLarger(dir);
    Database db(file, Database::Mode::ReadWrite);
    const auto sealed = payloadOf(db, 1)["empreintes"];
    for (const char* table : {"establishment", "census", "prospect", "company"}) {
        const auto& t = sealed[table];
        const auto blocks = t["blocs"].get<std::vector<std::string>>();
        for (std::size_t b = 0; b < blocks.size(); ++b)
            EXPECT_EQ(AttemptDigest::rangeDigest(db, table, static_cast<std::int64_t>(b) * 2048,
                                                 2048, 32),
                      blocks[b])
                << table << " block " << b;
        // The table digest follows from its block digests and row count.
        EXPECT_EQ(AttemptDigest::digestOfBlocks(blocks, t["lignes"].get<std::int64_t>()),
                  t["empreinte"])
            << table;
    }
    db.exec("UPDATE prospect SET raison_sociale='Boulangerie Modifiée' WHERE id=3000");
    const auto blocks = sealed["prospect"]["blocs"];
    EXPECT_EQ(AttemptDigest::rangeDigest(db, "prospect", 0, 2048, 32), blocks[0]);
    EXPECT_NE(AttemptDigest::rangeDigest(db, "prospect", 2048, 2048, 32), blocks[1]);
}

TEST(AttemptFormat, AnEditIsLocatedToItsBlockOf2048Rows) {
    test::TempDir dir;
    const auto file = createLarger(dir);
    rawSql(file, "UPDATE census SET women=women+1 WHERE establishment_id=3000");
    // Row 3000 lies in block 1: rows 2048 to 4095, lines 2049 to 4096 counted from 1.
    EXPECT_TRUE(contains(openProblem(file).what,
                         "table census : contenu modifié entre les lignes 2049 et 4096"))
        << openProblem(file).what;
}

TEST(AttemptFormat, GenerationIsReproducibleToTheByteButForTheCreationTime) {
    test::TempDir dir;
    const auto a = test::readFile(createLarger(dir, "a.cmc"));
    const auto b = test::readFile(createLarger(dir, "b.cmc"));
    ASSERT_EQ(a.size(), b.size());
    // Only the creation entry's wall time (20 characters, 2026-11-29T18:52:07Z) and hash (64 hex
    // digits) may differ.
    std::size_t differing = 0;
    for (std::size_t i = 0; i < a.size(); ++i) differing += a[i] != b[i];
    EXPECT_LE(differing, 20u + 64u);
}

TEST(AttemptFormat, FormatThreeHoldsExactlyItsIndexes) {
    test::TempDir dir;
    const auto base = test::createMinimal(dir, "base.cmc");
    EXPECT_EQ(indexCount(base), 6);
    fs::copy_file(base, dir / "dropped.cmc");
    rawSql(dir / "dropped.cmc", "DROP INDEX prospect_siret");
    EXPECT_TRUE(contains(openProblem(dir / "dropped.cmc").what,
                         "épreuve altérée : table schema : objet absent (index « prospect_siret »)"
                         " ; attendu au format 3"))
        << openProblem(dir / "dropped.cmc").what;
    fs::copy_file(base, dir / "added.cmc");
    rawSql(dir / "added.cmc", "CREATE INDEX prospect_name ON prospect(raison_sociale)");
    EXPECT_TRUE(contains(openProblem(dir / "added.cmc").what,
                         "objet inattendu ou modifié (index « prospect_name »)"));
}

TEST(AttemptFormat, FormatTwoFileOpensReadOnlyUnchanged) {
    test::TempDir dir;
    const auto file = formatTwoCopy(dir);
    const auto before = test::readFile(file);
    AttemptIntegrity proved;
    const auto attempt = AttemptFile::open(file, reference(), &proved);
    EXPECT_EQ(proved.formatVersion, 2);
    EXPECT_TRUE(proved.bound);
    EXPECT_EQ(proved.bindingEntry, 1);
    EXPECT_EQ(attempt.market().prospects.size(), 214u);  // "214 lignes" when it was written
    EXPECT_EQ(test::readFile(file), before);
    // A format-2 file has no index: one added is refused like any unknown object.
    rawSql(file, "CREATE INDEX prospect_siret ON prospect(siret)");
    EXPECT_TRUE(contains(openProblem(file).what,
                         "objet inattendu ou modifié (index « prospect_siret ») ; attendu les "
                         "seules tables et index du format 2"));
}

TEST(AttemptFormat, FormatTwoFileIsMigratedAndSealedAgainWhenOpenedForWork) {
    test::TempDir dir;
    const auto file = formatTwoCopy(dir);
    {
        AttemptSession session(file, reference());
        EXPECT_EQ(session.attempt().journal().back().kind, command::kBound);
    }
    AttemptIntegrity proved;
    EXPECT_NO_THROW(AttemptFile::open(file, reference(), &proved));
    EXPECT_EQ(proved.formatVersion, 3);
    EXPECT_EQ(proved.bindingEntry, 2);
    EXPECT_EQ(indexCount(file), 6);
    {
        Database db(file, Database::Mode::ReadOnly);
        const auto liaison = payloadOf(db, 2);
        EXPECT_EQ(liaison["format"], 3);
        EXPECT_EQ(liaison["empreintes"]["prospect"]["lignes_par_bloc"], 2048);
        // The creation still seals the format-2 layout: 64 blocks of ceil(214 / 64) = 4 rows.
        EXPECT_EQ(payloadOf(db, 1)["empreintes"]["prospect"]["lignes_par_bloc"], 4);
    }
    // Opening again neither migrates nor seals again.
    { AttemptSession session(file, reference()); }
    AttemptFile::open(file, reference(), &proved);
    EXPECT_EQ(proved.bindingEntry, 2);
    rawSql(file, "UPDATE prospect SET raison_sociale='X' WHERE id=0");
    // Sealed again in blocks of 2,048 rows: the 214 lines are one block.
    EXPECT_TRUE(contains(openProblem(file).what,
                         "table prospect : contenu modifié entre les lignes 1 et 214 (dans "
                         "l'ordre de la table, à partir de 1) depuis son scellement dans le "
                         "journal (entrée 2)"))
        << openProblem(file).what;
}

TEST(AttemptFormat, AnEditBeforeTheMigrationIsRefusedAtTheMigration) {
    test::TempDir dir;
    const auto file = formatTwoCopy(dir);
    rawSql(file, "UPDATE prospect SET effectif=effectif+1 WHERE id=10");
    const auto edited = test::readFile(file);
    const auto problems = test::inputProblems([&] { AttemptSession session(file, reference()); });
    ASSERT_EQ(problems.size(), 1u);
    // Format 2 cuts the 214 prospect lines in blocks of 4: id 10 is in rows 8 to 11, lines 9 to
    // 12 counted from 1.
    EXPECT_TRUE(contains(problems[0].what,
                         "épreuve altérée : table prospect : contenu modifié entre les lignes 9 "
                         "et 12"))
        << problems[0].what;
    EXPECT_EQ(test::readFile(file), edited);  // not migrated, not sealed again
}

TEST(AttemptFormat, EachLiaisonMustSealANewerFormat) {
    // A forger edits a migrated file and seals it again in a second "epreuve.liaison", which a
    // migration never writes: it is refused before the tables are compared.
    test::TempDir dir;
    const auto file = formatTwoCopy(dir);
    { AttemptSession session(file, reference()); }
    rawSql(file, "UPDATE establishment SET closed=1-closed WHERE id=3");
    {
        Database db(file, Database::Mode::ReadWrite);
        auto journal = JournalStore::read(db);
        const nlohmann::json payload = {
            {"format", 3}, {"empreintes", AttemptDigest::toJson(AttemptDigest::compute(db, 3))}};
        JournalStore::append(db, Journal::next(&journal.back(), journal.back().simulatedDate,
                                               command::kBound, payload.dump()));
    }
    EXPECT_TRUE(contains(openProblem(file).what,
                         "épreuve altérée : l'entrée 3 « epreuve.liaison » scelle les tables au "
                         "format 3 après le format 3"))
        << openProblem(file).what;
}

TEST(AttemptFormat, TheSealingEntryIsFoundWithoutReadingTheTables) {
    test::TempDir dir;
    const auto file = formatTwoCopy(dir);
    auto sealOf = [&] {
        Database db(file, Database::Mode::ReadOnly);
        return AttemptFile::sealOf(JournalStore::read(db), AttemptSchema::version(db),
                                   file.string());
    };
    const auto created = sealOf();
    ASSERT_TRUE(created.has_value());
    EXPECT_EQ(created->entry, 1);
    EXPECT_EQ(created->format, 2);  // no "format" in a format-2 creation entry
    { AttemptSession session(file, reference()); }
    const auto migrated = sealOf();
    ASSERT_TRUE(migrated.has_value());
    EXPECT_EQ(migrated->entry, 2);
    EXPECT_EQ(migrated->format, 3);
    // One line checked against the seal: its block (the 214 lines are block 0) read alone.
    Database db(file, Database::Mode::ReadOnly);
    EXPECT_EQ(AttemptDigest::rangeDigest(db, "prospect", 0, AttemptDigest::kBlockRows,
                                         AttemptDigest::kBlockHexDigits),
              migrated->digests["prospect"]["blocs"][0]);
}
