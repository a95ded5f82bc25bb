#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "cmcsim/core/KeyedRandom.h"

namespace cmcsim {

// Draws an index with probability proportional to fixed weights in O(1) (Vose's alias method).
class AliasTable {
public:
    AliasTable() = default;
    explicit AliasTable(std::span<const double> weights);

    std::uint32_t draw(KeyedRandom& random) const;
    std::size_t size() const { return probability_.size(); }
    bool empty() const { return probability_.empty(); }

private:
    std::vector<double> probability_;
    std::vector<std::uint32_t> alias_;
};

}  // namespace cmcsim
