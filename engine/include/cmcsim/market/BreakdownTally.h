#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "cmcsim/market/MarketStatistics.h"

namespace cmcsim {

// Accumulates the rows of a breakdown by key (count and employees), keeping the first label.
class BreakdownTally {
public:
    void add(const std::string& key, const std::string& label, std::uint64_t employees);
    // The breakdown, largest first when `bySize` (else in key order), cut to `top` rows if
    // non-zero; totals always count every row.
    Breakdown take(std::string id, std::string title, std::string unit, bool bySize,
                   std::size_t top = 0);

private:
    std::map<std::string, BreakdownRow> rows_;
};

// French names of the months (1..12) and of the guarantee levels (1..4) of a health contract.
const char* monthName(unsigned month);
const char* coverageLevelLabel(int level);

}  // namespace cmcsim
