#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;
class BreakdownTally;

// One line of a breakdown: a category with its establishments and employees (or companies).
struct BreakdownRow {
    std::string key;
    std::string label;
    std::uint64_t count = 0;
    std::uint64_t employees = 0;
};

// A named breakdown of the market, largest first unless it has a natural order; top lists keep
// the totals of every row so shares stay shares of the whole.
struct Breakdown {
    std::string id;                                    // "sections", "tranches", …
    std::string title;                                 // French
    std::string unit;                                  // "établissements" or "entreprises"
    bool showKey = true;                               // false where the key is an internal code
    std::uint64_t totalCount = 0, totalEmployees = 0;  // over all rows, listed or not
    std::vector<BreakdownRow> rows;
};

// Counts of a market by sector, size, territory, agreement, insurer, renewal and defects.
struct MarketStatistics {
    std::uint64_t establishments = 0, closedEstablishments = 0, companies = 0, employees = 0,
                  prospectRecords = 0, prescribers = 0;
    bool prescribersKnown = true;  // false in the candidate's view before the directory study
    std::vector<Breakdown> breakdowns;
    Breakdown defects;  // by kind; shown only with the hidden truth

    static MarketStatistics compute(const Market& market, const ReferenceData& reference,
                                    std::size_t top = 15);
    // The defects breakdown, one defect at a time (compute, or a streamed file).
    static void addDefect(BreakdownTally& tally, DefectKind kind);
    static Breakdown takeDefects(BreakdownTally& tally);
};

}  // namespace cmcsim
