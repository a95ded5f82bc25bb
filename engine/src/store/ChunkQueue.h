#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <stdexcept>

namespace cmcsim {

// Hands chunks (generated or encoded market chunks) from one thread to the next, a few at a
// time, in order.
template <typename Chunk>
class ChunkQueue {
public:
    // Waits while the queue is full; throws once the queue was cancelled.
    void push(Chunk&& chunk) {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return chunks_.size() < 4 || cancelled_; });
        if (cancelled_) throw std::runtime_error("generation cancelled");
        chunks_.push_back(std::move(chunk));
        notEmpty_.notify_one();
    }
    // False once the producer is done and everything was taken, or once cancelled.
    bool pop(Chunk& chunk) {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return !chunks_.empty() || done_ || cancelled_; });
        if (chunks_.empty() || cancelled_) return false;
        chunk = std::move(chunks_.front());
        chunks_.pop_front();
        notFull_.notify_one();
        return true;
    }
    void finish() {
        std::lock_guard lock(mutex_);
        done_ = true;
        notEmpty_.notify_all();
    }
    // A consumed chunk, handed back so that the next one is filled in its buffers without
    // allocating again (the encoder clears them and keeps their capacity).
    void recycle(Chunk&& chunk) {
        std::lock_guard lock(mutex_);
        if (spares_.size() < 2) spares_.push_back(std::move(chunk));
    }
    Chunk spare() {
        std::lock_guard lock(mutex_);
        if (spares_.empty()) return {};
        Chunk chunk = std::move(spares_.back());
        spares_.pop_back();
        return chunk;
    }
    // Wakes both sides: push throws, pop returns false.
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        notFull_.notify_all();
        notEmpty_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable notEmpty_, notFull_;
    std::deque<Chunk> chunks_, spares_;
    bool done_ = false, cancelled_ = false;
};

}  // namespace cmcsim
