#include "cmcsim/store/FileCensus.h"

namespace cmcsim {

namespace {
// The censuses kept: thousands of companies' cells, at most 96 cells of 12 bytes each.
constexpr std::size_t kKeptCensuses = 4096;
}  // namespace

FileCensus::FileCensus(std::filesystem::path file, const ReferenceData& reference)
    : details_(std::move(file), reference) {}

std::span<const CensusCell> FileCensus::cells(std::uint32_t establishment) const {
    const std::lock_guard lock(mutex_);
    if (const auto it = kept_.find(establishment); it != kept_.end()) return it->second;
    std::vector<CensusCell> read;
    try {
        read = details_.census(establishment);
    } catch (const std::exception&) {  // InputError, or what reading the file threw
        read.clear();
    }
    if (kept_.size() >= kKeptCensuses) kept_.clear();
    return kept_.emplace(establishment, std::move(read)).first->second;
}

}  // namespace cmcsim
