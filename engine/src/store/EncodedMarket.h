#pragma once

#include <array>
#include <string>

namespace cmcsim {

// The rows of one market chunk, table by table, in RowEncoding: what MarketWriter binds.
struct EncodedMarket {
    enum Table { Competitor, Prescriber, Company, Establishment, Census, Prospect, Defect, kCount };
    static constexpr std::array<const char*, kCount> kNames = {
        "competitor", "prescriber", "company", "establishment", "census", "prospect", "defect"};
    std::array<std::string, kCount> rows;
};

}  // namespace cmcsim
