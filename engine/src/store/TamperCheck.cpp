#include "cmcsim/store/TamperCheck.h"

#include <sqlite3.h>

#include <chrono>

#include "cmcsim/store/AttemptReader.h"

namespace cmcsim {

TamperCheck::TamperCheck(std::unique_ptr<AttemptReader> reader) : reader_(std::move(reader)) {
    const auto format = reader_->sealFormat();
    if (!format) {
        computed_ = true;
        return;
    }
    db_ = std::make_unique<Database>(reader_->file(), Database::Mode::ReadOnly);
    thread_ = std::thread([this, format = *format] {
        try {
            digests_ = AttemptDigest::compute(*db_, format);
        } catch (...) {
            failure_ = std::current_exception();
        }
        computed_ = true;
    });
}

TamperCheck::~TamperCheck() {
    if (!thread_.joinable()) return;
    // Each interrupt stops the statements running; the next table's would start anew.
    while (!computed_) {
        sqlite3_interrupt(db_->handle());
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    thread_.join();
}

void TamperCheck::finish() {
    const std::lock_guard lock(finishing_);
    if (!finished_) {
        finished_ = true;
        if (thread_.joinable()) thread_.join();
        if (!failure_) try {
                reader_->verifyDigests(digests_);
            } catch (...) {
                failure_ = std::current_exception();
            }
        digests_.clear();
    }
    if (failure_) std::rethrow_exception(failure_);
}

}  // namespace cmcsim
