#pragma once

#include <cstdint>
#include <vector>

namespace cmcsim {

class Geography;
struct ReferenceData;
struct Scenario;

// The size of a scenario's market, known before generation: the communes of its territory,
// their population and the number of establishments to generate. The loader bounds it, and
// the generator uses the same figures, so whatever validates generates.
struct ScenarioSize {
    // Establishments a market may hold, whatever field produces them (count, density_share,
    // territory): 1.6 times the 1.9 million establishments of France's private sector
    // (URSSAF 2024, datasets/urssaf_france_tranche_entreprise_2024.csv), the cap `count`
    // always had.
    static constexpr std::uint64_t kMaxEstablishments = 3'000'000;

    std::vector<std::uint32_t> communes;  // Geography indices, ascending, without repeats
    std::uint64_t population = 0;         // population municipale of those communes
    std::uint64_t establishments = 0;     // to generate; at least 1 when population > 0

    // The communes of the départements, the communes listed and those within each radius.
    static std::vector<std::uint32_t> territoryCommunes(const Geography& geography,
                                                        const Scenario& scenario);
    // `count` when given, else France's establishments per inhabitant (URSSAF 2024 / INSEE)
    // times `density_share` times the population, rounded, at least 1.
    static std::uint64_t establishmentsFor(const ReferenceData& reference, const Scenario& scenario,
                                           std::uint64_t population);
    static ScenarioSize of(const ReferenceData& reference, const Scenario& scenario);
};

}  // namespace cmcsim
