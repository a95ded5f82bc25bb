#pragma once

#include <cstdint>
#include <pcg_random.hpp>
#include <string_view>

namespace cmcsim {

// The name of what a random draw is for, hashed once at compile time (FNV-1a 64).
class Purpose {
public:
    constexpr explicit Purpose(std::string_view name) : hash_(fnv1a(name)) {}
    constexpr std::uint64_t hash() const { return hash_; }

private:
    static constexpr std::uint64_t fnv1a(std::string_view text) {
        std::uint64_t h = 0xcbf29ce484222325ULL;
        for (char c : text) {
            h ^= static_cast<std::uint8_t>(c);
            h *= 0x100000001b3ULL;
        }
        return h;
    }
    std::uint64_t hash_;
};

// Gamma(shape, 1) with the constants of Marsaglia–Tsang computed once, for many draws of the same
// law (KeyedRandom::gamma): a shape below 1 is drawn as Gamma(shape + 1) × U^(1/shape).
struct GammaLaw {
    explicit GammaLaw(double shape);
    double shape;
    double inverseShape = 0;   // 1/shape when shape < 1, else 0
    double d = 0, c = 0;       // of Gamma(shape) or Gamma(shape + 1)
    double squeezeMargin = 0;  // d × 11, a part of the squeeze test's safety margin
};

// A reproducible random stream seeded by (scenario seed, purpose, entity, period): the same key
// gives the same draws on every machine, whatever else was drawn before (DESIGN.md §4).
class KeyedRandom {
public:
    KeyedRandom(std::uint64_t seed, Purpose purpose, std::uint64_t entity = 0,
                std::uint64_t period = 0);

    std::uint32_t next32() { return engine_(); }
    std::uint64_t next64();
    double uniform();                                        // [0, 1), 53 random bits
    std::uint32_t below(std::uint32_t bound);                // [0, bound), unbiased (Lemire)
    std::int64_t between(std::int64_t lo, std::int64_t hi);  // [lo, hi]
    bool chance(double probability);
    double normal();                                // standard normal (Marsaglia polar)
    double logNormal(double median, double sigma);  // median × exp(sigma × N(0,1))
    double gamma(double shape);                     // Gamma(shape, 1), Marsaglia–Tsang
    double gamma(const GammaLaw& law);              // the same, its constants computed once

private:
    pcg32 engine_;
    double spareNormal_ = 0.0;
    bool hasSpare_ = false;
};

// Mixes 64-bit words into one well-spread key (SplitMix64 finaliser).
std::uint64_t mixKey(std::uint64_t a, std::uint64_t b);

}  // namespace cmcsim
