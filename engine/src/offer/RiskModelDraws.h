#pragma once

#include <cstdint>
#include <vector>

#include "cmcsim/core/KeyedRandom.h"

namespace cmcsim {

// One component of a year's claims: a fixed amount, or a Gamma law of the given constants times a
// scale (RiskModel).
struct RiskLaw {
    bool fixed;  // no variance: the mean every year
    double mean, scale;
    GammaLaw gamma;
};

// Draws the claims of the years [from, to) of RiskModel's simulation into claims[0, to - from):
// each year the sum, in the laws' order, of its laws' draws from its own stream
// KeyedRandom(seed, purpose, year), equal to the bit to KeyedRandom::gamma's draws. The years
// are drawn side by side (structure of arrays, docs/performance.md): the common path of the
// Marsaglia–Tsang draw without branches for many years at once, glibc's `log` and `pow` called
// one value at a time as KeyedRandom calls them, and the rare years that leave the common path
// (v = (1 + c x)³ ≤ 0, a failed squeeze) drawn again from their stream one at a time. With
// `lanes` (only where riskLanesAvailable()), the polar pairs and the common path run eight years
// per AVX-512 register, with the same operations in the same order: the same bits.
void drawRiskYears(const std::vector<RiskLaw>& laws, std::uint64_t seed, Purpose purpose,
                   std::uint32_t from, std::uint32_t to, double* claims, bool lanes);

// Whether this processor has the AVX-512 subsets drawRiskYears' lanes use (F, DQ and VL).
bool riskLanesAvailable();

}  // namespace cmcsim
