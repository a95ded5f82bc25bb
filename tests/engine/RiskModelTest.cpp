#include <gtest/gtest.h>

#include <bit>
#include <cstdint>

#include "cmcsim/offer/RiskModel.h"

// RiskModel::simulate: the printed figures of `quote` come from it, so its results are pinned to
// the bit (every double of the report hashed), whatever is done to make it faster.
namespace {

using namespace cmcsim;

// Every figure of a report, bit for bit, in one FNV-1a 64 hash.
std::uint64_t bitsOf(const RiskReport& r) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    const auto mix = [&h](double x) {
        const auto bits = std::bit_cast<std::uint64_t>(x);
        for (int i = 0; i < 8; ++i) {
            h ^= (bits >> (8 * i)) & 0xff;
            h *= 0x100000001b3ULL;
        }
    };
    for (const double x :
         {r.premium, r.analyticMean, r.analyticStdDev, r.simulatedMean, r.simulatedStdDev,
          r.probabilityLossAbove100, r.probabilityIncreaseNeeded})
        mix(x);
    for (const double x : r.lossRatioQuantiles) mix(x);
    for (const double x : r.histogram) mix(x);
    mix(r.years);
    return h;
}

// A quote with components of every kind the model draws: gamma shapes far below 1 (rare care
// items), near 1 and far above (frequent ones), a fixed one (a death capital with no case, hence
// no variance), and the three provident risks.
OfferQuote quote() {
    OfferQuote q;
    HealthQuote h;
    h.annualPremiumExTax = 5200;
    h.claimsByItem = Eigen::VectorXd(6);
    h.varianceByItem = Eigen::VectorXd(6);
    // Means and variances: shape = mean² / variance = 0.002, 0.3, 0.97, 1.0, 4.5, 400; and an
    // item without claims (skipped).
    h.claimsByItem << 12.0, 450.0, 970.0, 1500.0, 900.0, 0.0;
    h.varianceByItem << 72'000.0, 675'000.0, 970'000.0, 2'250'000.0, 180'000.0, 0.0;
    q.health.push_back(h);
    HealthQuote second;
    second.annualPremiumExTax = 800;
    second.claimsByItem = Eigen::VectorXd(1);
    second.varianceByItem = Eigen::VectorXd(1);
    second.claimsByItem << 600.0;
    second.varianceByItem << 900.0;  // shape 400
    q.health.push_back(second);
    ProvidentQuote p;
    p.annualPremium = 900;
    p.annualDeath = 300;
    p.deaths = 0.01;
    p.annualIncapacity = 250;
    p.incapacityCases = 0.4;
    p.annualDisability = 180;
    p.disabilityCases = 0.02;
    q.provident.push_back(p);
    return q;
}

TEST(RiskModel, FiguresArePinnedToTheBit) {
    // Hashes of the reports of the code before it was made faster (issue 9, quote: computed by
    // a79246f's RiskModel), which every later version must give: the same draws in the same order,
    // the same sums in the same order.
    EXPECT_EQ(bitsOf(RiskModel::simulate(quote(), 20'000, 7)), 9922474155757243895ULL);
    EXPECT_EQ(bitsOf(RiskModel::simulate(quote(), 1'001, 2026)), 6830374716621930420ULL);
    EXPECT_EQ(bitsOf(RiskModel::simulate(quote(), 100, 1)), 8581410963985384736ULL);
}

TEST(RiskModel, SimulatedMeanApproachesTheAnalyticOne) {
    const auto r = RiskModel::simulate(quote(), 20'000, 7);
    // The sum of the components' means: 12 + 450 + 970 + 1500 + 900 + 600 + 300 + 250 + 180.
    EXPECT_DOUBLE_EQ(r.analyticMean, 5162);
    EXPECT_NEAR(r.simulatedMean, r.analyticMean, 4 * r.analyticStdDev / std::sqrt(20'000.0));
    EXPECT_EQ(r.years, 20'000u);
    EXPECT_DOUBLE_EQ(r.premium, 6900);
}

TEST(RiskModel, NoYearsNoDraws) {
    const auto r = RiskModel::simulate(quote(), 0, 7);
    EXPECT_EQ(r.simulatedMean, 0);
    EXPECT_TRUE(r.histogram.empty());
}

}  // namespace
