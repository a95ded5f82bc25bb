#include "cmcsim/core/KeyedRandom.h"

#include <cmath>

namespace cmcsim {

std::uint64_t mixKey(std::uint64_t a, std::uint64_t b) {
    std::uint64_t z = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

KeyedRandom::KeyedRandom(std::uint64_t seed, Purpose purpose, std::uint64_t entity,
                         std::uint64_t period)
    : engine_(mixKey(mixKey(mixKey(seed, purpose.hash()), entity), period),
              mixKey(purpose.hash(), seed)) {}

std::uint64_t KeyedRandom::next64() {
    const std::uint64_t high = engine_();
    return (high << 32) | engine_();
}

double KeyedRandom::uniform() {
    return static_cast<double>(next64() >> 11) * 0x1.0p-53;
}

std::uint32_t KeyedRandom::below(std::uint32_t bound) {
    if (bound == 0) return 0;
    std::uint64_t product = std::uint64_t{engine_()} * bound;
    auto low = static_cast<std::uint32_t>(product);
    if (low < bound) {
        const std::uint32_t threshold = (0u - bound) % bound;
        while (low < threshold) {
            product = std::uint64_t{engine_()} * bound;
            low = static_cast<std::uint32_t>(product);
        }
    }
    return static_cast<std::uint32_t>(product >> 32);
}

std::int64_t KeyedRandom::between(std::int64_t lo, std::int64_t hi) {
    if (hi <= lo) return lo;
    const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
    if (span <= 0xffffffffULL) return lo + below(static_cast<std::uint32_t>(span));
    return lo + static_cast<std::int64_t>(next64() % span);
}

bool KeyedRandom::chance(double probability) {
    return uniform() < probability;
}

double KeyedRandom::normal() {
    if (hasSpare_) {
        hasSpare_ = false;
        return spareNormal_;
    }
    double u = 0, v = 0, s = 0;
    do {
        u = 2.0 * uniform() - 1.0;
        v = 2.0 * uniform() - 1.0;
        s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(s) / s);
    spareNormal_ = v * factor;
    hasSpare_ = true;
    return u * factor;
}

double KeyedRandom::logNormal(double median, double sigma) {
    return median * std::exp(sigma * normal());
}

GammaLaw::GammaLaw(double shape_) : shape(shape_) {
    if (shape <= 0) return;
    const double drawn = shape < 1 ? shape + 1 : shape;
    if (shape < 1) inverseShape = 1.0 / shape;
    d = drawn - 1.0 / 3.0;
    c = 1.0 / std::sqrt(9.0 * d);
    squeezeMargin = 11 * d;
}

double KeyedRandom::gamma(double shape) {
    return gamma(GammaLaw(shape));
}

double KeyedRandom::gamma(const GammaLaw& law) {
    if (law.shape <= 0) return 0;
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
        // Marsaglia and Tsang's squeeze, 1 - 0.0331 x^4 ≤ exp(x²/2 + d - dv + d ln v) for d ≥ 2/3,
        // accepts most draws without the two logarithms. It only takes a u below it by a margin
        // far above the rounding of the full test (at most a few ulps of x² + d(11 + v)), so it
        // accepts only what the full test accepts: the same draws, the same values.
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

}  // namespace cmcsim
