#pragma once

#include <cstdint>
#include <vector>

#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/plan/ProspectView.h"

namespace cmcsim {

// Breakdowns of lines of the prospect file as the candidate sees them (sector, size, agreement,
// commune, and the current cover once a study revealed it), for the market workspace's charts.
struct ProspectBreakdown {
    Breakdown sections, divisions, sizeBands, idcc, communes, insurers, renewalMonths, levels;
    std::uint64_t lines = 0, employees = 0;

    static ProspectBreakdown compute(const ProspectView& view,
                                     const std::vector<std::uint32_t>& lines, const Market& market,
                                     const ReferenceData& reference);
};

}  // namespace cmcsim
