#include <gtest/gtest.h>

#include <vector>

#include "cmcsim/core/FrenchFormat.h"

using namespace cmcsim;

TEST(FrenchFormat, GroupsThousandsWithSpacesAndUsesADecimalComma) {
    struct Case {
        double value;
        int decimals;
        const char* text;
    };
    const std::vector<Case> cases = {
        {1234567.891, 2, "1 234 567,89"},
        {-1234567.891, 2, "-1 234 567,89"},
        {0, 0, "0"},
        {0, 2, "0,00"},
        {7, 0, "7"},
        {999, 0, "999"},
        {1000, 0, "1 000"},
        {-1000, 0, "-1 000"},    // no space between the sign and the digits
        {123456, 0, "123 456"},  // six digits: no leading space
        {-123456, 0, "-123 456"},
        {1234.5, 3, "1 234,500"},
        {12.5, 1, "12,5"},
        {-0.25, 2, "-0,25"},
        {999999.996, 2, "1 000 000,00"},  // rounding carries into a new group
        {68350798, 0, "68 350 798"},      // population of France, datasets/communes.csv
    };
    for (const auto& c : cases) EXPECT_EQ(frenchNumber(c.value, c.decimals), c.text) << c.value;
}

TEST(FrenchFormat, ValueRoundingToZeroHasNoMinusSign) {
    // -0.001 shown with 2 decimals is zero; a report must not show "-0,00" (e.g. a balance or a
    // price difference that rounds to nothing).
    EXPECT_EQ(frenchNumber(-0.001, 2), "0,00");
    EXPECT_EQ(frenchNumber(-0.4, 0), "0");
}

TEST(FrenchFormat, CountAgreesItsNounByTheFrenchRule) {
    // French: 0 and 1 take the singular ("0 salarié", "1 salarié"), 2 and more the plural.
    EXPECT_EQ(frenchCount(0, "salarié", "salariés"), "0 salarié");
    EXPECT_EQ(frenchCount(1, "salarié", "salariés"), "1 salarié");
    EXPECT_EQ(frenchCount(2, "salarié", "salariés"), "2 salariés");
    EXPECT_EQ(frenchCount(1234, "salarié", "salariés"), "1 234 salariés");
    EXPECT_EQ(frenchCount(1.4, "cadre", "cadres"), "1 cadre");  // rounded first
    EXPECT_EQ(frenchCount(1.6, "cadre", "cadres"), "2 cadres");
}

TEST(FrenchFormat, ShortDropsTrailingZeros) {
    EXPECT_EQ(frenchShort(30, 1), "30");
    EXPECT_EQ(frenchShort(24.5, 1), "24,5");
    EXPECT_EQ(frenchShort(1234.50, 2), "1 234,5");
    EXPECT_EQ(frenchShort(-0.01, 1), "0");
}
