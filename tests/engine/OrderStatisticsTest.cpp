#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "../../engine/src/offer/OrderStatistics.h"  // the risk model's quantiles, tested directly

// The risk model's quantiles are order statistics of the simulated loss ratios: orderStatistics
// must give, to the bit, what std::nth_element leaves at each rank (issue 9, docs/performance.md).
namespace {

using cmcsim::orderStatistics;

std::array<double, 5> byNthElement(std::vector<double> x, const std::array<std::size_t, 5>& ranks) {
    std::array<double, 5> values{};
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        const auto at = x.begin() + static_cast<std::ptrdiff_t>(ranks[i]);
        std::nth_element(x.begin(), at, x.end());
        values[i] = *at;
    }
    return values;
}

// The ranks of the risk model's 5, 25, 50, 75 and 95 % quantiles for n values.
std::array<std::size_t, 5> quantileRanks(std::size_t n) {
    std::array<std::size_t, 5> ranks{};
    const std::array<double, 5> levels = {0.05, 0.25, 0.5, 0.75, 0.95};
    for (std::size_t i = 0; i < ranks.size(); ++i)
        ranks[i] = std::min(n - 1, static_cast<std::size_t>(levels[i] * static_cast<double>(n)));
    return ranks;
}

void expectSameBits(const std::vector<double>& x, const std::array<std::size_t, 5>& ranks) {
    const auto expected = byNthElement(x, ranks);
    const auto actual = orderStatistics(x, ranks);
    for (std::size_t i = 0; i < ranks.size(); ++i)
        EXPECT_EQ(std::bit_cast<std::uint64_t>(actual[i]),
                  std::bit_cast<std::uint64_t>(expected[i]))
            << "rank " << ranks[i] << " of " << x.size() << ": " << actual[i] << " against "
            << expected[i];
}

}  // namespace

TEST(OrderStatistics, AreNthElementsValuesForLossRatiosOfEverySpread) {
    std::mt19937_64 random(20261130);
    for (const std::size_t n : {1u, 2u, 7u, 100u, 4096u, 100'000u}) {
        // Gamma-like ratios around 1, narrow and wide; with ties; spanning many binades.
        std::gamma_distribution<double> narrow(400, 1.0 / 400), wide(0.3, 1.0 / 0.3);
        std::uniform_int_distribution<int> few(0, 3);
        std::uniform_real_distribution<double> exponent(-300, 300);
        std::vector<double> a(n), b(n), c(n), d(n), e(n);
        for (std::size_t i = 0; i < n; ++i) {
            a[i] = narrow(random);
            b[i] = wide(random);
            c[i] = 0.25 * few(random);  // four values, each many times (0 among them)
            d[i] = std::pow(10.0, exponent(random)) * (i % 3 == 0 ? -1 : 1);
            e[i] = 1.5;  // all equal
        }
        for (const auto* x : {&a, &b, &c, &d, &e}) expectSameBits(*x, quantileRanks(n));
        expectSameBits(a, {0, n - 1, n / 2, 0, n - 1});  // the extremes, a rank asked twice
    }
}

TEST(OrderStatistics, KeepTheValuesBitsAtTheEdgesOfTheDoubles) {
    const std::vector<double> x = {0.0, 5e-324, -5e-324, 1e308, -1e308, 2.2250738585072014e-308,
                                   1.0, -1.0,   0.5,     0.0,   1e308,  3.0};
    for (std::size_t r = 0; r < x.size(); ++r) expectSameBits(x, {r, 0, x.size() - 1, r, r});
}
