#include "cmcsim/store/AttemptSchema.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <string>
#include <vector>

#include "cmcsim/core/InputError.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

namespace {
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE attempt_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE scenario (id TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE competitor (id INTEGER PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL,
  kind TEXT NOT NULL, market_share REAL, price_level REAL, guarantee_level INTEGER,
  service_quality REAL);
CREATE TABLE prescriber (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
  commune TEXT NOT NULL, contact_name TEXT, contact_role TEXT, phone TEXT, email TEXT);
CREATE TABLE company (id INTEGER PRIMARY KEY, siren TEXT NOT NULL, name TEXT NOT NULL,
  legal_form TEXT, naf TEXT NOT NULL, idcc TEXT, size_band TEXT NOT NULL, headcount INTEGER,
  created TEXT, first_establishment INTEGER, establishment_count INTEGER,
  accountant_id INTEGER, broker_id INTEGER,
  health_insurer_id INTEGER, health_level INTEGER, health_premium_cents INTEGER,
  health_renewal TEXT, health_satisfaction REAL, health_propensity REAL,
  provident_insurer_id INTEGER, provident_level INTEGER, provident_premium_cents INTEGER,
  provident_renewal TEXT, provident_satisfaction REAL, provident_propensity REAL);
CREATE TABLE establishment (id INTEGER PRIMARY KEY, siret TEXT NOT NULL, company_id INTEGER NOT NULL,
  head_office INTEGER NOT NULL, naf TEXT NOT NULL, tranche_effectif TEXT NOT NULL,
  headcount INTEGER NOT NULL, commune TEXT NOT NULL, created TEXT, closed INTEGER NOT NULL);
CREATE TABLE census (establishment_id INTEGER PRIMARY KEY, headcount INTEGER NOT NULL,
  women INTEGER NOT NULL, cadres INTEGER NOT NULL, salary_mass_eur INTEGER NOT NULL, cells BLOB);
CREATE TABLE prospect (id INTEGER PRIMARY KEY, establishment_id INTEGER NOT NULL,
  siret TEXT NOT NULL, siren TEXT NOT NULL, raison_sociale TEXT NOT NULL, naf TEXT NOT NULL,
  tranche_effectif TEXT NOT NULL, effectif INTEGER, commune TEXT NOT NULL, idcc TEXT,
  contact_name TEXT, contact_role TEXT, phone TEXT, email TEXT);
CREATE TABLE defect (id INTEGER PRIMARY KEY, prospect_id INTEGER NOT NULL, kind TEXT NOT NULL,
  truth TEXT NOT NULL);
CREATE TABLE journal (seq INTEGER PRIMARY KEY, sim_date TEXT NOT NULL, wall_time TEXT NOT NULL,
  kind TEXT NOT NULL, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
INSERT INTO schema_version VALUES (1);
)sql";

// Format 3: the indexes the one-company reads use (a SIRET, a SIREN, the prospect lines of an
// establishment, the defects of a line). A new file gets them after its rows are written
// (AttemptSchema::finishBulkWrite), which is cheaper than maintaining them row by row.
constexpr const char* kIndexesV3 = R"sql(
CREATE INDEX prospect_siret ON prospect(siret);
CREATE INDEX prospect_siren ON prospect(siren);
CREATE INDEX prospect_establishment ON prospect(establishment_id);
CREATE INDEX establishment_siret ON establishment(siret);
CREATE INDEX company_siren ON company(siren);
CREATE INDEX defect_prospect ON defect(prospect_id);
)sql";

// Migrations[k] brings a file from version k+1 to k+2.
// 1 → 2: no table changes; from format 2 the first journal entry seals the digests of every
// table (AttemptDigest). 2 → 3: the indexes of kIndexesV3, and the seal's blocks of 2048 rows.
// After any migration AttemptSession seals the tables again in an "epreuve.liaison" entry (the
// first entry cannot be rewritten), which a file is refused when created at the current format
// (a format-3 creation entry records "format": 3 so that a migrated format-2 file can be told
// apart); a new table must also be added to AttemptDigest's list to be sealed.
constexpr std::array<const char*, 2> kMigrations = {"", kIndexesV3};
static_assert(kMigrations.size() == AttemptSchema::kVersion - 1);

// The objects of the schema (type, name, definition), in the order of sqlite_schema's key.
using SchemaObjects = std::vector<std::array<std::string, 3>>;

SchemaObjects schemaObjects(Database& db) {
    SchemaObjects objects;
    // ANALYZE's statistics tables (sqlite_stat1, sqlite_stat4) guide SQLite's query planner and
    // hold no data of the attempt: running ANALYZE on a file does not alter it.
    auto rows = db.prepare(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT GLOB "
        "'sqlite_stat[0-9]*' ORDER BY type, name");
    while (rows.step()) objects.push_back({rows.text(0), rows.text(1), rows.text(2)});
    return objects;
}

// The objects of a format's schema: formats 1 and 2 have the same tables, format 3 adds
// kIndexesV3.
const SchemaObjects& expectedObjects(int version) {
    static const auto objectsOf = [](bool indexes) {
        Database memory(":memory:", Database::Mode::Create);
        memory.exec(kSchemaV1);
        if (indexes) memory.exec(kIndexesV3);
        return schemaObjects(memory);
    };
    static const SchemaObjects formatTwo = objectsOf(false), formatThree = objectsOf(true);
    return version >= 3 ? formatThree : formatTwo;
}

// Refuses any object the format does not define before anything reads the tables: a view,
// a trigger or a generated column could make a read endless or huge (a recursive view named
// `journal`, a column of zeroblob(900000000)).
void checkObjects(Database& db, int version) {
    const auto& expected = expectedObjects(version);
    const auto actual = schemaObjects(db);
    for (const auto& object : actual)
        if (std::find(expected.begin(), expected.end(), object) == expected.end())
            throw InputError(
                db.path().string(),
                fmt::format("épreuve altérée : table schema : objet inattendu ou modifié ({} "
                            "« {} ») ; attendu les seules tables et index du format {}",
                            object[0], object[1].substr(0, 60), version));
    for (const auto& object : expected)
        if (std::find(actual.begin(), actual.end(), object) == actual.end())
            throw InputError(
                db.path().string(),
                fmt::format("épreuve altérée : table schema : objet absent ({} « {} ») ; "
                            "attendu au format {}",
                            object[0], object[1], version));
}

// The tables of the current version, marked as a cmcsim attempt of that version.
void createTables(Database& db) {
    db.exec(fmt::format("PRAGMA application_id = {}; PRAGMA user_version = {};",
                        AttemptSchema::kApplicationId, AttemptSchema::kVersion));
    db.exec(kSchemaV1);
    db.exec(fmt::format("UPDATE schema_version SET version = {};", AttemptSchema::kVersion));
}
}  // namespace

void AttemptSchema::create(Database& db) {
    createTables(db);
    finishBulkWrite(db);
}

void AttemptSchema::createForBulkWrite(Database& db) {
    // `threads`: the sort of finishBulkWrite's CREATE INDEX may use a second core (the
    // generator's, idle by then); the index it builds is the same.
    db.exec(
        "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA "
        "cache_size = -65536; PRAGMA threads = 1;");
    createTables(db);
}

void AttemptSchema::finishBulkWrite(Database& db) {
    db.exec(kIndexesV3);
}

void AttemptSchema::checkFile(const std::filesystem::path& path) {
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status))
        throw InputError(path.string(),
                         "c'est un dossier : un fichier d'épreuve (.cmc) est attendu");
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw InputError(path.string(),
                         "ce n'est pas un fichier ordinaire (tube, périphérique ou socket) : un "
                         "fichier d'épreuve (.cmc) est attendu");
    if (!std::filesystem::is_regular_file(status))
        throw InputError(path.string(), "fichier d'épreuve introuvable");
    const auto size = std::filesystem::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const bool magic = std::string_view(reinterpret_cast<const char*>(header.data()), 16) ==
                       std::string_view("SQLite format 3\0", 16);
    if (magic && (!in || size < 100))
        throw InputError(path.string(),
                         fmt::format("fichier d'épreuve tronqué : {} octets, moins que l'en-tête "
                                     "SQLite (100 octets)",
                                     size));
    if (!in || size < 100 || !magic)
        throw InputError(path.string(),
                         "ce n'est pas un fichier d'épreuve cmcsim (.cmc) : en-tête SQLite absent");
    // A write interrupted by a crash (the studio appending to the journal) leaves a hot rollback
    // journal beside the file, which a read-only connection cannot roll back: every open would
    // fail. Rolling it back restores the last committed state, which the checks then read.
    const std::filesystem::path hotJournal = path.string() + "-journal";
    if (std::filesystem::is_regular_file(hotJournal, ec) &&
        std::filesystem::file_size(hotJournal, ec) > 0 && !ec) {
        Database db(path, Database::Mode::ReadWrite);
        db.scalar("SELECT count(*) FROM sqlite_schema");
    }
    auto be32 = [&](std::size_t at) {
        return (std::uint32_t{header[at]} << 24) | (std::uint32_t{header[at + 1]} << 16) |
               (std::uint32_t{header[at + 2]} << 8) | header[at + 3];
    };
    std::uint32_t pageSize = (std::uint32_t{header[16]} << 8) | header[17];
    if (pageSize == 1) pageSize = 65536;
    const std::uint32_t pages = be32(28);
    const bool sizeValid = be32(24) == be32(92);
    if (sizeValid && pages > 0 && size < std::uint64_t{pages} * pageSize)
        throw InputError(path.string(), fmt::format("fichier tronqué : {} octets au lieu de {}",
                                                    size, std::uint64_t{pages} * pageSize));
    if (be32(68) != static_cast<std::uint32_t>(kApplicationId))
        throw InputError(path.string(),
                         "base SQLite étrangère : ce n'est pas un fichier d'épreuve cmcsim");
    // SQLite's header bytes 18-19 are 2 in WAL mode (sqlite.org/fileformat.html), which another
    // program (`sqlite3 f.cmc "PRAGMA journal_mode=WAL"`) may set: every read-only command would
    // then leave -wal and -shm files beside the attempt. Like the hot journal above, the file is
    // put back in the rollback-journal mode cmcsim writes (a header field no seal covers; a
    // pending WAL is checkpointed into the file first, where the checks then read it). On a
    // read-only medium the file is read as it is.
    if (header[18] == 2 || header[19] == 2) try {
            Database db(path, Database::Mode::ReadWrite);
            db.exec("PRAGMA journal_mode = DELETE");
        } catch (const InputError&) {
        }
}

int AttemptSchema::version(Database& db) {
    return static_cast<int>(db.scalar("PRAGMA user_version"));
}

int AttemptSchema::checkDatabase(Database& db) {
    if (db.scalar("PRAGMA application_id") != kApplicationId)
        throw InputError(db.path().string(),
                         "base SQLite étrangère : ce n'est pas un fichier d'épreuve cmcsim");
    const auto version = AttemptSchema::version(db);
    if (version > kVersion)
        throw InputError(
            db.path().string(),
            fmt::format("fichier créé par une version plus récente de cmcsim (format {}, "
                        "cette version lit jusqu'au format {}) ; il n'a pas été modifié",
                        version, kVersion));
    checkObjects(db, version);
    if (version < 1 || db.scalar("SELECT max(version) FROM schema_version") != version)
        throw InputError(db.path().string(),
                         fmt::format("fichier endommagé : table schema_version : attendu {}, "
                                     "la version de PRAGMA user_version",
                                     version));
    return version;
}

void AttemptSchema::migrate(Database& db, const std::function<void()>& inTransaction) {
    int version = checkDatabase(db);
    if (version == kVersion) return;
    db.exec("BEGIN IMMEDIATE");
    try {
        for (; version < kVersion; ++version) {
            db.exec(kMigrations[static_cast<std::size_t>(version - 1)]);
            db.exec(
                fmt::format("UPDATE schema_version SET version = {0}; PRAGMA user_version = {0};",
                            version + 1));
        }
        if (inTransaction) inTransaction();
        db.exec("COMMIT");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
}

}  // namespace cmcsim
