#include "EarlyWriteback.h"

#include <fcntl.h>
#include <unistd.h>

namespace cmcsim {

EarlyWriteback::EarlyWriteback(const std::filesystem::path& file)
    : fd_(::open(file.c_str(), O_RDONLY | O_CLOEXEC)) {
#ifdef SYNC_FILE_RANGE_WRITE
    if (fd_ >= 0) thread_ = std::thread([this] { run(); });
#endif
}

EarlyWriteback::~EarlyWriteback() {
    if (thread_.joinable()) {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }
    if (fd_ >= 0) ::close(fd_);
}

void EarlyWriteback::chunkWritten() {
    if (!thread_.joinable() || ++chunks_ % kChunks != 0) return;
    {
        std::lock_guard lock(mutex_);
        pending_ = true;
    }
    wake_.notify_one();
}

void EarlyWriteback::run() {
    std::unique_lock lock(mutex_);
    while (true) {
        wake_.wait(lock, [&] { return pending_ || stopping_; });
        if (stopping_) return;
        pending_ = false;
        lock.unlock();
#ifdef SYNC_FILE_RANGE_WRITE
        // Asynchronous: the pages dirty now are queued for writing, none is waited for. A failure
        // only leaves more to the final fsync, which reports its own.
        (void)::sync_file_range(fd_, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
        lock.lock();
    }
}

}  // namespace cmcsim
