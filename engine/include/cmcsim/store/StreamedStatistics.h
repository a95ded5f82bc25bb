#pragma once

#include <cstddef>

#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/prospects/Knowledge.h"

namespace cmcsim {

class AttemptReader;

// The market statistics of an attempt file computed from a single pass over the rows they
// need, each table checked against the seal as it is read (SealedTableScan), without building
// the market: the same figures as over AttemptFile::open's market, in a fraction of the memory.
struct StreamedStatistics {
    // The evaluator's (MarketStatistics::compute): reads the competitor, company, establishment
    // and defect tables whole, and counts the prescribers and prospect lines.
    static MarketStatistics truth(AttemptReader& reader, std::size_t top = 15);
    // The candidate's (ProspectBreakdown::statistics over a view with `knowledge`): reads the
    // prospect file through ProspectStream.
    static MarketStatistics candidate(AttemptReader& reader, const Knowledge& knowledge,
                                      std::size_t top = 15);
};

}  // namespace cmcsim
