#pragma once

#include <filesystem>
#include <memory>
#include <mutex>
#include <span>
#include <unordered_map>
#include <vector>

#include "cmcsim/market/CensusOnDemand.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/store/MarketDetails.h"

namespace cmcsim {

struct ReferenceData;

// The census cells of an attempt's establishments read from its file when asked (a market opened
// with MarketParts::census false, issue 9): each census is read by MarketDetails::census,
// validated and checked against its sealed block. The last few thousand are kept (the cells of one
// company, of the lines on screen); a census that fails to read or its seal comes back empty, and
// the tamper check, which compares every table, refuses the attempt. Safe from any thread.
class FileCensus final : public CensusOnDemand {
public:
    FileCensus(std::filesystem::path file, const ReferenceData& reference);
    std::span<const CensusCell> cells(std::uint32_t establishment) const override;

private:
    mutable std::mutex mutex_;
    mutable MarketDetails details_;
    mutable std::unordered_map<std::uint32_t, std::vector<CensusCell>> kept_;
};

}  // namespace cmcsim
