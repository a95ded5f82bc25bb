#include "cmcsim/store/Database.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include "cmcsim/core/InputError.h"

namespace cmcsim {

namespace {
[[noreturn]] void fail(sqlite3* db, std::string_view context) {
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const std::string detail = db ? sqlite3_errmsg(db) : "erreur SQLite";
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    std::string what;
    switch (code & 0xff) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            what = "fichier endommagé ou tronqué, ou pas une base SQLite";
            break;
        case SQLITE_FULL:
            what = "disque plein";
            break;
        case SQLITE_READONLY:
            what = code == SQLITE_READONLY_ROLLBACK
                       ? "écriture interrompue : le journal de transaction laissé à côté du "
                         "fichier (-journal) doit être rejoué, ce qui demande le droit d'y écrire"
                       : "fichier en lecture seule";
            break;
        case SQLITE_CANTOPEN:
            what = "impossible d'ouvrir le fichier";
            break;
        default:
            // Unknown to cmcsim: SQLite's own words and the statement help whoever supports it.
            throw InputError(file && *file ? file : "base SQLite",
                             fmt::format("erreur de la base ({} ; {})", detail, context));
    }
    // Known: the French sentence says it all; SQLite's code stays for support, not its English
    // message nor the statement (a tester read "database disk image is malformed ; SELECT …").
    throw InputError(file && *file ? file : "base SQLite",
                     fmt::format("{} (code SQLite {})", what, code));
}
}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &statement_, nullptr) !=
        SQLITE_OK)
        fail(db, sql.substr(0, 60));
}

Statement::~Statement() {
    sqlite3_finalize(statement_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), statement_(other.statement_) {
    other.statement_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}
Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(statement_, index, value);
    return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindBlob(int index, std::span<const std::byte> blob) {
    sqlite3_bind_blob(statement_, index, blob.data(), static_cast<int>(blob.size()),
                      SQLITE_TRANSIENT);
    return *this;
}
Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(statement_, index);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(statement_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, sqlite3_sql(statement_));
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(statement_, column);
}
double Statement::real(int column) const {
    return sqlite3_column_double(statement_, column);
}
std::string Statement::text(int column) const {
    const auto* p = sqlite3_column_text(statement_, column);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)))
             : std::string();
}
std::span<const std::byte> Statement::blob(int column) const {
    const auto* p = static_cast<const std::byte*>(sqlite3_column_blob(statement_, column));
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column))};
}
bool Statement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

Database::Database(const std::filesystem::path& path, Mode mode) : path_(path) {
    // Memory statistics cost a global mutex per allocation; cmcsim does not use them.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    (void)configured;
    const int flags = mode == Mode::ReadOnly    ? SQLITE_OPEN_READONLY
                      : mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE
                                                : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const std::string detail = db_ ? sqlite3_errmsg(db_) : "";
        sqlite3_close(db_);
        db_ = nullptr;
        throw InputError(path.string(), fmt::format("impossible d'ouvrir le fichier ({})", detail));
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 2000);
}

Database::~Database() {
    sqlite3_close(db_);
}

void Database::exec(std::string_view sql) {
    char* message = nullptr;
    if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        sqlite3_free(message);
        fail(db_, sql.substr(0, 60));
    }
}

std::int64_t Database::scalar(std::string_view sql) {
    auto s = prepare(sql);
    return s.step() ? s.integer(0) : 0;
}

}  // namespace cmcsim
