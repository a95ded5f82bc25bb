#pragma once

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

namespace cmcsim {

// Starts the kernel's writeback of a file while it is being written, on a thread of its own
// (sync_file_range, which neither changes nor orders what is written), so that the fsync that
// makes the file durable at the end (OutputFile::commit) has little left to write: the disk works
// while the rows are generated instead of after them. Without the call (not Linux) it does nothing.
class EarlyWriteback {
public:
    explicit EarlyWriteback(const std::filesystem::path& file);
    ~EarlyWriteback();
    EarlyWriteback(const EarlyWriteback&) = delete;
    EarlyWriteback& operator=(const EarlyWriteback&) = delete;

    // Called by the writer after each chunk it wrote: every kChunks calls, the thread starts the
    // writeback of what the file holds so far (what the writer wrote meanwhile waits for the next).
    void chunkWritten();

    static constexpr int kChunks = 16;

private:
    void run();

    int fd_ = -1;
    int chunks_ = 0;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool pending_ = false, stopping_ = false;
    std::thread thread_;  // last: it starts once the rest is ready
};

}  // namespace cmcsim
