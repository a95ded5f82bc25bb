#include <gtest/gtest.h>

#include <bit>
#include <cstdint>
#include <filesystem>
#include <thread>
#include <vector>

#include "TestReference.h"
#include "cmcsim/reference/ReferenceData.h"

// Geography keeps, per commune, its département's index, population and point, read without
// building communes() (issue 9, docs/performance.md): each must be what communes() holds, and
// the distance between two of them the distance between their Communes, to the bit.
using namespace cmcsim;

TEST(GeographyColumns, AreTheCommunesFieldsAndTheirDistancesToTheBit) {
    const auto& g = cmcsim::test::reference().geography;
    const auto& communes = g.communes();
    ASSERT_EQ(g.communeCount(), communes.size());
    std::uint64_t population = 0;
    for (std::uint32_t i = 0; i < g.communeCount(); ++i) {
        ASSERT_EQ(g.population(i), communes[i].population) << communes[i].code;
        ASSERT_EQ(g.departementCode(i), communes[i].departement) << communes[i].code;
        ASSERT_EQ(g.departements()[g.departementIndex(i)].code, communes[i].departement);
        population += g.population(i);
    }
    EXPECT_EQ(population, g.totalPopulation());
    const auto rouen = *g.communeIndex("76540");
    for (std::uint32_t i = 0; i < g.communeCount(); i += 7)
        ASSERT_EQ(std::bit_cast<std::uint64_t>(g.distanceKm(rouen, i)),
                  std::bit_cast<std::uint64_t>(Geography::distanceKm(communes[rouen], communes[i])))
            << communes[i].code;
}

// The communes are built once, on the first call, whichever thread calls first.
TEST(GeographyColumns, CommunesAreBuiltOnceForEveryThread) {
    const auto g = Geography::load(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "datasets");
    std::vector<const std::vector<Commune>*> seen(4);
    {
        std::vector<std::jthread> threads;
        for (std::size_t t = 0; t < seen.size(); ++t)
            threads.emplace_back([&, t] { seen[t] = &g.communes(); });
    }
    for (const auto* s : seen) EXPECT_EQ(s, seen.front());
    EXPECT_EQ(seen.front()->size(), g.communeCount());
    EXPECT_EQ((*seen.front())[*g.communeIndex("2A004")].name, "Ajaccio");
}
