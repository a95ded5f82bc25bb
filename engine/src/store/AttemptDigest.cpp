#include "cmcsim/store/AttemptDigest.h"

#include <fmt/format.h>

#include <array>
#include <stdexcept>

#include "BlockSealer.h"
#include "RowEncoding.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

namespace {
// Format 2: blocks per table at most, so that a change is located to 1/64th of a table.
constexpr std::int64_t kBlocksPerTableV2 = 64;

// The tables in canonical order, each with the key that orders its rows: `sql` reads them all,
// `range` the rows at positions [?1, ?2). `schema` is the definition of every table and index
// (not its page numbers, which VACUUM changes), without ANALYZE's statistics tables
// (sqlite_stat1, sqlite_stat4: query-planner hints, not data of the attempt).
struct TableQuery {
    const char* name;
    const char* sql;
    const char* range;
};
constexpr std::array kTables = {
    TableQuery{"schema",
               "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT GLOB "
               "'sqlite_stat[0-9]*' ORDER BY type, name",
               "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT GLOB "
               "'sqlite_stat[0-9]*' ORDER BY type, name LIMIT ?2 - ?1 OFFSET ?1"},
    TableQuery{"schema_version", "SELECT * FROM schema_version ORDER BY version",
               "SELECT * FROM schema_version ORDER BY version LIMIT ?2 - ?1 OFFSET ?1"},
    TableQuery{"attempt_info", "SELECT * FROM attempt_info ORDER BY key",
               "SELECT * FROM attempt_info ORDER BY key LIMIT ?2 - ?1 OFFSET ?1"},
    TableQuery{"scenario", "SELECT * FROM scenario ORDER BY id, json",
               "SELECT * FROM scenario ORDER BY id, json LIMIT ?2 - ?1 OFFSET ?1"},
    TableQuery{"competitor", "SELECT * FROM competitor ORDER BY id",
               "SELECT * FROM competitor WHERE id >= ?1 AND id < ?2 ORDER BY id"},
    TableQuery{"prescriber", "SELECT * FROM prescriber ORDER BY id",
               "SELECT * FROM prescriber WHERE id >= ?1 AND id < ?2 ORDER BY id"},
    TableQuery{"company", "SELECT * FROM company ORDER BY id",
               "SELECT * FROM company WHERE id >= ?1 AND id < ?2 ORDER BY id"},
    TableQuery{"establishment", "SELECT * FROM establishment ORDER BY id",
               "SELECT * FROM establishment WHERE id >= ?1 AND id < ?2 ORDER BY id"},
    TableQuery{"census", "SELECT * FROM census ORDER BY establishment_id",
               "SELECT * FROM census WHERE establishment_id >= ?1 AND establishment_id < ?2 "
               "ORDER BY establishment_id"},
    TableQuery{"prospect", "SELECT * FROM prospect ORDER BY id",
               "SELECT * FROM prospect WHERE id >= ?1 AND id < ?2 ORDER BY id"},
    TableQuery{"defect", "SELECT * FROM defect ORDER BY id",
               "SELECT * FROM defect WHERE id >= ?1 AND id < ?2 ORDER BY id"},
};

const TableQuery& queryOf(std::string_view table) {
    for (const auto& query : kTables)
        if (query.name == table) return query;
    throw std::invalid_argument(fmt::format("AttemptDigest: no sealed table {}", table));
}

// Appends the rows `statement` gives to `buffer`, handing each to `sealer` (or to nobody).
void encodeRows(Statement& statement, std::string& buffer, BlockSealer* sealer) {
    sqlite3_stmt* s = statement.handle();
    while (statement.step()) {
        const int columns = sqlite3_column_count(s);
        for (int c = 0; c < columns; ++c) RowEncoding::column(buffer, s, c);
        RowEncoding::endRow(buffer);
        if (!sealer) continue;
        sealer->endRow(buffer);
        if (buffer.size() > 65536) {
            sealer->flush(buffer);
            buffer.clear();
        }
    }
}
}  // namespace

const std::vector<std::string>& AttemptDigest::tables() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const auto& query : kTables) n.emplace_back(query.name);
        return n;
    }();
    return names;
}

TableDigest AttemptDigest::computeTable(Database& db, std::string_view table, int format) {
    const auto& query = queryOf(table);
    auto sealer = [&] {
        if (format >= kFirstFixedBlockFormat) return BlockSealer(query.name);
        const auto rows = db.scalar(fmt::format("SELECT count(*) FROM ({})", query.sql));
        return BlockSealer(
            query.name,
            std::max<std::int64_t>(1, (rows + kBlocksPerTableV2 - 1) / kBlocksPerTableV2), 16, 64);
    }();
    auto statement = db.prepare(query.sql);
    std::string buffer;
    encodeRows(statement, buffer, &sealer);
    sealer.flush(buffer);
    return sealer.finish();
}

std::vector<TableDigest> AttemptDigest::compute(Database& db, int format) {
    std::vector<TableDigest> digests;
    for (const auto& query : kTables) digests.push_back(computeTable(db, query.name, format));
    return digests;
}

std::string AttemptDigest::rangeDigest(Database& db, std::string_view table, std::int64_t firstRow,
                                       std::int64_t rowCount, std::size_t hexDigits) {
    auto statement = db.prepare(queryOf(table).range);
    statement.bind(1, firstRow).bind(2, firstRow + rowCount);
    // One buffer per thread, kept from block to block: a block of the market's rows is about
    // half a megabyte, which a new string would grow and fault in again for every block.
    thread_local std::string buffer;
    buffer.clear();
    encodeRows(statement, buffer, nullptr);
    return BlockSealer::sha256(buffer, hexDigits);
}

std::string AttemptDigest::digestOfBlocks(const std::vector<std::string>& blocks,
                                          std::int64_t rows) {
    std::string material;
    for (const auto& block : blocks) material += block;
    material += std::to_string(rows);
    return BlockSealer::sha256(material, 64);
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
        // The blocks must agree too: a reader of a few rows trusts the sealed blocks alone.
        if (s.value("empreinte", std::string()) == t.digest &&
            s.value("lignes", std::int64_t{-1}) == t.rows &&
            s.value("lignes_par_bloc", std::int64_t{-1}) == t.blockRows &&
            s.value("blocs", std::vector<std::string>()) == t.blocks)
            continue;
        const auto rows = s.value("lignes", std::int64_t{-1});
        if (rows != t.rows)
            return fmt::format("table {} : {} lignes au lieu de {} à la création", t.table, t.rows,
                               rows);
        const auto blocks = s.value("blocs", std::vector<std::string>());
        for (std::size_t b = 0; b < t.blocks.size(); ++b) {
            if (b < blocks.size() && blocks[b] == t.blocks[b]) continue;
            const auto first = static_cast<std::int64_t>(b) * t.blockRows;
            const auto last = std::min(first + t.blockRows, t.rows) - 1;
            // Lines counted from 1, as users count them.
            return first == last ? fmt::format("table {} : ligne {} modifiée", t.table, first + 1)
                                 : fmt::format(
                                       "table {} : contenu modifié entre les lignes {} et {} "
                                       "(dans l'ordre de la table, à partir de 1)",
                                       t.table, first + 1, last + 1);
        }
        if (s.value("lignes_par_bloc", std::int64_t{-1}) != t.blockRows)
            return fmt::format("table {} : {} lignes par bloc au lieu de {} scellées", t.table,
                               t.blockRows, s.value("lignes_par_bloc", std::int64_t{-1}));
        return fmt::format("table {} modifiée", t.table);
    }
    return std::nullopt;
}

}  // namespace cmcsim
