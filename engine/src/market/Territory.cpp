#include "cmcsim/market/Territory.h"

#include <algorithm>
#include <set>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/Geography.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

Territory::Territory(const Geography& geography, const Scenario& scenario) {
    std::set<std::uint32_t> chosen;
    const auto& all = geography.communes();
    for (const auto& dep : scenario.departements)
        for (std::uint32_t i = 0; i < all.size(); ++i)
            if (all[i].departement == dep) chosen.insert(i);
    for (const auto& code : scenario.communes)
        if (auto i = geography.communeIndex(code)) chosen.insert(*i);
    for (const auto& around : scenario.around) {
        const auto centre = geography.communeIndex(around.commune);
        if (!centre) continue;
        for (std::uint32_t i = 0; i < all.size(); ++i)
            if (Geography::distanceKm(all[*centre], all[i]) <= around.radiusKm) chosen.insert(i);
    }
    communes_.assign(chosen.begin(), chosen.end());
    std::vector<double> weights;
    weights.reserve(communes_.size());
    for (auto i : communes_) {
        weights.push_back(all[i].population);
        population_ += all[i].population;
    }
    if (population_ == 0) throw InputError("$.territory", "le territoire n'a aucun habitant");
    table_ = AliasTable(weights);
}

}  // namespace cmcsim
