#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "cmcsim/market/BreakdownTally.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/prospects/ProspectView.h"

namespace cmcsim {

struct ReferenceData;

// Counts the market statistics the candidate can compute from the prospect file as known, one
// line at a time, in file order (ProspectBreakdown::statistics over a view in memory, or a
// streamed attempt file): lines known closed or duplicated left out, companies by the SIREN the
// file lists, each company's cover as the candidate knows it for its first line.
class KnownMarketTally {
public:
    // `lines`: the lines of the prospect file (sizes the table of companies, so that both
    // paths visit the companies in the same order). `reference` and `competitors` must outlive
    // the tally.
    KnownMarketTally(const ReferenceData& reference, const std::vector<Competitor>& competitors,
                     std::size_t lines);
    // Counts a line as described (CandidateKnowledge::describe: its health cover in insurer,
    // coverageLevel and renewal), with its known provident insurer (-2 not known, -1 none).
    void add(const ProspectRow& row, bool knownDuplicate, std::int16_t providentInsurer);
    // The statistics; prospectRecords and the prescribers are the caller's to fill.
    MarketStatistics take(std::size_t top);

private:
    struct KnownFirm {
        std::int16_t health = -2, provident = -2;
        std::uint8_t level = 0;
        Date renewal;
        std::uint64_t employees = 0;
    };
    MarketTallies tallies_;
    MarketStatistics statistics_;
    std::unordered_map<std::uint64_t, KnownFirm> firms_;  // by SIREN, as the file lists them
};

}  // namespace cmcsim
