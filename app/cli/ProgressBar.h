#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace cmcsim::cli {

// A progress bar on stderr, drawn only on a terminal and only once a run has lasted a second.
class ProgressBar {
public:
    explicit ProgressBar(std::string what);
    ~ProgressBar();
    void update(std::uint64_t done, std::uint64_t total);

private:
    std::string what_;
    std::chrono::steady_clock::time_point start_;
    bool terminal_;
    bool drawn_ = false;
};

}  // namespace cmcsim::cli
