// The distribution of a compared figure (cmcsim/compare/Distribution.h), on values whose quartiles
// and fences are computed by hand below.
#include <gtest/gtest.h>

#include "cmcsim/compare/Distribution.h"

namespace {

using cmcsim::Distribution;

TEST(ComparisonDistribution, QuartilesMeanAndAnOutlierAboveTheHighFence) {
    // Sorted 1, 2, 3, 4, 100: ranks (n − 1) p = 1, 2, 3 give Q1 2, median 3, Q3 4; IQR 2;
    // fences 2 − 3 = −1 and 4 + 3 = 7; mean 110 / 5 = 22. Only 100 (index 2 in the input) is
    // beyond.
    const auto d = Distribution::of({4.0, 1.0, 100.0, 3.0, 2.0});
    ASSERT_TRUE(d);
    EXPECT_EQ(d->count, 5U);
    EXPECT_DOUBLE_EQ(d->min, 1);
    EXPECT_DOUBLE_EQ(d->q1, 2);
    EXPECT_DOUBLE_EQ(d->median, 3);
    EXPECT_DOUBLE_EQ(d->q3, 4);
    EXPECT_DOUBLE_EQ(d->max, 100);
    EXPECT_DOUBLE_EQ(d->mean, 22);
    EXPECT_DOUBLE_EQ(d->lowFence, -1);
    EXPECT_DOUBLE_EQ(d->highFence, 7);
    EXPECT_EQ(d->outliers, std::vector<std::size_t>{2});
}

TEST(ComparisonDistribution, InterpolatesBetweenValuesAndLeavesAbsentOnesOut) {
    // Present: 10, 20, 40, 80 (the absent ones are left out, indices kept). Q1 at rank 0.75:
    // 10 + 0.75 × 10 = 17.5; median at 1.5: 30; Q3 at 2.25: 40 + 0.25 × 40 = 50; IQR 32.5;
    // fences 17.5 − 48.75 = −31.25 and 50 + 48.75 = 98.75: no outlier; mean 150 / 4 = 37.5.
    const auto d = Distribution::of({std::nullopt, 40.0, 10.0, std::nullopt, 80.0, 20.0});
    ASSERT_TRUE(d);
    EXPECT_EQ(d->count, 4U);
    EXPECT_DOUBLE_EQ(d->q1, 17.5);
    EXPECT_DOUBLE_EQ(d->median, 30);
    EXPECT_DOUBLE_EQ(d->q3, 50);
    EXPECT_DOUBLE_EQ(d->mean, 37.5);
    EXPECT_DOUBLE_EQ(d->lowFence, -31.25);
    EXPECT_DOUBLE_EQ(d->highFence, 98.75);
    EXPECT_TRUE(d->outliers.empty());
}

TEST(ComparisonDistribution, OutlierBelowTheLowFenceAndSingleValue) {
    // 0, 50, 52, 54, 56: Q1 50, Q3 54, IQR 4, low fence 44: 0 (index 0) is below.
    const auto low = Distribution::of({0.0, 50.0, 52.0, 54.0, 56.0});
    ASSERT_TRUE(low);
    EXPECT_EQ(low->outliers, std::vector<std::size_t>{0});
    // One value: every statistic is that value, and it is no outlier.
    const auto one = Distribution::of({7.0});
    ASSERT_TRUE(one);
    EXPECT_DOUBLE_EQ(one->q1, 7);
    EXPECT_DOUBLE_EQ(one->q3, 7);
    EXPECT_TRUE(one->outliers.empty());
    // Nothing present: no distribution.
    EXPECT_FALSE(Distribution::of({std::nullopt, std::nullopt}));
    EXPECT_FALSE(Distribution::of({}));
}

}  // namespace
