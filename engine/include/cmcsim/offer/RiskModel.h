#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "cmcsim/offer/OfferQuote.h"

namespace cmcsim {

// The distribution of a group's annual claims under an offer, analytic and simulated.
struct RiskReport {
    double premium = 0;  // annual, excluding taxes (what claims are set against)
    double analyticMean = 0, analyticStdDev = 0;
    double simulatedMean = 0, simulatedStdDev = 0;
    std::uint32_t years = 0;
    double probabilityLossAbove100 = 0;    // P(claims > premium): the mutuelle loses money
    double probabilityIncreaseNeeded = 0;  // P(loss ratio > 110 %): the rate will have to rise
    std::array<double, 5> lossRatioQuantiles{};  // 5 %, 25 %, 50 %, 75 %, 95 %
    std::vector<double>
        histogram;  // share of years per loss-ratio bin of 5 points from 0 % to 200 %
    double coefficientOfVariation() const {
        return analyticMean > 0 ? analyticStdDev / analyticMean : 0;
    }
};

// Simulates a group's annual claims: each care item's aggregate claims and each provident risk
// follow a gamma law with the analytic mean and variance (compound Poisson), drawn with keyed
// randomness so that the same offer gives the same report. A report is kept by its inputs (years,
// seed, premium, each component's mean and variance, bit for bit), so offers the risk reads alike
// are simulated once per process (up to 256).
class RiskModel {
public:
    static RiskReport simulate(const OfferQuote& quote, std::uint32_t years, std::uint64_t seed);
};

}  // namespace cmcsim
