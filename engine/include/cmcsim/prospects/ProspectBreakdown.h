#pragma once

#include <cstdint>
#include <vector>

#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/prospects/ProspectView.h"

namespace cmcsim {

// Breakdowns of lines of the prospect file as the candidate sees them (sector, size, agreement,
// commune, and the current cover once a study revealed it), for the market workspace's charts.
struct ProspectBreakdown {
    Breakdown sections, divisions, sizeBands, idcc, communes, insurers, renewalMonths, levels;
    std::uint64_t lines = 0, employees = 0;

    static ProspectBreakdown compute(const ProspectView& view,
                                     const std::vector<std::uint32_t>& lines, const Market& market,
                                     const ReferenceData& reference);
    // The market statistics the candidate can compute from the prospect file as known (CLI
    // `market stats` without --truth): lines known closed or duplicated left out, companies by
    // SIREN, cover only where a study revealed it ("non connu" otherwise).
    static MarketStatistics statistics(const ProspectView& view, const ReferenceData& reference,
                                       std::size_t top = 15);
};

}  // namespace cmcsim
