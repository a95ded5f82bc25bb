#include <gtest/gtest.h>

#include <vector>

#include "cmcsim/core/Money.h"

using namespace cmcsim;

TEST(Money, EurosRoundHalfAwayFromZeroToTheCent) {
    // Amounts whose × 100 is an exact binary half (0.125 = 1/8…) test the tie rule itself.
    struct Case {
        double euros;
        std::int64_t cents;
    };
    const std::vector<Case> cases = {
        {0.0, 0},
        {0.125, 13},    // 12.5 cents, away from zero
        {-0.125, -13},  // -12.5 cents, away from zero
        {0.375, 38},    // 37.5
        {2.625, 263},   // 262.5
        {-2.625, -263},
        {0.004, 0},  // 0.4 cent
        {-0.004, 0},
        {0.006, 1},       // 0.6 cent
        {19.99, 1999},    // 19.99 × 100 = 1998.9999999999998 in binary: still 1999
        {0.1 + 0.2, 30},  // 30.000000000000004
        {1234567.891, 123456789},
        {-1234567.891, -123456789},
        {46368.0, 4636800},  // PASS 2024 (datasets/parametres_reglementaires.csv)
    };
    for (const auto& c : cases) EXPECT_EQ(Money::euros(c.euros).cents(), c.cents) << c.euros;
}

TEST(Money, ArithmeticIsExactInCents) {
    // 0.1 + 0.2 in doubles is 0.30000000000000004; in cents it is 30.
    Money sum = Money::euros(0.1) + Money::euros(0.2);
    EXPECT_EQ(sum, Money::cents(30));
    // Ten thousand additions of 0.01 € stay exact: 100.00 €.
    Money total;
    for (int i = 0; i < 10000; ++i) total += Money::cents(1);
    EXPECT_EQ(total.cents(), 10000);
    EXPECT_EQ(total.euros(), 100.0);
    EXPECT_EQ((Money::cents(500) - Money::cents(750)).cents(), -250);
    EXPECT_LT(Money::cents(-1), Money());
    EXPECT_GT(Money::cents(1), Money());
}

TEST(Money, FrenchText) {
    struct Case {
        std::int64_t cents;
        const char* text;
    };
    const std::vector<Case> cases = {
        {0, "0,00 €"},
        {5, "0,05 €"},
        {-5, "-0,05 €"},
        {123456, "1 234,56 €"},
        {-123456, "-1 234,56 €"},
        {100000000, "1 000 000,00 €"},
    };
    for (const auto& c : cases) EXPECT_EQ(Money::cents(c.cents).french(), c.text) << c.cents;
}
