#include "cmcsim/core/AliasTable.h"

#include <numeric>
#include <stdexcept>

namespace cmcsim {

AliasTable::AliasTable(std::span<const double> weights) {
    const std::size_t n = weights.size();
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    if (n == 0 || !(total > 0.0)) throw std::invalid_argument("AliasTable: weights sum to zero");
    probability_.assign(n, 0.0);
    alias_.assign(n, 0);
    std::vector<double> scaled(n);
    std::vector<std::uint32_t> small, large;
    for (std::size_t i = 0; i < n; ++i) {
        if (weights[i] < 0.0) throw std::invalid_argument("AliasTable: negative weight");
        scaled[i] = weights[i] * static_cast<double>(n) / total;
        (scaled[i] < 1.0 ? small : large).push_back(static_cast<std::uint32_t>(i));
    }
    while (!small.empty() && !large.empty()) {
        const std::uint32_t s = small.back();
        small.pop_back();
        const std::uint32_t l = large.back();
        probability_[s] = scaled[s];
        alias_[s] = l;
        scaled[l] = (scaled[l] + scaled[s]) - 1.0;
        if (scaled[l] < 1.0) {
            large.pop_back();
            small.push_back(l);
        }
    }
    for (std::uint32_t i : large) probability_[i] = 1.0;
    for (std::uint32_t i : small) probability_[i] = 1.0;
}

std::uint32_t AliasTable::draw(KeyedRandom& random) const {
    const double u = random.uniform() * static_cast<double>(probability_.size());
    const auto column = static_cast<std::uint32_t>(u);
    return (u - column) < probability_[column] ? column : alias_[column];
}

}  // namespace cmcsim
