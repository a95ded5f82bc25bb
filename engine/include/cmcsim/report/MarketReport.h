#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/report/TextTable.h"  // fitColumn, which the tables of the report use

namespace cmcsim {

// Renders market statistics as a French text report (aligned tables) or as JSON.
class MarketReport {
public:
    MarketReport(const MarketStatistics& statistics, bool withTruth)
        : stats_(statistics), withTruth_(withTruth) {}

    std::string text(const std::string& heading) const;
    nlohmann::json json() const;

private:
    const MarketStatistics& stats_;
    bool withTruth_;
};

}  // namespace cmcsim
