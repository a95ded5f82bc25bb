#include "cmcsim/scenario/ScenarioSize.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

std::vector<std::uint32_t> ScenarioSize::territoryCommunes(const Geography& geography,
                                                           const Scenario& scenario) {
    const auto& all = geography.communes();
    std::vector<bool> chosen(all.size());
    // One pass over the communes for the départements (a whole country names 96 of them).
    const std::set<std::string, std::less<>> departements(scenario.departements.begin(),
                                                          scenario.departements.end());
    // The communes come département by département: each run of one département is looked up
    // once (a string comparison per commune instead of a set lookup).
    if (!departements.empty()) {
        const std::string* last = nullptr;
        bool inside = false;
        for (std::uint32_t i = 0; i < all.size(); ++i) {
            if (!last || all[i].departement != *last) {
                last = &all[i].departement;
                inside = departements.contains(*last);
            }
            chosen[i] = inside;
        }
    }
    for (const auto& code : scenario.communes)
        if (auto i = geography.communeIndex(code)) chosen[*i] = true;
    for (const auto& around : scenario.around) {
        const auto centre = geography.communeIndex(around.commune);
        if (!centre) continue;
        for (std::uint32_t i = 0; i < all.size(); ++i)
            if (Geography::distanceKm(all[*centre], all[i]) <= around.radiusKm) chosen[i] = true;
    }
    std::vector<std::uint32_t> communes;
    communes.reserve(static_cast<std::size_t>(std::count(chosen.begin(), chosen.end(), true)));
    for (std::uint32_t i = 0; i < all.size(); ++i)
        if (chosen[i]) communes.push_back(i);
    return communes;
}

std::uint64_t ScenarioSize::establishmentsFor(const ReferenceData& r, const Scenario& s,
                                              std::uint64_t population) {
    if (s.establishmentCount) return static_cast<std::uint64_t>(*s.establishmentCount);
    double national = 0;
    for (const auto& b : r.sizes.companyBands()) national += b.establishments;
    const double density = national / static_cast<double>(r.geography.totalPopulation());
    const double planned =
        std::round(density * s.densityShare.value_or(1.0) * static_cast<double>(population));
    // Compared as a double first: a product beyond 2^64 must not wrap.
    if (!(planned < 1e18)) return UINT64_MAX;
    return std::max<std::uint64_t>(1, static_cast<std::uint64_t>(planned));
}

ScenarioSize ScenarioSize::of(const ReferenceData& reference, const Scenario& scenario) {
    ScenarioSize size;
    size.communes = territoryCommunes(reference.geography, scenario);
    for (auto i : size.communes) size.population += reference.geography.communes()[i].population;
    size.establishments = establishmentsFor(reference, scenario, size.population);
    return size;
}

}  // namespace cmcsim
