#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "cmcsim/market/MarketStatistics.h"

namespace cmcsim {

struct ReferenceData;

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

// The tallies of a market statistics report, taken in its order: sector, size, territory and
// agreement by establishment, then cover by company.
struct MarketTallies {
    BreakdownTally sections, divisions, bands, departements, communes, idcc;
    BreakdownTally insurers, renewal, levels, provident;
    // Counts an establishment (indices into the reference data; idcc -1 = none) in the first six.
    void addEstablishment(const ReferenceData& reference, std::uint16_t naf, std::uint8_t sizeBand,
                          std::uint32_t commune, std::int16_t idcc, std::uint64_t employees);
    // Counts a company's health cover (insurer -1 = none, -2 = not known) and provident insurer
    // in the last four.
    void addCover(const Market& market, std::int16_t healthInsurer, int level, Date renewal,
                  std::int16_t providentInsurer, std::uint64_t employees);
    // The ten breakdowns of MarketStatistics, ranked lists cut to `top` rows.
    std::vector<Breakdown> take(std::size_t top);
};

// French names of the months (1..12) and of the guarantee levels (1..4) of a health contract.
const char* monthName(unsigned month);
const char* coverageLevelLabel(int level);

}  // namespace cmcsim
