#pragma once

#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

class AttemptReader;

// The tamper check of an attempt (docs/attempt-format.md, "Tamper evidence"): the digests of every
// sealed table, computed on a thread and a read-only connection of their own from construction,
// while the caller reads the market or works, then compared with the seal that `reader` found.
// AttemptFile::open waits for it before returning; an attempt opened for work in the studio
// (AttemptFile::openForWork) keeps it running after the window is usable.
class TamperCheck {
public:
    // Starts the check of the file `reader` opened; does nothing (and finish() succeeds at once)
    // for a format-1 file, which seals nothing.
    explicit TamperCheck(std::unique_ptr<AttemptReader> reader);
    // Interrupts the computation when it has not ended, and waits for its thread.
    ~TamperCheck();
    TamperCheck(const TamperCheck&) = delete;
    TamperCheck& operator=(const TamperCheck&) = delete;

    AttemptReader& reader() { return *reader_; }
    // Waits for the digests and compares them with the seal, once (any thread; later calls
    // give the first one's result): throws the InputError "épreuve altérée : table …, depuis son
    // scellement dans le journal (entrée N) …" naming the file and what changed, or what reading
    // the file threw.
    void finish();
    // The digests are computed (finish() will not wait for them).
    bool computed() const { return computed_; }

private:
    std::unique_ptr<AttemptReader> reader_;
    std::unique_ptr<Database> db_;
    std::vector<TableDigest> digests_;
    std::exception_ptr failure_;  // of the computation, then of the comparison
    std::atomic<bool> computed_{false};
    std::mutex finishing_;
    bool finished_ = false;
    std::thread thread_;  // last: it starts once the rest is ready
};

}  // namespace cmcsim
