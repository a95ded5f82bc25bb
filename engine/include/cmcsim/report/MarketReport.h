#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cmcsim/market/MarketStatistics.h"

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

// Pads or cuts UTF-8 text to `width` characters (code points), on one line (oneLine): the
// cells of every table the CLI prints.
std::string fitColumn(const std::string& text, std::size_t width);

}  // namespace cmcsim
