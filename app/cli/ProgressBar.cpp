#include "ProgressBar.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::cli {

ProgressBar::ProgressBar(std::string what)
    : what_(std::move(what)),
      start_(std::chrono::steady_clock::now()),
      terminal_(isatty(STDERR_FILENO) != 0) {}

ProgressBar::~ProgressBar() {
    if (drawn_) fmt::print(stderr, "\n");
}

void ProgressBar::update(std::uint64_t done, std::uint64_t total) {
    if (!terminal_ || total == 0) return;
    if (!drawn_ && std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
    drawn_ = true;
    constexpr int width = 30;
    const double fraction = static_cast<double>(done) / static_cast<double>(total);
    const int filled = static_cast<int>(fraction * width);
    fmt::print(stderr, "\r[{}{}] {:3} % {} / {} {}",
               std::string(static_cast<std::size_t>(filled), '#'),
               std::string(static_cast<std::size_t>(width - filled), ' '),
               static_cast<int>(fraction * 100), frenchNumber(static_cast<double>(done), 0),
               frenchNumber(static_cast<double>(total), 0), what_);
    std::fflush(stderr);
}

}  // namespace cmcsim::cli
