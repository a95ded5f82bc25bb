#pragma once

#include <array>
#include <cstdint>

#include "cmcsim/core/KeyedRandom.h"

namespace cmcsim {

class SizeBands;

// Headcounts and numbers of establishments of companies by size band, fitted to the URSSAF
// national counts: a truncated power law per band whose mean is the band's real mean headcount.
class CompanySizeModel {
public:
    // `territoryShare`: the territory's share of the national population (0..1].
    CompanySizeModel(const SizeBands& sizes, double territoryShare);

    std::uint32_t drawHeadcount(std::uint8_t band, KeyedRandom& random) const;
    // Establishments the company has on the territory (≥ 1).
    std::uint32_t drawEstablishments(std::uint8_t band, KeyedRandom& random) const;
    // Mean establishments per company in the whole country and on the territory.
    double nationalEstablishments(std::uint8_t band) const { return national_[band]; }
    double territoryEstablishments(std::uint8_t band) const { return territory_[band]; }

private:
    struct PowerLaw {
        double low = 1, high = 2,
               exponent = 0;  // density ∝ x^exponent on [low, high); headcount = floor(x)
    };
    std::array<PowerLaw, 8> laws_{};
    std::array<double, 8> national_{}, territory_{};
};

}  // namespace cmcsim
