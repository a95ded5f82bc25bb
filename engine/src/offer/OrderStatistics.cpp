#include "OrderStatistics.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace cmcsim {

namespace {
// A double's bits as an integer in the order of the doubles (negatives reversed below the
// positives), and back: the order of these keys is the order of the values but for −0 < +0.
std::uint64_t keyOf(double v) {
    const auto bits = std::bit_cast<std::uint64_t>(v);
    return (bits >> 63) != 0 ? ~bits : bits | (std::uint64_t{1} << 63);
}
double valueOf(std::uint64_t key) {
    return std::bit_cast<double>((key >> 63) != 0 ? key & ~(std::uint64_t{1} << 63) : ~key);
}
}  // namespace

std::array<double, 5> orderStatistics(const std::vector<double>& x,
                                      const std::array<std::size_t, 5>& ranks) {
    // Each key's bucket is its distance to the smallest key, cut to 12 bits: the buckets cover
    // the values' range evenly, and a rank's value is found among its bucket's few keys.
    std::uint64_t low = UINT64_MAX, high = 0;
    for (const double v : x) {
        low = std::min(low, keyOf(v));
        high = std::max(high, keyOf(v));
    }
    const auto width = static_cast<int>(std::bit_width(high - low));
    const int shift = std::max(0, width - 12);
    std::vector<std::uint32_t> count(static_cast<std::size_t>((high - low) >> shift) + 1);
    for (const double v : x) ++count[(keyOf(v) - low) >> shift];
    // The bucket of each rank and the rank within it.
    std::array<std::size_t, 5> bucket{}, within{};
    std::size_t before = 0;
    for (std::size_t b = 0; b < count.size(); ++b) {
        for (std::size_t i = 0; i < ranks.size(); ++i)
            if (ranks[i] >= before && ranks[i] < before + count[b]) {
                bucket[i] = b;
                within[i] = ranks[i] - before;
            }
        before += count[b];
    }
    // The keys of those buckets (five at most), then each rank's by nth_element among them.
    std::vector<std::int8_t> slot(count.size(), -1);
    std::array<std::vector<std::uint64_t>, 5> members;
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        if (slot[bucket[i]] < 0) slot[bucket[i]] = static_cast<std::int8_t>(i);
        members[static_cast<std::size_t>(slot[bucket[i]])].reserve(count[bucket[i]]);
    }
    for (const double v : x)
        if (const auto s = slot[(keyOf(v) - low) >> shift]; s >= 0)
            members[static_cast<std::size_t>(s)].push_back(keyOf(v));
    std::array<double, 5> values{};
    for (std::size_t i = 0; i < ranks.size(); ++i) {
        auto& m = members[static_cast<std::size_t>(slot[bucket[i]])];
        const auto at = m.begin() + static_cast<std::ptrdiff_t>(within[i]);
        std::nth_element(m.begin(), at, m.end());
        values[i] = valueOf(*at);
    }
    return values;
}

}  // namespace cmcsim
