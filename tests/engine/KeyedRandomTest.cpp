#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "cmcsim/core/KeyedRandom.h"

using namespace cmcsim;

namespace {
std::vector<std::uint32_t> firstDraws(KeyedRandom random, std::size_t n = 16) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < n; ++i) out.push_back(random.next32());
    return out;
}

// Pearson's chi-square statistic of observed counts against equal expected counts.
double chiSquareUniform(const std::vector<std::uint64_t>& counts) {
    std::uint64_t total = 0;
    for (auto c : counts) total += c;
    const double expected = static_cast<double>(total) / static_cast<double>(counts.size());
    double chi2 = 0;
    for (auto c : counts)
        chi2 +=
            (static_cast<double>(c) - expected) * (static_cast<double>(c) - expected) / expected;
    return chi2;
}
}  // namespace

TEST(KeyedRandom, PurposeIsFnv1a64) {
    // Published FNV-1a 64-bit test vectors (Fowler/Noll/Vo reference code): "" is the offset
    // basis, "a" → af63dc4c8601ec8c, "foobar" → 85944171f73967e8.
    static_assert(Purpose("").hash() == 0xcbf29ce484222325ULL);
    EXPECT_EQ(Purpose("a").hash(), 0xaf63dc4c8601ec8cULL);
    EXPECT_EQ(Purpose("foobar").hash(), 0x85944171f73967e8ULL);
}

TEST(KeyedRandom, SameKeyGivesSameSequence) {
    KeyedRandom a(42, Purpose("response"), 4711, 12);
    KeyedRandom b(42, Purpose("response"), 4711, 12);
    for (int i = 0; i < 1000; ++i) {
        ASSERT_EQ(a.next32(), b.next32()) << "draw " << i;
        ASSERT_EQ(a.below(1000), b.below(1000)) << "draw " << i;
        ASSERT_EQ(a.uniform(), b.uniform()) << "draw " << i;
        ASSERT_EQ(a.normal(), b.normal()) << "draw " << i;
    }
}

TEST(KeyedRandom, SequenceIsPinnedAcrossMachinesAndVersions) {
    // Computed independently in Python from the definitions: state = mixKey(mixKey(mixKey(seed,
    // FNV1a(purpose)), entity), period), stream = mixKey(FNV1a(purpose), seed), then pcg32
    // (XSH-RR 64/32, pcg-cpp seeding: inc = 2·stream+1, state = (state+inc)·mult+inc, output of
    // the previous state). A change here changes every market of every scenario.
    KeyedRandom random(42, Purpose("response"), 4711, 12);
    EXPECT_EQ(firstDraws(random, 4),
              (std::vector<std::uint32_t>{3360123093u, 1620850621u, 1174723562u, 2834290697u}));
}

TEST(KeyedRandom, AnyKeyPartChangesTheSequence) {
    const auto base = firstDraws(KeyedRandom(42, Purpose("response"), 4711, 12));
    struct Case {
        const char* change;
        KeyedRandom random;
    };
    const std::array<Case, 5> cases = {{
        {"seed", KeyedRandom(43, Purpose("response"), 4711, 12)},
        {"purpose", KeyedRandom(42, Purpose("responses"), 4711, 12)},
        {"entity", KeyedRandom(42, Purpose("response"), 4712, 12)},
        {"period", KeyedRandom(42, Purpose("response"), 4711, 13)},
        // Entity and period swapped: the key is ordered, not a set.
        {"entity and period swapped", KeyedRandom(42, Purpose("response"), 12, 4711)},
    }};
    for (const auto& c : cases) {
        const auto other = firstDraws(c.random);
        std::size_t same = 0;
        for (std::size_t i = 0; i < base.size(); ++i) same += base[i] == other[i] ? 1u : 0u;
        // 16 independent 32-bit draws: one accidental equality has probability 16/2^32.
        EXPECT_EQ(same, 0u) << c.change;
    }
}

TEST(KeyedRandom, BelowStaysInRange) {
    KeyedRandom random(7, Purpose("below-range"));
    for (std::uint32_t bound : {1u, 2u, 3u, 7u, 10u, 1000u, 0x80000001u, 0xffffffffu}) {
        for (int i = 0; i < 20000; ++i) ASSERT_LT(random.below(bound), bound) << "bound " << bound;
    }
    for (int i = 0; i < 100; ++i) EXPECT_EQ(random.below(1), 0u);
}

TEST(KeyedRandom, BelowIsRoughlyUniform) {
    // 10 values, 100,000 draws: chi-square with 9 degrees of freedom; 27.88 is its 0.999
    // quantile (tables), so a fair generator fails this with probability 0.1 %.
    KeyedRandom random(2026, Purpose("below-uniform"));
    std::vector<std::uint64_t> counts(10, 0);
    for (int i = 0; i < 100000; ++i) ++counts[random.below(10)];
    EXPECT_LT(chiSquareUniform(counts), 27.88);
}

TEST(KeyedRandom, BelowIsUnbiasedForLargeBounds) {
    // bound = 3·2^30: a naive next32() % bound would put half of the draws in [0, 2^30) (it folds
    // [3·2^30, 2^32) onto it) instead of a third. Three bins of 2^30, 30,000 draws: chi-square
    // with 2 degrees of freedom, 0.999 quantile 13.82; the naive modulo would give ≈ 7,500.
    KeyedRandom random(2026, Purpose("below-large"));
    const std::uint32_t bound = 3u << 30;
    std::vector<std::uint64_t> counts(3, 0);
    for (int i = 0; i < 30000; ++i) ++counts[random.below(bound) >> 30];
    EXPECT_LT(chiSquareUniform(counts), 13.82);
}

TEST(KeyedRandom, BetweenIsInclusive) {
    KeyedRandom random(3, Purpose("between"));
    std::array<int, 7> seen{};
    for (int i = 0; i < 7000; ++i) {
        const auto v = random.between(-3, 3);
        ASSERT_GE(v, -3);
        ASSERT_LE(v, 3);
        ++seen[static_cast<std::size_t>(v + 3)];
    }
    // Each of the 7 values expected 1,000 times; P(a value never drawn) ≈ 7·(6/7)^7000 ≈ 0.
    for (int count : seen) EXPECT_GT(count, 0);
    EXPECT_EQ(random.between(5, 5), 5);
    // A span wider than 32 bits still stays in range.
    const std::int64_t lo = -(std::int64_t{1} << 40), hi = std::int64_t{1} << 40;
    for (int i = 0; i < 1000; ++i) {
        const auto v = random.between(lo, hi);
        ASSERT_GE(v, lo);
        ASSERT_LE(v, hi);
    }
}

TEST(KeyedRandom, UniformChanceAndNormalHaveTheirMoments) {
    KeyedRandom random(11, Purpose("moments"));
    constexpr int n = 100000;
    double sum = 0, normalSum = 0, normalSquares = 0;
    int hits = 0;
    for (int i = 0; i < n; ++i) {
        const double u = random.uniform();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        sum += u;
        hits += random.chance(0.3) ? 1 : 0;
        const double z = random.normal();
        normalSum += z;
        normalSquares += z * z;
    }
    // Uniform mean 1/2, sd of the mean sqrt(1/12/n) = 0.00091: tolerance 0.005 (5.5 sd).
    EXPECT_NEAR(sum / n, 0.5, 0.005);
    // chance(0.3): sd of the rate sqrt(0.21/n) = 0.00145: tolerance 0.006 (4 sd).
    EXPECT_NEAR(static_cast<double>(hits) / n, 0.3, 0.006);
    // Standard normal: mean 0 (sd of the mean 0.0032, tolerance 0.015); variance 1 (sd of the
    // sample variance sqrt(2/n) = 0.0045, tolerance 0.02).
    const double mean = normalSum / n;
    EXPECT_NEAR(mean, 0.0, 0.015);
    EXPECT_NEAR(normalSquares / n - mean * mean, 1.0, 0.02);

    for (int i = 0; i < 1000; ++i) {
        EXPECT_FALSE(random.chance(0.0));
        EXPECT_TRUE(random.chance(1.0));
    }
}

TEST(KeyedRandom, LogNormalHasTheGivenMedian) {
    // Half of median × exp(sigma × N(0,1)) lies below the median; 40,000 draws, sd of the share
    // 0.0025, tolerance 0.01 (4 sd).
    KeyedRandom random(5, Purpose("lognormal"));
    int below = 0;
    for (int i = 0; i < 40000; ++i) {
        const double x = random.logNormal(30.0, 0.6);
        ASSERT_GT(x, 0.0);
        below += x < 30.0 ? 1 : 0;
    }
    EXPECT_NEAR(below / 40000.0, 0.5, 0.01);
}

namespace {
// Marsaglia and Tsang's method as published (no squeeze, the constants computed per draw): what
// gamma drew before its squeeze test, which must accept exactly the draws this accepts.
double plainGamma(KeyedRandom& random, double shape) {
    if (shape < 1) {
        const double drawn = plainGamma(random, shape + 1);
        return drawn * std::pow(1.0 - random.uniform(), 1.0 / shape);
    }
    const double d = shape - 1.0 / 3.0, c = 1.0 / std::sqrt(9.0 * d);
    for (;;) {
        double x = 0, v = 0;
        do {
            x = random.normal();
            v = 1.0 + c * x;
        } while (v <= 0);
        v = v * v * v;
        const double u = 1.0 - random.uniform();
        if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) return d * v;
    }
}
}  // namespace

TEST(KeyedRandom, GammaDrawsWhatThePlainMethodDraws) {
    // The risk model's figures (tests/golden/quote-*.txt) depend on every draw: the squeeze and
    // the constants computed once must give the same doubles, and leave the stream where the
    // plain method leaves it. Shapes from a tiny death risk to a large company's care item.
    for (const double shape : {1e-9, 0.003, 0.3, 0.999, 1.0, 1.5, 10.0, 1e4, 1e8}) {
        const GammaLaw law(shape);
        KeyedRandom plain(42, Purpose("gamma-check"), 1), fast(42, Purpose("gamma-check"), 1);
        for (int i = 0; i < 20'000; ++i) {
            const double expected = plainGamma(plain, shape);
            ASSERT_EQ(fast.gamma(law), expected) << "shape " << shape << ", draw " << i;
        }
        EXPECT_EQ(fast.next32(), plain.next32()) << "shape " << shape;
    }
}
