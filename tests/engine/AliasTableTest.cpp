#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <vector>

#include "cmcsim/core/AliasTable.h"

using namespace cmcsim;

namespace {
std::vector<std::uint64_t> drawCounts(const AliasTable& table, std::uint64_t seed, int n) {
    KeyedRandom random(seed, Purpose("alias-test"));
    std::vector<std::uint64_t> counts(table.size(), 0);
    for (int i = 0; i < n; ++i) ++counts[table.draw(random)];
    return counts;
}
}  // namespace

TEST(AliasTable, FrequenciesMatchWeights) {
    struct Case {
        const char* name;
        std::vector<double> weights;
    };
    const std::vector<Case> cases = {
        {"uneven with a zero", {1, 2, 3, 4, 0, 10}},
        {"equal", {1, 1, 1, 1, 1}},
        {"one dominant", {1000, 1, 1, 1}},
        {"fractional", {0.125, 0.5, 0.25, 0.125}},
    };
    constexpr int n = 200000;
    for (const auto& c : cases) {
        const AliasTable table(c.weights);
        ASSERT_EQ(table.size(), c.weights.size());
        const auto counts = drawCounts(table, 99, n);
        double total = 0;
        for (double w : c.weights) total += w;
        for (std::size_t i = 0; i < c.weights.size(); ++i) {
            const double p = c.weights[i] / total;
            const double observed = static_cast<double>(counts[i]) / n;
            // Binomial sd of a frequency over n draws is sqrt(p(1-p)/n) (≤ 0.0011 here); the
            // tolerance is 4 sd plus 1e-4, so a correct table fails with probability < 1e-4.
            const double tolerance = 4 * std::sqrt(p * (1 - p) / n) + 1e-4;
            EXPECT_NEAR(observed, p, tolerance) << c.name << ", index " << i;
            if (c.weights[i] == 0) {
                EXPECT_EQ(counts[i], 0u) << c.name << ": a zero weight is never drawn";
            }
        }
    }
}

TEST(AliasTable, SingleWeightAlwaysDrawsIt) {
    const std::vector<double> weights = {3.5};
    const AliasTable table(weights);
    KeyedRandom random(1, Purpose("alias-single"));
    for (int i = 0; i < 1000; ++i) ASSERT_EQ(table.draw(random), 0u);
}

TEST(AliasTable, TinyWeightIsRare) {
    // Weight 1e-6 against 1: expected 0.2 draws in 200,000; more than 5 would be a broken column.
    const std::vector<double> weights = {1e-6, 1.0};
    const auto counts = drawCounts(AliasTable(weights), 5, 200000);
    EXPECT_LE(counts[0], 5u);
}

TEST(AliasTable, SameKeyGivesSameDraws) {
    const std::vector<double> weights = {5, 1, 3, 2};
    const AliasTable table(weights);
    EXPECT_EQ(drawCounts(table, 17, 5000), drawCounts(table, 17, 5000));
    EXPECT_NE(drawCounts(table, 17, 5000), drawCounts(table, 18, 5000));
}

TEST(AliasTable, RejectsUnusableWeights) {
    const std::vector<double> empty, zeros = {0, 0, 0}, negative = {1, -1, 2};
    EXPECT_THROW(AliasTable{empty}, std::invalid_argument);
    EXPECT_THROW(AliasTable{zeros}, std::invalid_argument);
    EXPECT_THROW(AliasTable{negative}, std::invalid_argument);
    EXPECT_TRUE(AliasTable().empty());
}
