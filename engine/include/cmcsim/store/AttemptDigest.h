#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3_stmt;

namespace cmcsim {

class Database;

// The fingerprint of one table of an attempt file: its row count, the SHA-256 of its rows in
// canonical order, and the digests of consecutive blocks of rows that say where a change is.
struct TableDigest {
    std::string table;
    std::int64_t rows = 0;
    std::int64_t blockRows = 1;       // rows per block
    std::string digest;               // SHA-256, hex
    std::vector<std::string> blocks;  // first 16 hex digits of each block's SHA-256
};

// Fingerprints every table of an attempt except the journal (the schema, the scenario as
// loaded, the market and the hidden truth) so that the first journal entry can seal them: the
// journal's hash chain then binds the whole attempt (docs/attempt-format.md, "Tamper evidence").
// Every column of every row is read, in the order of the table's key, with its SQLite type.
struct AttemptDigest {
    static std::vector<TableDigest> compute(Database& db);
    // The first `hexDigits` hex digits of the SHA-256 of rows [first, first + count) of `table`
    // in canonical order (for a table keyed by id, the rows whose id is in that range): a
    // block's digest when the range is a sealed block. Throws std::invalid_argument for a table
    // that is not fingerprinted.
    static std::string rangeDigest(Database& db, std::string_view table, std::int64_t first,
                                   std::int64_t count, std::size_t hexDigits);
    // Appends the current row of `row` (every column, with its SQLite type) in the encoding the
    // digests hash, so that a reader streaming a table can hash what it reads (SealedTableScan).
    static void encodeRow(std::string& out, sqlite3_stmt* row);
    // The first `hexDigits` hex digits of the SHA-256 of `bytes`: a block's digest when `bytes`
    // are its rows, encoded by encodeRow.
    static std::string digestHex(std::string_view bytes, std::size_t hexDigits);
    static nlohmann::json toJson(const std::vector<TableDigest>& tables);
    // The first difference between sealed digests (toJson) and the file's, as a French sentence
    // naming the table and the rows; nullopt when they agree.
    static std::optional<std::string> firstDifference(const nlohmann::json& sealed,
                                                      const std::vector<TableDigest>& actual);

private:
    static std::optional<std::string> compare(const nlohmann::json& sealed,
                                              const std::vector<TableDigest>& actual);
};

}  // namespace cmcsim
