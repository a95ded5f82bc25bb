#include "cmcsim/market/Territory.h"

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/Geography.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/scenario/ScenarioSize.h"

namespace cmcsim {

Territory::Territory(const Geography& geography, const Scenario& scenario) {
    const auto& all = geography.communes();
    communes_ = ScenarioSize::territoryCommunes(geography, scenario);
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
