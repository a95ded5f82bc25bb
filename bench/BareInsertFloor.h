#pragma once

#include <cstddef>
#include <filesystem>

namespace cmcsim::bench {

// The independent floor of generation (docs/performance.md): the rows of an attempt file,
// dumped once in a compact binary file, inserted into a new SQLite file with the SQLite C API
// alone (no cmcsim code), with the schema of the source file and the pragmas of
// AttemptSchema::createForBulkWrite, in one transaction. Values keep their SQLite types.
class BareInsertFloor {
public:
    // Writes every row of every table of `attempt` (in rowid order, tables in the order of
    // sqlite_schema), and the schema's SQL, to `dump`. Throws std::runtime_error.
    static void dump(const std::filesystem::path& attempt, const std::filesystem::path& dump);

    // Maps `dump` into memory, every page read (MAP_POPULATE), so that insertInto reads no
    // file. Throws std::runtime_error.
    explicit BareInsertFloor(const std::filesystem::path& dump);
    ~BareInsertFloor();
    BareInsertFloor(const BareInsertFloor&) = delete;
    BareInsertFloor& operator=(const BareInsertFloor&) = delete;

    // The timed part: creates `file` (which must not exist) with page_size 8192, journal_mode
    // OFF, synchronous OFF, cache_size -65536, then in one transaction the tables, every row
    // (prepare once per table, then bind, step, reset per row), and last the indexes, as
    // cheap as SQLite allows. Returns the number of rows. Throws std::runtime_error.
    std::size_t insertInto(const std::filesystem::path& file) const;

private:
    const unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace cmcsim::bench
