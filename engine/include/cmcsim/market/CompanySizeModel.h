#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "cmcsim/core/KeyedRandom.h"

namespace cmcsim {

class SizeBands;

// Headcounts and numbers of establishments of companies by size band, fitted to the URSSAF
// national counts (a truncated power law per band whose mean is the band's real mean headcount),
// and the headcounts of their establishments around each cell's fitted mean.
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
    // Whether the head office is among the `count` establishments here: always when the company
    // has no more establishments nationally, else with probability count / national.
    static bool drawHeadOfficeHere(std::uint32_t count, double national, KeyedRandom& random);

    // The mean establishment headcounts a cell of the band may be fitted to: from 1 to 80 % of
    // the band's top (an establishment is never larger than its company), 20,000 for 2000+.
    std::pair<double, double> meanEstablishmentRange(std::uint8_t band) const;
    // An establishment's headcount around `scale`: × a log-normal factor of mean 1 (σ 0.5) ⚠
    // taken at `quantile` ∈ [0, 1) (the caller stratifies the quantiles of each cell), the head
    // office weighing 1.5 others ⚠ (normalised by the band's share of head offices among the
    // establishments here), rounded, at least 1, at most the band's top.
    std::uint32_t establishmentHeadcount(std::uint8_t band, double scale, bool headOffice,
                                         double quantile) const;
    // The `scale` whose headcounts have mean `mean` over uniform quantiles despite the rounding
    // and the bounds (on the same 512 normal quantiles; a mean out of reach gives the nearest).
    double scaleForMean(std::uint8_t band, double mean) const;
    // Makes a company's establishments fit in it: their sum at most the band's top (the largest
    // shrunk first), the company's headcount at least their sum.
    void fitCompany(std::uint8_t band, std::uint32_t& companyHeadcount,
                    std::span<std::uint32_t> establishments) const;

private:
    struct PowerLaw {
        double low = 1, high = 2,
               exponent = 0;  // density ∝ x^exponent on [low, high); headcount = floor(x)
    };
    std::array<PowerLaw, 8> laws_{};
    std::array<double, 8> national_{}, territory_{}, headOfficeWeight_{};
    std::array<std::uint32_t, 8> top_{};
    std::array<double, 8> headOfficeShare_{};
    std::vector<double>
        halfExpNormals_;  // exp(z / 2) of standard normal quantiles z, for scaleForMean
    double expectedHeadcount(std::uint8_t band, double scale) const;
};

}  // namespace cmcsim
