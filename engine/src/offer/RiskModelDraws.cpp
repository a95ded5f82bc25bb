#include "RiskModelDraws.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#if defined(__x86_64__) && defined(__GNUC__)
#define CMCSIM_RISK_LANES 1
// GCC 12 warns of its own _mm512_undefined_* in the AVX-512 intrinsics inlined below (GCC bug
// 105593, fixed in GCC 13).
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <immintrin.h>
#endif

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

#ifdef CMCSIM_RISK_LANES
// The lanes' version of the pcg32 step and output and of uniformOf, eight years per register
// (AVX-512 F, DQ and VL, compiled for them whatever the build's target and called only where
// riskLanesAvailable()): the same integer operations, and the conversion of the 53 bits as a
// signed integer followed by the same product, so the same values. Each floating-point operation
// of the scalar code is one intrinsic here, in the same order (and the file is compiled with
// -ffp-contract=off, so that no product and sum are fused).
#define CMCSIM_AVX512 __attribute__((target("avx512f,avx512dq,avx512vl")))
CMCSIM_AVX512 inline __m512i bumpLanes(__m512i s, __m512i increment) {
    return _mm512_add_epi64(
        _mm512_mullo_epi64(s, _mm512_set1_epi64(static_cast<long long>(kMultiplier))), increment);
}
CMCSIM_AVX512 inline __m512i outputLanes(__m512i s) {
    const __m512i x =
        _mm512_and_si512(_mm512_srli_epi64(_mm512_xor_si512(s, _mm512_srli_epi64(s, 18)), 27),
                         _mm512_set1_epi64(0xffffffffLL));
    const __m512i rot = _mm512_srli_epi64(s, 59);
    const __m512i back = _mm512_sub_epi64(_mm512_set1_epi64(32), rot);
    return _mm512_and_si512(_mm512_or_si512(_mm512_srlv_epi64(x, rot), _mm512_sllv_epi64(x, back)),
                            _mm512_set1_epi64(0xffffffffLL));
}
CMCSIM_AVX512 inline __m512d uniformLanes(__m512i high, __m512i low) {
    const __m512i bits = _mm512_srli_epi64(_mm512_or_si512(_mm512_slli_epi64(high, 32), low), 11);
    return _mm512_mul_pd(_mm512_cvtepi64_pd(bits), _mm512_set1_pd(0x1.0p-53));
}
CMCSIM_AVX512 inline __mmask8 flagsLanes(const bool* flags) {
    std::uint64_t bytes = 0;
    std::memcpy(&bytes, flags, 8);
    return _mm512_test_epi64_mask(
        _mm512_cvtepu8_epi64(_mm_cvtsi64_si128(static_cast<long long>(bytes))),
        _mm512_set1_epi64(0xff));
}

// The polar pairs of the years without a spare normal, eight at a time: the list of those years
// (`logs`) and of those whose pair was rejected (`others`); returns where the scalar loop goes on.
CMCSIM_AVX512 std::uint32_t pairsLanes(Block& b, std::uint32_t n, std::uint64_t increment,
                                       std::uint32_t& logCount, std::uint32_t& retryCount) {
    const __m512i inc = _mm512_set1_epi64(static_cast<long long>(increment));
    const __m512d one = _mm512_set1_pd(1.0), two = _mm512_set1_pd(2.0), zero = _mm512_setzero_pd();
    const std::uint32_t end = n / 8 * 8;
    for (std::uint32_t i = 0; i < end; i += 8) {
        const __mmask8 noSpare = static_cast<__mmask8>(~flagsLanes(&b.hasSpare[i]));
        const __m512i s0 = _mm512_loadu_si512(&b.state[i]);
        const __m512i s1 = bumpLanes(s0, inc), s2 = bumpLanes(s1, inc), s3 = bumpLanes(s2, inc);
        const __m512d u =
            _mm512_sub_pd(_mm512_mul_pd(two, uniformLanes(outputLanes(s0), outputLanes(s1))), one);
        const __m512d v =
            _mm512_sub_pd(_mm512_mul_pd(two, uniformLanes(outputLanes(s2), outputLanes(s3))), one);
        const __m512d s = _mm512_add_pd(_mm512_mul_pd(u, u), _mm512_mul_pd(v, v));
        _mm512_storeu_pd(&b.pairU[i], u);
        _mm512_storeu_pd(&b.pairV[i], v);
        _mm512_storeu_pd(&b.pairS[i], s);
        _mm512_storeu_si512(&b.after[i], _mm512_mask_blend_epi64(noSpare, s0, bumpLanes(s3, inc)));
        const __mmask8 accepted =
            _mm512_cmp_pd_mask(s, one, _CMP_LT_OQ) & _mm512_cmp_pd_mask(s, zero, _CMP_NEQ_UQ);
        const __m256i index = _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(i)),
                                               _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
        _mm256_mask_compressstoreu_epi32(&b.logs[logCount], noSpare, index);
        logCount += static_cast<std::uint32_t>(__builtin_popcount(noSpare));
        const __mmask8 rejected = noSpare & static_cast<__mmask8>(~accepted);
        _mm256_mask_compressstoreu_epi32(&b.others[retryCount], rejected, index);
        retryCount += static_cast<std::uint32_t>(__builtin_popcount(rejected));
    }
    return end;
}

// The common path of eight years at a time (see drawLaw); returns where the scalar loop goes on.
template <bool kPower>
CMCSIM_AVX512 std::uint32_t commonLanes(Block& b, std::uint32_t n, const RiskLaw& law,
                                        std::uint64_t increment, double* claims,
                                        std::uint32_t& powerCount, std::uint32_t& otherCount) {
    const __m512i inc = _mm512_set1_epi64(static_cast<long long>(increment));
    const __m512d one = _mm512_set1_pd(1.0), zero = _mm512_setzero_pd();
    const __m512d d = _mm512_set1_pd(law.gamma.d), c = _mm512_set1_pd(law.gamma.c),
                  margin = _mm512_set1_pd(law.gamma.squeezeMargin),
                  scale = _mm512_set1_pd(law.scale);
    const std::uint32_t end = n / 8 * 8;
    for (std::uint32_t i = 0; i < end; i += 8) {
        const __mmask8 spare = flagsLanes(&b.hasSpare[i]);
        const __m512d factor = _mm512_loadu_pd(&b.factor[i]);
        const __m512d spareX = _mm512_loadu_pd(&b.spare[i]);
        const __m512d x = _mm512_mask_blend_pd(
            spare, _mm512_mul_pd(_mm512_loadu_pd(&b.pairU[i]), factor), spareX);
        __m512d v = _mm512_add_pd(one, _mm512_mul_pd(c, x));
        const __mmask8 positive = _mm512_cmp_pd_mask(v, zero, _CMP_GT_OQ);
        v = _mm512_mul_pd(_mm512_mul_pd(v, v), v);
        const __m512d x2 = _mm512_mul_pd(x, x);
        const __m512i a = _mm512_loadu_si512(&b.after[i]);
        const __m512i a1 = bumpLanes(a, inc), a2 = bumpLanes(a1, inc);
        const __m512d u = _mm512_sub_pd(one, uniformLanes(outputLanes(a), outputLanes(a1)));
        __m512i after = a2;
        if constexpr (kPower) {
            const __m512i a3 = bumpLanes(a2, inc);
            _mm512_storeu_pd(&b.power[i],
                             _mm512_sub_pd(one, uniformLanes(outputLanes(a2), outputLanes(a3))));
            after = bumpLanes(a3, inc);
        }
        // 1 - 0.0331 x2 x2 - 1e-13 (1 + x2 + margin + d v), in that order.
        const __m512d dv = _mm512_mul_pd(d, v);
        const __m512d bound = _mm512_sub_pd(
            _mm512_sub_pd(one, _mm512_mul_pd(_mm512_mul_pd(_mm512_set1_pd(0.0331), x2), x2)),
            _mm512_mul_pd(_mm512_set1_pd(1e-13),
                          _mm512_add_pd(_mm512_add_pd(_mm512_add_pd(one, x2), margin), dv)));
        const __mmask8 common = positive & _mm512_cmp_pd_mask(u, bound, _CMP_LT_OQ);
        const __m256i index = _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(i)),
                                               _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
        if constexpr (kPower) {
            _mm512_storeu_pd(&b.drawn[i], dv);
            _mm256_mask_compressstoreu_epi32(&b.powers[powerCount], common, index);
            powerCount += static_cast<std::uint32_t>(__builtin_popcount(common));
        } else {
            const __m512d sum =
                _mm512_add_pd(_mm512_loadu_pd(&claims[i]), _mm512_mul_pd(dv, scale));
            _mm512_mask_storeu_pd(&claims[i], common, sum);
        }
        const __mmask8 other = static_cast<__mmask8>(~common);
        _mm256_mask_compressstoreu_epi32(&b.others[otherCount], other, index);
        otherCount += static_cast<std::uint32_t>(__builtin_popcount(other));
        _mm512_mask_storeu_epi64(&b.state[i], common, after);
        _mm512_mask_storeu_pd(&b.spare[i], common & static_cast<__mmask8>(~spare),
                              _mm512_mul_pd(_mm512_loadu_pd(&b.pairV[i]), factor));
        const __mmask8 hasSpare = static_cast<__mmask8>((common & ~spare) | (~common & spare));
        const __m128i flags = _mm512_cvtepi64_epi8(_mm512_maskz_set1_epi64(hasSpare, 1));
        _mm_storel_epi64(reinterpret_cast<__m128i*>(&b.hasSpare[i]), flags);
    }
    return end;
}

#endif

// One law's draw for the years of the block. The common path: the year's normal is its spare or
// a polar pair, v = (1 + c x)³ is positive and the squeeze accepts. The years without a spare draw
// their pair, again those whose pair was rejected until none is left; the logarithms (and the
// powers of a shape below 1) are called for the years of a list, one value at a time; the rest
// runs for every year without branches. A year that leaves the common path (v ≤ 0, a failed
// squeeze: about 8 % of the draws) is drawn again from its stream's state before the law by
// YearStream, so its outputs are used in KeyedRandom's order.
// With `lanes`, the polar pairs and the common path of all but the last n % 8 years run in
// pairsLanes and commonLanes.
template <bool kPower>
void drawLaw(Block& b, std::uint32_t n, const RiskLaw& law, std::uint64_t increment, double* claims,
             [[maybe_unused]] bool lanes) {
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
    std::uint32_t pairsFrom = 0, commonFrom = 0;
#ifdef CMCSIM_RISK_LANES
    if (lanes) pairsFrom = pairsLanes(b, n, increment, logCount, retryCount);
#endif
    const std::uint32_t pairedLogs = logCount;
    for (std::uint32_t i = pairsFrom; i < n; ++i) {
        b.logs[logCount] = i;
        logCount += !b.hasSpare[i];
        b.after[i] = b.state[i];
    }
    for (std::uint32_t k = pairedLogs; k < logCount; ++k) {
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
#ifdef CMCSIM_RISK_LANES
    if (lanes)
        commonFrom = commonLanes<kPower>(b, n, law, increment, claims, powerCount, otherCount);
#endif
    for (std::uint32_t i = commonFrom; i < n; ++i) {
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

bool riskLanesAvailable() {
#ifdef CMCSIM_RISK_LANES
    static const bool available = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq") &&
               __builtin_cpu_supports("avx512vl");
    }();
    return available;
#else
    return false;
#endif
}

void drawRiskYears(const std::vector<RiskLaw>& laws, std::uint64_t seed, Purpose purpose,
                   std::uint32_t from, std::uint32_t to, double* claims, bool lanes) {
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
                drawLaw<true>(b, n, law, increment, block, lanes);
            } else {
                drawLaw<false>(b, n, law, increment, block, lanes);
            }
        }
    }
}

}  // namespace cmcsim
