#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

#include "../../engine/src/offer/RiskModelDraws.h"  // the draws' two paths, tested directly
#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/offer/RiskModel.h"

// RiskModel draws many years side by side with its own copy of KeyedRandom's generator and
// Gamma draw (issue 9, docs/performance.md): its years must be KeyedRandom's, to the bit, for
// every shape, including those whose draws leave the common path (rejected polar pairs,
// v = (1 + c x)³ ≤ 0, a failed squeeze) and the years of a partial block.
namespace {

using namespace cmcsim;

// The figures of the report that every year's claims reach, recomputed here year by year with
// KeyedRandom: the claims of year y are Σ_k Gamma(shape_k) × variance_k / mean_k, drawn in
// component order from KeyedRandom(seed, "risk", y) (RiskModel.h, RiskModel.cpp).
struct Expected {
    double mean, stdDev, above100, above110;
};

Expected expected(const std::vector<std::pair<double, double>>& components, double premium,
                  std::uint32_t years, std::uint64_t seed) {
    constexpr Purpose kRisk{"risk"};
    double sum = 0, squares = 0;
    std::size_t above100 = 0, above110 = 0;
    for (std::uint32_t y = 0; y < years; ++y) {
        KeyedRandom random(seed, kRisk, y);
        double claims = 0;
        for (const auto& [mean, variance] : components)
            claims += random.gamma(GammaLaw(mean * mean / variance)) * (variance / mean);
        sum += claims;
        squares += claims * claims;
        above100 += claims / premium > 1.0;
        above110 += claims / premium > 1.1;
    }
    const double n = years, mean = sum / n;
    return {mean, std::sqrt(std::max(0.0, squares / n - mean * mean)),
            static_cast<double>(above100) / n, static_cast<double>(above110) / n};
}

TEST(RiskModelDraws, EqualKeyedRandomToTheBit) {
    // Shapes mean² / variance from 0.001 to 2,500: below 1 (a power per draw), two at exactly 1
    // and two just under it, and above.
    const std::vector<std::pair<double, double>> components = {
        {10.0, 100'000.0}, {40.0, 16'000.0},   {300.0, 300'000.0}, {500.0, 250'000.0},
        {70.0, 4'950.0},   {200.0, 40'000.0},  {900.0, 180'000.0}, {1'000.0, 400.0},
        {60.0, 36'000.0},  {800.0, 660'000.0}, {250.0, 2'000.0},   {5.0, 2.5}};
    OfferQuote quote;
    HealthQuote health;
    health.annualPremiumExTax = 4'000;
    health.claimsByItem = Eigen::VectorXd(static_cast<Eigen::Index>(components.size()));
    health.varianceByItem = Eigen::VectorXd(static_cast<Eigen::Index>(components.size()));
    for (std::size_t i = 0; i < components.size(); ++i) {
        health.claimsByItem(static_cast<Eigen::Index>(i)) = components[i].first;
        health.varianceByItem(static_cast<Eigen::Index>(i)) = components[i].second;
    }
    quote.health.push_back(health);
    // Year counts below a block, of one block and a part, of several chunks of the two threads.
    for (const auto& [years, seed] :
         {std::pair<std::uint32_t, std::uint64_t>{37, 3}, {1'000, 11}, {9'001, 2026}}) {
        const auto r = RiskModel::simulate(quote, years, seed);
        const auto e = expected(components, 4'000, years, seed);
        EXPECT_EQ(r.simulatedMean, e.mean) << years;
        EXPECT_EQ(r.simulatedStdDev, e.stdDev) << years;
        EXPECT_EQ(r.probabilityLossAbove100, e.above100) << years;
        EXPECT_EQ(r.probabilityIncreaseNeeded, e.above110) << years;
    }
}

// Both paths of drawRiskYears, the scalar one and (where the processor has them) the AVX-512
// lanes, give every year's claims of KeyedRandom's draws to the bit: the lanes must not fuse a
// product and a sum (RiskModelDraws.cpp is compiled with -ffp-contract=off), and the years of a
// last partial register of eight go through the scalar code.
TEST(RiskModelDraws, LanesAndScalarEqualKeyedRandomYearByYear) {
    constexpr Purpose kRisk{"risk"};
    std::vector<RiskLaw> laws;
    for (const double shape : {0.001, 0.02, 0.3, 0.97, 1.0, 1.7, 9.0, 2'500.0})
        laws.push_back({false, shape * 3, 3, GammaLaw(shape)});
    laws.insert(laws.begin() + 2, RiskLaw{true, 42, 0, GammaLaw(0)});
    // From a year that is not a multiple of 8, over one block of 512 and a part of the next.
    const std::uint32_t from = 5, to = from + 512 + 83;
    std::vector<bool> paths = {false};
    if (riskLanesAvailable()) paths.push_back(true);
    for (const bool lanes : paths) {
        std::vector<double> claims(to - from, -1.0);
        drawRiskYears(laws, 2026, kRisk, from, to, claims.data(), lanes);
        for (std::uint32_t y = from; y < to; ++y) {
            KeyedRandom random(2026, kRisk, y);
            double expected = 0;
            for (const auto& law : laws)
                expected += law.fixed ? law.mean : random.gamma(law.gamma) * law.scale;
            ASSERT_EQ(std::bit_cast<std::uint64_t>(claims[y - from]),
                      std::bit_cast<std::uint64_t>(expected))
                << "lanes " << lanes << ", year " << y;
        }
    }
}

}  // namespace
