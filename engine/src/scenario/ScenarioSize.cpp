#include "cmcsim/scenario/ScenarioSize.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

std::vector<std::uint32_t> ScenarioSize::territoryCommunes(const Geography& geography,
                                                           const Scenario& scenario) {
    // By the communes' département indices, populations and points: the communes themselves
    // (Geography::communes(), their names) are not needed.
    const auto count = geography.communeCount();
    std::vector<bool> chosen(count);
    // One pass over the communes for the départements (a whole country names 96 of them).
    std::vector<bool> departements(geography.departements().size());
    bool any = false;
    for (const auto& code : scenario.departements)
        if (const auto* d = geography.departement(code)) {
            departements[static_cast<std::size_t>(d - geography.departements().data())] = true;
            any = true;
        }
    if (any)
        for (std::uint32_t i = 0; i < count; ++i)
            chosen[i] = departements[geography.departementIndex(i)];
    for (const auto& code : scenario.communes)
        if (auto i = geography.communeIndex(code)) chosen[*i] = true;
    for (const auto& around : scenario.around) {
        const auto centre = geography.communeIndex(around.commune);
        if (!centre) continue;
        for (std::uint32_t i = 0; i < count; ++i)
            if (geography.distanceKm(*centre, i) <= around.radiusKm) chosen[i] = true;
    }
    std::vector<std::uint32_t> communes;
    for (std::uint32_t i = 0; i < count; ++i)
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
    for (auto i : size.communes) size.population += reference.geography.population(i);
    size.establishments = establishmentsFor(reference, scenario, size.population);
    return size;
}

}  // namespace cmcsim
