#include "BlockDigests.h"

#include "cmcsim/store/Database.h"

namespace cmcsim {

BlockDigests::Result BlockDigests::compute(Database& db, const Work& work) {
    Result out;
    out.digests.resize(work.ranges.size());
    out.failures.resize(work.ranges.size());
    for (std::size_t i = 0; i < work.ranges.size(); ++i) {
        const auto& range = work.ranges[i];
        try {
            out.digests[i] = AttemptDigest::rangeDigest(db, range.table, range.first, range.rows,
                                                        range.hexDigits);
        } catch (...) {
            out.failures[i] = std::current_exception();
        }
    }
    try {
        for (const auto table : work.tables)
            out.tables.push_back(AttemptDigest::computeTable(db, table, work.format));
    } catch (...) {
        out.tablesFailure = std::current_exception();
    }
    return out;
}

BlockDigests::BlockDigests(std::filesystem::path file, Work work) : work_(std::move(work)) {
    thread_ = std::thread([this, file = std::move(file)] {
        try {
            Database db(file, Database::Mode::ReadOnly);
            result_ = compute(db, work_);
        } catch (...) {
            failure_ = std::current_exception();
        }
    });
}

BlockDigests::~BlockDigests() {
    if (thread_.joinable()) thread_.join();
}

const BlockDigests::Result& BlockDigests::result() {
    if (thread_.joinable()) thread_.join();
    if (failure_) std::rethrow_exception(failure_);
    return result_;
}

}  // namespace cmcsim
