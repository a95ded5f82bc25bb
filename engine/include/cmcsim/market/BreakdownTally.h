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
    // Adds `count` rows at once (a tally folded by index).
    void addCount(const std::string& key, const std::string& label, std::uint64_t count,
                  std::uint64_t employees);
    // The breakdown, largest first when `bySize` (else in key order), cut to `top` rows if
    // non-zero; totals always count every row.
    Breakdown take(std::string id, std::string title, std::string unit, bool bySize,
                   std::size_t top = 0);

private:
    std::map<std::string, BreakdownRow> rows_;
};

// The tallies of a market statistics report, taken in its order: sector, size, territory and
// agreement by establishment, then cover by company. Rows are counted by reference index and
// turned into the coded breakdowns once, in take(), so that counting costs no string per row.
class MarketTallies {
public:
    // `reference` and `competitors` (Market::competitors) must outlive the tallies.
    MarketTallies(const ReferenceData& reference, const std::vector<Competitor>& competitors);
    // Counts an establishment (indices into the reference data; idcc -1 = none) in the first six.
    void addEstablishment(std::uint16_t naf, std::uint8_t sizeBand, std::uint32_t commune,
                          std::int16_t idcc, std::uint64_t employees);
    // Counts a company's health cover (insurer -1 = none, -2 = not known) and provident insurer
    // in the last four.
    void addCover(std::int16_t healthInsurer, int level, Date renewal,
                  std::int16_t providentInsurer, std::uint64_t employees);
    // The ten breakdowns of MarketStatistics, ranked lists cut to `top` rows.
    std::vector<Breakdown> take(std::size_t top);

private:
    struct Cell {
        std::uint64_t count = 0, employees = 0;
        void add(std::uint64_t e) {
            ++count;
            employees += e;
        }
    };
    const ReferenceData& reference_;
    const std::vector<Competitor>& competitors_;
    std::vector<Cell> naf_, bands_, communes_, idcc_;  // idcc_[idcc + 1]
    // Insurers by index + 2 (0: not known, 1: none); months 1..12; levels by value.
    std::vector<Cell> health_, provident_, months_, levels_;
    std::string noContract_;  // the label of the first company without health cover
};

// French names of the months (1..12) and of the guarantee levels (1..4) of a health contract.
const char* monthName(unsigned month);
const char* coverageLevelLabel(int level);

}  // namespace cmcsim
