#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/store/AttemptSchema.h"

namespace cmcsim {

class Database;

// The fingerprint of one table of an attempt file: its row count, the SHA-256 of its rows in
// canonical order, and the digests of consecutive blocks of rows that say where a change is.
struct TableDigest {
    std::string table;
    std::int64_t rows = 0;
    std::int64_t blockRows = 1;       // rows per block
    std::string digest;               // SHA-256, hex
    std::vector<std::string> blocks;  // each block's SHA-256, first 16 (format 2) or 32 hex digits
};

// Fingerprints every table of an attempt except the journal (the schema, the scenario as
// loaded, the market and the hidden truth) so that the first journal entry can seal them: the
// journal's hash chain then binds the whole attempt (docs/attempt-format.md, "Tamper evidence").
// Every column of every row is read, in the order of the table's key, with its SQLite type.
//
// Two seal layouts exist, chosen by the sealing entry's "format" (2 when absent):
// - format 2: every table cut in 64 blocks of ceil(rows / 64) rows, block digests of 16 hex
//   digits, the table digest the SHA-256 of the blocks' full digests and the row count;
// - format 3: blocks of kBlockRows rows (block b = rows [kBlockRows b, kBlockRows (b + 1))),
//   block digests of 32 hex digits, the table digest the SHA-256 of those 32-digit block digests
//   followed by the decimal row count (digestOfBlocks), so that a few rows can be checked
//   against the seal by reading only their block (rangeDigest).
struct AttemptDigest {
    static constexpr std::int64_t kBlockRows = 2048;    // format 3
    static constexpr std::size_t kBlockHexDigits = 32;  // format 3
    static constexpr int kFirstFixedBlockFormat = 3;    // formats 1-2 use 64 blocks a table

    // The sealed tables, in canonical order.
    static const std::vector<std::string>& tables();
    // Every sealed table in the layout of `format` (2 or 3; 1 is read as 2).
    static std::vector<TableDigest> compute(Database& db, int format = AttemptSchema::kVersion);
    // One table of tables() in the layout of `format`; std::invalid_argument for another name.
    static TableDigest computeTable(Database& db, std::string_view table,
                                    int format = AttemptSchema::kVersion);
    // The first `hexDigits` hex digits of the SHA-256 of the rows at positions
    // [firstRow, firstRow + rowCount) of `table` in canonical order (rows past the end are not
    // there to hash): with kBlockRows rows from kBlockRows b and kBlockHexDigits, block b of a
    // format-3 seal. For the market tables a row's position is its id (establishment_id for the
    // census) and only those rows are read, through the primary key.
    static std::string rangeDigest(Database& db, std::string_view table, std::int64_t firstRow,
                                   std::int64_t rowCount, std::size_t hexDigits);
    // A format-3 table digest from its block digests and row count.
    static std::string digestOfBlocks(const std::vector<std::string>& blocks, std::int64_t rows);

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
