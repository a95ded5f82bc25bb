#include "cmcsim/store/AttemptDigest.h"

#include <fmt/format.h>
#include <openssl/evp.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "cmcsim/store/Database.h"

namespace cmcsim {

namespace {
// Blocks per table at most: a change is located to 1/64th of a table.
constexpr std::int64_t kBlocksPerTable = 64;

// The tables in canonical order, each with the key that orders its rows. `schema` is the
// definition of every table (not its page numbers, which VACUUM changes).
// `key`, when set, is the table's integer primary key, which numbers its rows from 0.
struct TableQuery {
    const char* name;
    const char* sql;
    const char* key = nullptr;
};
constexpr std::array kTables = {
    TableQuery{"schema", "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"},
    TableQuery{"schema_version", "SELECT * FROM schema_version ORDER BY version"},
    TableQuery{"attempt_info", "SELECT * FROM attempt_info ORDER BY key"},
    TableQuery{"scenario", "SELECT * FROM scenario ORDER BY id, json"},
    TableQuery{"competitor", "SELECT * FROM competitor ORDER BY id", "id"},
    TableQuery{"prescriber", "SELECT * FROM prescriber ORDER BY id", "id"},
    TableQuery{"company", "SELECT * FROM company ORDER BY id", "id"},
    TableQuery{"establishment", "SELECT * FROM establishment ORDER BY id", "id"},
    TableQuery{"census", "SELECT * FROM census ORDER BY establishment_id", "establishment_id"},
    TableQuery{"prospect", "SELECT * FROM prospect ORDER BY id", "id"},
    TableQuery{"defect", "SELECT * FROM defect ORDER BY id", "id"},
};

using Context = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

Context newContext() {
    Context c(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(c.get(), EVP_sha256(), nullptr);
    return c;
}

std::string finish(EVP_MD_CTX* context, std::size_t hexDigits) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context, digest, &length);
    std::string hex;
    for (unsigned int i = 0; i < length && hex.size() < hexDigits; ++i)
        hex += fmt::format("{:02x}", digest[i]);
    return hex;
}

// Appends one value with its type and length, so that no two rows encode alike.
void encode(std::string& out, sqlite3_stmt* s, int column) {
    const int type = sqlite3_column_type(s, column);
    out += static_cast<char>(type);
    if (type == SQLITE_INTEGER) {
        const auto v = static_cast<std::uint64_t>(sqlite3_column_int64(s, column));
        for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
    } else if (type == SQLITE_FLOAT) {
        const double d = sqlite3_column_double(s, column);
        std::uint64_t v = 0;
        std::memcpy(&v, &d, sizeof v);
        for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xff);
    } else if (type != SQLITE_NULL) {
        const auto* p = static_cast<const char*>(
            type == SQLITE_BLOB ? sqlite3_column_blob(s, column)
                                : static_cast<const void*>(sqlite3_column_text(s, column)));
        const auto n = static_cast<std::uint32_t>(sqlite3_column_bytes(s, column));
        for (int i = 0; i < 4; ++i) out += static_cast<char>((n >> (8 * i)) & 0xff);
        if (n > 0) out.append(p, n);
    }
}

TableDigest digestOf(Database& db, const TableQuery& query) {
    TableDigest t;
    t.table = query.name;
    t.rows = db.scalar(fmt::format("SELECT count(*) FROM ({})", query.sql));
    t.blockRows = std::max<std::int64_t>(1, (t.rows + kBlocksPerTable - 1) / kBlocksPerTable);
    auto statement = db.prepare(query.sql);
    sqlite3_stmt* s = nullptr;
    auto whole = newContext();
    auto block = newContext();
    std::string buffer;
    std::int64_t row = 0;
    auto closeBlock = [&] {
        EVP_DigestUpdate(block.get(), buffer.data(), buffer.size());
        buffer.clear();
        const auto hex = finish(block.get(), 64);
        EVP_DigestUpdate(whole.get(), hex.data(), hex.size());
        t.blocks.push_back(hex.substr(0, 16));
        block = newContext();
    };
    while (statement.step()) {
        if (!s) s = statement.handle();
        const int columns = sqlite3_column_count(s);
        for (int c = 0; c < columns; ++c) encode(buffer, s, c);
        buffer += '\n';
        if (buffer.size() > 65536) {
            EVP_DigestUpdate(block.get(), buffer.data(), buffer.size());
            buffer.clear();
        }
        if (++row % t.blockRows == 0) closeBlock();
    }
    if (row % t.blockRows != 0) closeBlock();
    t.rows = row;
    const auto count = std::to_string(row);
    EVP_DigestUpdate(whole.get(), count.data(), count.size());
    t.digest = finish(whole.get(), 64);
    return t;
}
}  // namespace

std::string AttemptDigest::rangeDigest(Database& db, std::string_view table, std::int64_t first,
                                       std::int64_t count, std::size_t hexDigits) {
    const auto query = std::find_if(kTables.begin(), kTables.end(),
                                    [&](const TableQuery& t) { return t.name == table; });
    if (query == kTables.end())
        throw std::invalid_argument(fmt::format("table sans empreinte : {}", table));
    // A keyed table reads only the rows asked for, through its primary key.
    auto statement =
        query->key ? db.prepare(fmt::format("SELECT * FROM {0} WHERE {1} >= ?1 AND {1} < ?1 + ?2 "
                                            "ORDER BY {1}",
                                            query->name, query->key))
                   : db.prepare(fmt::format("{} LIMIT ?2 OFFSET ?1", query->sql));
    statement.bind(1, first).bind(2, count);
    auto context = newContext();
    std::string buffer;
    while (statement.step()) {
        sqlite3_stmt* s = statement.handle();
        const int columns = sqlite3_column_count(s);
        for (int c = 0; c < columns; ++c) encode(buffer, s, c);
        buffer += '\n';
    }
    EVP_DigestUpdate(context.get(), buffer.data(), buffer.size());
    return finish(context.get(), hexDigits);
}

void AttemptDigest::encodeRow(std::string& out, sqlite3_stmt* row) {
    const int columns = sqlite3_column_count(row);
    for (int c = 0; c < columns; ++c) encode(out, row, c);
    out += '\n';
}

std::string AttemptDigest::digestHex(std::string_view bytes, std::size_t hexDigits) {
    auto context = newContext();
    EVP_DigestUpdate(context.get(), bytes.data(), bytes.size());
    return finish(context.get(), hexDigits);
}

std::vector<TableDigest> AttemptDigest::compute(Database& db) {
    std::vector<TableDigest> tables;
    for (const auto& query : kTables) tables.push_back(digestOf(db, query));
    return tables;
}

nlohmann::json AttemptDigest::toJson(const std::vector<TableDigest>& tables) {
    auto json = nlohmann::json::object();
    for (const auto& t : tables)
        json[t.table] = {{"lignes", t.rows},
                         {"lignes_par_bloc", t.blockRows},
                         {"empreinte", t.digest},
                         {"blocs", t.blocks}};
    return json;
}

std::optional<std::string> AttemptDigest::firstDifference(const nlohmann::json& sealed,
                                                          const std::vector<TableDigest>& actual) {
    try {
        return compare(sealed, actual);
    } catch (const nlohmann::json::exception&) {
        return "empreintes scellées illisibles";
    }
}

std::optional<std::string> AttemptDigest::compare(const nlohmann::json& sealed,
                                                  const std::vector<TableDigest>& actual) {
    if (!sealed.is_object()) return "empreintes scellées illisibles";
    for (const auto& t : actual) {
        const auto it = sealed.find(t.table);
        if (it == sealed.end() || !it->is_object())
            return fmt::format("table {} absente des empreintes scellées", t.table);
        const auto& s = *it;
        if (s.value("empreinte", std::string()) == t.digest) continue;
        const auto rows = s.value("lignes", std::int64_t{-1});
        if (rows != t.rows)
            return fmt::format("table {} : {} lignes au lieu de {} à la création", t.table, t.rows,
                               rows);
        const auto blocks = s.value("blocs", std::vector<std::string>());
        for (std::size_t b = 0; b < t.blocks.size(); ++b) {
            if (b < blocks.size() && blocks[b] == t.blocks[b]) continue;
            const auto first = static_cast<std::int64_t>(b) * t.blockRows;
            const auto last = std::min(first + t.blockRows, t.rows) - 1;
            return first == last ? fmt::format("table {} : ligne {} modifiée", t.table, first)
                                 : fmt::format(
                                       "table {} : contenu modifié entre les lignes {} et {} "
                                       "(dans l'ordre de la table, à partir de 0)",
                                       t.table, first, last);
        }
        return fmt::format("table {} modifiée", t.table);
    }
    return std::nullopt;
}

}  // namespace cmcsim
