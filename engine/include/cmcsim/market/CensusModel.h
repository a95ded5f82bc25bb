#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "cmcsim/core/AliasTable.h"
#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;

// Draws an establishment's workforce census (age × sex × cadre × family cells with pay) from
// its sector's workforce profile at the scenario year's SMIC and PASS.
class CensusModel {
public:
    static constexpr std::size_t kCells = 6 * 2 * 2 * 4;

    CensusModel(const ReferenceData& reference, int year);

    // Appends the non-empty cells of `headcount` employees of `section` to `cells`.
    void draw(char section, std::uint32_t headcount, KeyedRandom& random,
              std::vector<CensusCell>& cells) const;
    // A census `headcount` employees of `section` typically have, without random draws: person k
    // takes the k-th point of a Hammersley set through the profile's shares (category, then sex,
    // age and family), so every margin is as close to the profile as whole people allow; each
    // cell at the profile's mean pay. A seller's estimate from a listed headcount, never a real
    // census.
    std::vector<CensusCell> expected(char section, std::uint32_t headcount) const;

    // Relative mean pay by age band and by sex (modelling assumptions, docs/market-model.md).
    static const std::array<double, 6>& ageCadreFactor();
    static const std::array<double, 6>& agePayFactor();

private:
    std::array<AliasTable, 21> tables_;
    std::array<std::array<double, kCells>, 21> weights_{};
    std::array<std::array<double, kCells>, 21> meanPay_{};
    double smicAnnual_ = 0;
};

}  // namespace cmcsim
