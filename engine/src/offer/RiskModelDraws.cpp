#include "RiskModelDraws.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace cmcsim {

namespace {
// KeyedRandom's engine, pcg32 (pcg-cpp's setseq_xsh_rr_64_32: a 64-bit LCG, the output taken
// from the state before each step), on a plain state so that many years step side by side. The
// test RiskModelDraws.EqualKeyedRandomToTheBit keeps it equal to KeyedRandom.
constexpr std::uint64_t kMultiplier = 6364136223846793005ULL;

std::uint64_t bump(std::uint64_t state, std::uint64_t increment) {
    return state * kMultiplier + increment;
}
std::uint32_t output(std::uint64_t state) {
    return std::rotr(static_cast<std::uint32_t>((state ^ (state >> 18)) >> 27),
                     static_cast<int>(state >> 59));
}
// KeyedRandom::uniform of two consecutive outputs (the 53 bits converted as a signed integer, the
// same value in one instruction).
double uniformOf(std::uint32_t high, std::uint32_t low) {
    return static_cast<double>(
               static_cast<std::int64_t>(((std::uint64_t{high} << 32) | low) >> 11)) *
           0x1.0p-53;
}

// One year's stream, drawn as KeyedRandom draws it, for a year that left the common path.
struct YearStream {
    std::uint64_t state, increment;
    double spare;
    bool hasSpare;

    std::uint32_t next() {
        const std::uint64_t before = state;
        state = bump(state, increment);
        return output(before);
    }
    double uniform() {
        const std::uint32_t high = next();
        return uniformOf(high, next());
    }
    double normal() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u = 0, v = 0, s = 0;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        spare = v * factor;
        hasSpare = true;
        return u * factor;
    }
    // KeyedRandom::gamma(law) for a shape above 0, step by step.
    double gamma(const GammaLaw& law) {
        const double d = law.d, c = law.c;
        double drawn = 0;
        for (;;) {
            double x = 0, v = 0;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0);
            v = v * v * v;
            const double u = 1.0 - uniform();
            const double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 - 1e-13 * (1 + x2 + law.squeezeMargin + d * v)) {
                drawn = d * v;
                break;
            }
            if (std::log(u) < 0.5 * x * x + d - d * v + d * std::log(v)) {
                drawn = d * v;
                break;
            }
        }
        if (law.inverseShape > 0) return drawn * std::pow(1.0 - uniform(), law.inverseShape);
        return drawn;
    }
};

constexpr std::uint32_t kBlock = 512;

// The streams of a block of years and the scratch of one law's draws, a year per lane.
struct Block {
    std::array<std::uint64_t, kBlock> state{}, after{};
    std::array<double, kBlock> spare{}, pairU{}, pairV{}, pairS{}, factor{}, power{}, drawn{};
    std::array<bool, kBlock> hasSpare{};
    std::array<std::uint32_t, kBlock> logs{}, powers{}, others{};
};

// One law's draw for the years of the block. The common path: the year's normal is its spare or
// a polar pair, v = (1 + c x)³ is positive and the squeeze accepts. The years without a spare draw
// their pair, again those whose pair was rejected until none is left; the logarithms (and the
// powers of a shape below 1) are called for the years of a list, one value at a time; the rest
// runs for every year without branches. A year that leaves the common path (v ≤ 0, a failed
// squeeze: about 8 % of the draws) is drawn again from its stream's state before the law by
// YearStream, so its outputs are used in KeyedRandom's order.
template <bool kPower>
void drawLaw(Block& b, std::uint32_t n, const RiskLaw& law, std::uint64_t increment,
             double* claims) {
    const double d = law.gamma.d, c = law.gamma.c, margin = law.gamma.squeezeMargin;
    // The polar pair of a year without a spare normal (a year with one keeps its state), drawn
    // again for the years whose pair was rejected, until none is left.
    const auto pair = [&](std::uint32_t i, std::uint64_t s0) {
        const std::uint64_t s1 = bump(s0, increment), s2 = bump(s1, increment),
                            s3 = bump(s2, increment);
        const double u = 2.0 * uniformOf(output(s0), output(s1)) - 1.0;
        const double v = 2.0 * uniformOf(output(s2), output(s3)) - 1.0;
        const double s = u * u + v * v;
        b.pairU[i] = u;
        b.pairV[i] = v;
        b.pairS[i] = s;
        b.after[i] = bump(s3, increment);
        return s < 1.0 && s != 0.0;
    };
    std::uint32_t logCount = 0, retryCount = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        b.logs[logCount] = i;
        logCount += !b.hasSpare[i];
        b.after[i] = b.state[i];
    }
    for (std::uint32_t k = 0; k < logCount; ++k) {
        const std::uint32_t i = b.logs[k];
        b.others[retryCount] = i;
        retryCount += !pair(i, b.state[i]);
    }
    while (retryCount > 0) {
        std::uint32_t left = 0;
        for (std::uint32_t k = 0; k < retryCount; ++k) {
            const std::uint32_t i = b.others[k];
            b.others[left] = i;
            left += !pair(i, b.after[i]);
        }
        retryCount = left;
    }
    for (std::uint32_t k = 0; k < logCount; ++k) {
        const std::uint32_t i = b.logs[k];
        b.factor[i] = std::sqrt(-2.0 * std::log(b.pairS[i]) / b.pairS[i]);
    }
    std::uint32_t powerCount = 0, otherCount = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        const bool spare = b.hasSpare[i];
        const double x = spare ? b.spare[i] : b.pairU[i] * b.factor[i];
        double v = 1.0 + c * x;
        const bool positive = v > 0;
        v = v * v * v;
        const double x2 = x * x;
        const std::uint64_t a = b.after[i], a1 = bump(a, increment), a2 = bump(a1, increment);
        const double u = 1.0 - uniformOf(output(a), output(a1));
        if constexpr (kPower) {
            const std::uint64_t a3 = bump(a2, increment);
            b.power[i] = 1.0 - uniformOf(output(a2), output(a3));
            b.after[i] = bump(a3, increment);
        } else {
            b.after[i] = a2;
        }
        const bool common =
            positive && u < 1 - 0.0331 * x2 * x2 - 1e-13 * (1 + x2 + margin + d * v);
        const double drawn = d * v;
        if constexpr (kPower) {
            b.drawn[i] = drawn;
            b.powers[powerCount] = i;
            powerCount += common;
        } else {
            const double sum = claims[i] + drawn * law.scale;
            claims[i] = common ? sum : claims[i];
        }
        b.others[otherCount] = i;
        otherCount += !common;
        b.state[i] = common ? b.after[i] : b.state[i];
        b.spare[i] = common && !spare ? b.pairV[i] * b.factor[i] : b.spare[i];
        b.hasSpare[i] = common ? !spare : spare;
    }
    if constexpr (kPower)
        for (std::uint32_t k = 0; k < powerCount; ++k) {
            const std::uint32_t i = b.powers[k];
            claims[i] += b.drawn[i] * std::pow(b.power[i], law.gamma.inverseShape) * law.scale;
        }
    for (std::uint32_t k = 0; k < otherCount; ++k) {
        const std::uint32_t i = b.others[k];
        YearStream year{b.state[i], increment, b.spare[i], b.hasSpare[i]};
        claims[i] += year.gamma(law.gamma) * law.scale;
        b.state[i] = year.state;
        b.spare[i] = year.spare;
        b.hasSpare[i] = year.hasSpare;
    }
}
}  // namespace

void drawRiskYears(const std::vector<RiskLaw>& laws, std::uint64_t seed, Purpose purpose,
                   std::uint32_t from, std::uint32_t to, double* claims) {
    // KeyedRandom(seed, purpose, year): pcg32 seeded with mixKey(mixKey(mixKey(seed, purpose),
    // year), 0) on the stream mixKey(purpose, seed), the same for every year.
    const std::uint64_t increment = (mixKey(purpose.hash(), seed) << 1) | 1;
    const std::uint64_t key = mixKey(seed, purpose.hash());
    Block b;
    for (std::uint32_t first = from; first < to; first += std::min(kBlock, to - first)) {
        const std::uint32_t n = std::min(kBlock, to - first);
        double* block = claims + (first - from);
        for (std::uint32_t i = 0; i < n; ++i) {
            b.state[i] = bump(mixKey(mixKey(key, first + i), 0) + increment, increment);
            b.hasSpare[i] = false;
            block[i] = 0;
        }
        for (const auto& law : laws) {
            if (law.fixed) {
                for (std::uint32_t i = 0; i < n; ++i) block[i] += law.mean;
            } else if (law.gamma.shape <= 0) {
                for (std::uint32_t i = 0; i < n; ++i) block[i] += 0.0 * law.scale;
            } else if (law.gamma.inverseShape > 0) {
                drawLaw<true>(b, n, law, increment, block);
            } else {
                drawLaw<false>(b, n, law, increment, block);
            }
        }
    }
}

}  // namespace cmcsim
