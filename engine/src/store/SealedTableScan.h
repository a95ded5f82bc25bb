#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

// Reads a whole table of an attempt file in the order of its key (`SELECT * FROM table ORDER BY
// key`, every column, as AttemptDigest hashes it) and checks each block of rows against the
// digest sealed in the journal as soon as the block is complete, and the row count at the end:
// InputError "épreuve altérée : table …" (AttemptReader::checkBlock). A row is handed over
// before the rest of its block is read, so a caller commits what it made of the rows only once
// step() returned false. Nothing is checked in a format-1 file, which seals nothing.
class SealedTableScan {
public:
    // `key` is the column that orders the table in the digests (id; establishment_id for census).
    SealedTableScan(AttemptReader& reader, std::string_view table, std::string_view key);

    // Moves to the next row; false at the end (after the last checks).
    bool step();
    // The current row, with every column of the table in the order of its definition.
    Statement& row() { return statement_; }
    // The current row's position in key order, from 0.
    std::int64_t position() const { return rows_ - 1; }

private:
    void closeBlock();

    AttemptReader& reader_;
    std::string table_;
    Statement statement_;
    const AttemptReader::SealedBlocks* seal_;
    std::string block_;  // the encoded rows of the current block
    std::int64_t rows_ = 0;
};

// Checks against the seal, whole, the small tables AttemptReader read when opening and every
// output depends on (schema_version, attempt_info, scenario; the schema is checked by
// AttemptSchema), before a streamed command reads anything else.
void checkOpenedTables(AttemptReader& reader);

// The rows of a table: sealed (checked by a scan or verifyRows of what is read), or counted in a
// format-1 file.
std::int64_t tableRows(AttemptReader& reader, std::string_view table);

}  // namespace cmcsim
