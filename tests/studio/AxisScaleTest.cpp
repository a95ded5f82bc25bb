#include <gtest/gtest.h>

#include <QStringList>

#include "piloting/AxisScale.h"

// The value axes of the Pilotage charts: round steps, at most five, labels as a candidate reads
// them (found by testers: "1 €, 1 €, 0 €" with nothing signed, "0, 1, 1, 2" for counts).
namespace {

QStringList labels(const AxisScale& scale) {
    QStringList out;
    for (const auto& tick : scale.ticks) out << tick.second;
    return out;
}

}  // namespace

TEST(AxisScale, CountsStepByWholeUnits) {
    // 2 contracts: steps of 1 (2/5 rounds up to the smallest whole step).
    const auto two = AxisScale::of(2, AxisScale::Unit::Count);
    EXPECT_EQ(labels(two), (QStringList{"0", "1", "2"}));
    EXPECT_DOUBLE_EQ(two.top, 2);
    // Nothing yet: one step, 0 to 1, never fractions.
    EXPECT_EQ(labels(AxisScale::of(0, AxisScale::Unit::Count)), (QStringList{"0", "1"}));
    // 7.3 (a monthly objective spread): 7.3 / 5 = 1.46 → step 2, top 8.
    EXPECT_EQ(labels(AxisScale::of(7.3, AxisScale::Unit::Count)),
              (QStringList{"0", "2", "4", "6", "8"}));
    // 1 203 companies (1 046 + 15 % room): 240.6 → step 250, top 1 250, thousands separated.
    const auto funnel = AxisScale::of(1203, AxisScale::Unit::Count);
    EXPECT_DOUBLE_EQ(funnel.top, 1250);
    EXPECT_EQ(funnel.ticks.back().second, QStringLiteral("1 250"));
}

TEST(AxisScale, EurosInWholeEurosThenThousands) {
    // 4 000 € a week: 800 → step 1 000, whole euros with a thousands separator.
    EXPECT_EQ(labels(AxisScale::of(4000, AxisScale::Unit::Euros)),
              (QStringList{"0 €", "1 000 €", "2 000 €", "3 000 €", "4 000 €"}));
    // 12 000 €: 2 400 → step 2 500, top 12 500 ≥ 10 000: thousands of euros.
    EXPECT_EQ(labels(AxisScale::of(12000, AxisScale::Unit::Euros)),
              (QStringList{"0 €", "2,5 k€", "5 k€", "7,5 k€", "10 k€", "12,5 k€"}));
    // 32 000 € cumulated: 6 400 → step 10 000, top 40 000.
    EXPECT_EQ(labels(AxisScale::of(32000, AxisScale::Unit::Euros)),
              (QStringList{"0 €", "10 k€", "20 k€", "30 k€", "40 k€"}));
    // Small amounts stay whole euros, no "1 €, 1 €" from rounded fractions.
    EXPECT_EQ(labels(AxisScale::of(3, AxisScale::Unit::Euros)),
              (QStringList{"0 €", "1 €", "2 €", "3 €"}));
}

TEST(AxisScale, PercentagesUpToTheLargest) {
    // A loss ratio of 79.3 %: 15.9 → step 20, top 80.
    EXPECT_EQ(labels(AxisScale::of(79.3, AxisScale::Unit::Percent)),
              (QStringList{"0 %", "20 %", "40 %", "60 %", "80 %"}));
    EXPECT_DOUBLE_EQ(AxisScale::of(100, AxisScale::Unit::Percent).top, 100);
}
