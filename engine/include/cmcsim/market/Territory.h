#pragma once

#include <cstdint>
#include <vector>

#include "cmcsim/core/AliasTable.h"

namespace cmcsim {

class Geography;
struct Scenario;

// The communes of a scenario's territory, drawn in proportion to their population.
class Territory {
public:
    Territory(const Geography& geography, const Scenario& scenario);

    const std::vector<std::uint32_t>& communes() const { return communes_; }  // Geography indices
    std::uint64_t population() const { return population_; }
    // A commune index of Geography, population-weighted.
    std::uint32_t drawCommune(KeyedRandom& random) const { return communes_[table_.draw(random)]; }

private:
    std::vector<std::uint32_t> communes_;
    std::uint64_t population_ = 0;
    AliasTable table_;
};

}  // namespace cmcsim
