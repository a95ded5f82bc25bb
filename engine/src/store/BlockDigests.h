#pragma once

#include <cstdint>
#include <exception>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "cmcsim/store/AttemptDigest.h"

namespace cmcsim {

class Database;

// The digests of sealed blocks of rows (AttemptDigest::rangeDigest) and of whole small tables
// (AttemptDigest::computeTable) that a reader of a few rows compares with the seal, computed
// either at once on the reader's connection or from construction on a read-only connection and
// a thread of their own, while the reader works with the rows (CompanyExtract's deferred check).
class BlockDigests {
public:
    // Rows [first, first + rows) of a table, hashed to `hexDigits` hex digits.
    struct Range {
        std::string_view table;
        std::int64_t first, rows;
        std::size_t hexDigits;
    };
    // What to compute: the ranges, and whole tables in the seal's `format`.
    struct Work {
        std::vector<Range> ranges;
        std::vector<std::string_view> tables;
        int format = 0;
    };
    // Each range's digest, or what reading it threw; the tables' digests, or what computing
    // them threw.
    struct Result {
        std::vector<std::string> digests;
        std::vector<std::exception_ptr> failures;
        std::vector<TableDigest> tables;
        std::exception_ptr tablesFailure;
    };

    // Computes `work` on `db` now.
    static Result compute(Database& db, const Work& work);

    // Starts computing `work` on a read-only connection to `file` and a thread of their own.
    BlockDigests(std::filesystem::path file, Work work);
    // Waits for the thread when result() was not called.
    ~BlockDigests();
    BlockDigests(const BlockDigests&) = delete;
    BlockDigests& operator=(const BlockDigests&) = delete;

    // Waits for the digests; rethrows what opening the second connection threw.
    const Result& result();

private:
    Work work_;
    Result result_;
    std::exception_ptr failure_;  // of opening the connection
    std::thread thread_;          // last: it starts once the rest is ready
};

}  // namespace cmcsim
