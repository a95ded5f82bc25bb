#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <stdexcept>

#include "EncodedMarket.h"

namespace cmcsim {

// Hands encoded market chunks from the generator thread to the writer, a few at a time.
class ChunkQueue {
public:
    void push(EncodedMarket&& chunk) {
        std::unique_lock lock(mutex_);
        notFull_.wait(lock, [&] { return chunks_.size() < 4 || cancelled_; });
        if (cancelled_) throw std::runtime_error("generation cancelled");
        chunks_.push_back(std::move(chunk));
        notEmpty_.notify_one();
    }
    // False once the producer is done and everything was taken.
    bool pop(EncodedMarket& chunk) {
        std::unique_lock lock(mutex_);
        notEmpty_.wait(lock, [&] { return !chunks_.empty() || done_; });
        if (chunks_.empty()) return false;
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
    // A written chunk's buffers, handed back so that the next chunk is encoded into them without
    // allocating again (the encoder clears them and keeps their capacity).
    void recycle(EncodedMarket&& chunk) {
        std::lock_guard lock(mutex_);
        if (spares_.size() < 2) spares_.push_back(std::move(chunk));
    }
    EncodedMarket spare() {
        std::lock_guard lock(mutex_);
        if (spares_.empty()) return {};
        EncodedMarket chunk = std::move(spares_.back());
        spares_.pop_back();
        return chunk;
    }
    void cancel() {
        std::lock_guard lock(mutex_);
        cancelled_ = true;
        notFull_.notify_all();
    }

private:
    std::mutex mutex_;
    std::condition_variable notEmpty_, notFull_;
    std::deque<EncodedMarket> chunks_, spares_;
    bool done_ = false, cancelled_ = false;
};

}  // namespace cmcsim
