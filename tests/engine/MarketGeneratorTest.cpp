#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <unordered_set>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/MarketGenerator.h"

using namespace cmcsim;
using test::reference;

TEST(MarketGenerator, SameSeedGivesTheSameMarket) {
    const auto& first = test::rouenMarket();
    const Market second = MarketGenerator(reference(), test::rouenScenario()).generate();
    EXPECT_EQ(test::firstDifference(first, second), "");
    ASSERT_FALSE(first.companies.empty());
    ASSERT_FALSE(first.defects.empty());
}

TEST(MarketGenerator, AnotherSeedGivesAnotherMarket) {
    const auto& base = test::rouenMarket();
    MarketGenerator generator(reference(), test::rouenScenario(), 20260106);
    EXPECT_EQ(generator.seed(), 20260106u);
    const Market other = generator.generate();
    EXPECT_NE(test::firstDifference(base, other), "");
    // Not just one field: most companies differ in SIREN, and most establishments in commune or
    // sector (equal by chance for a large share only if the seed were ignored).
    const std::size_t n = std::min(base.establishments.size(), other.establishments.size());
    std::size_t same = 0;
    for (std::size_t i = 0; i < n; ++i)
        same += base.establishments[i].commune == other.establishments[i].commune &&
                        base.establishments[i].naf == other.establishments[i].naf
                    ? 1u
                    : 0u;
    EXPECT_LT(static_cast<double>(same) / static_cast<double>(n), 0.2);
    EXPECT_NE(base.companies[0].siren, other.companies[0].siren);
}

TEST(MarketGenerator, ChunkedGenerationEqualsWholeMarket) {
    Market assembled;
    std::size_t chunks = 0;
    std::uint64_t lastDone = 0, lastTotal = 0;
    bool monotonic = true;
    MarketGenerator(reference(), test::rouenScenario())
        .generate(
            [&](Market&& chunk) {
                ++chunks;
                assembled.append(std::move(chunk));
            },
            [&](std::uint64_t done, std::uint64_t total) {
                monotonic = monotonic && done >= lastDone;
                lastDone = done;
                lastTotal = total;
            });
    // Competitors and prescribers first, then ≥ 2 chunks of 4,096 companies for ~14,500.
    EXPECT_GE(chunks, 3u);
    EXPECT_TRUE(monotonic);
    EXPECT_EQ(lastDone, 14978u);
    EXPECT_EQ(lastTotal, 14978u);
    EXPECT_EQ(test::firstDifference(test::rouenMarket(), assembled), "");
}

TEST(MarketGenerator, IdentifiersAreValidAndUnique) {
    const auto& m = test::rouenMarket();
    std::unordered_set<std::uint64_t> sirens, sirets;
    for (const auto& c : m.companies) {
        const auto text = siret::formatSiren(c.siren);
        ASSERT_EQ(text.size(), 9u);
        EXPECT_TRUE(siret::luhnValid(text)) << text;
        EXPECT_TRUE(sirens.insert(c.siren).second) << "duplicate SIREN " << text;
    }
    for (const auto& e : m.establishments) {
        const auto text = siret::formatSiret(e.siret);
        ASSERT_EQ(text.size(), 14u);
        EXPECT_TRUE(siret::luhnValid(text)) << text;
        EXPECT_TRUE(sirets.insert(e.siret).second) << "duplicate SIRET " << text;
        EXPECT_EQ(text.substr(0, 9), siret::formatSiren(m.companies[e.company].siren)) << text;
    }
}

TEST(MarketGenerator, SiretsStayUniqueWhenCompaniesHaveManyEstablishments) {
    // A scenario over all of France (territory share 1) with only 2000+ companies: each has
    // 82,210 / 640 ≈ 128 establishments on average (URSSAF 2024), as a national or large regional
    // scenario would. 3,000 establishments, so it stays fast.
    auto j = nlohmann::json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
    j["territory"] = {{"departements", nlohmann::json::array()}};
    for (const auto& d : reference().geography.departements())
        j["territory"]["departements"].push_back(d.code);
    j["establishments"]["count"] = 3000;
    j["size_mix"] = {{"bands", {{"2000+", 1}}}};
    const auto scenario = ScenarioLoader(reference()).fromText(j.dump(), "national.json");
    const Market m = MarketGenerator(reference(), scenario).generate();
    ASSERT_EQ(m.establishments.size(), 3000u);
    std::size_t largest = 0;
    for (const auto& c : m.companies)
        largest = std::max<std::size_t>(largest, c.establishmentCount);
    ASSERT_GT(largest, 51u) << "precondition: some company has more than 51 establishments";
    std::unordered_set<std::uint64_t> sirets;
    std::size_t duplicates = 0;
    for (const auto& e : m.establishments) {
        EXPECT_TRUE(siret::luhnValid(siret::formatSiret(e.siret)));
        duplicates += sirets.insert(e.siret).second ? 0u : 1u;
    }
    EXPECT_EQ(duplicates, 0u) << "establishments sharing a SIRET among " << m.establishments.size();
}

TEST(MarketGenerator, PlansExactlyTheScenarioCount) {
    MarketGenerator generator(reference(), test::rouenScenario());
    EXPECT_EQ(generator.plannedEstablishments(), 14978u);  // rouen-ze.json "count"
    EXPECT_EQ(generator.seed(), 20260105u);                // rouen-ze.json "seed"
    EXPECT_EQ(test::rouenMarket().establishments.size(), 14978u);
    EXPECT_EQ(test::minimalMarket().establishments.size(), 200u);  // minimal.json "count"
}

TEST(MarketGenerator, CompaniesOwnContiguousEstablishmentRanges) {
    const auto& m = test::rouenMarket();
    std::uint32_t next = 0;
    for (std::uint32_t i = 0; i < m.companies.size(); ++i) {
        const auto& c = m.companies[i];
        ASSERT_EQ(c.firstEstablishment, next) << "company " << i;
        ASSERT_GE(c.establishmentCount, 1u) << "company " << i;
        std::uint64_t employees = 0;
        for (std::uint32_t k = 0; k < c.establishmentCount; ++k) {
            const auto& e = m.establishments[c.firstEstablishment + k];
            EXPECT_EQ(e.company, i);
            EXPECT_EQ(e.naf, c.naf);
            EXPECT_FALSE(e.headOffice && k > 0) << "the head office comes first, company " << i;
            EXPECT_LE(c.created, e.created);
            EXPECT_EQ(e.sizeBand, reference().sizes.inseeBandFor(e.headcount));
            employees += e.headcount;
        }
        // The company's headcount counts all France, so at least its establishments here.
        EXPECT_GE(c.headcount, employees) << "company " << i;
        const auto& band = reference().sizes.companyBands()[c.sizeBand];
        EXPECT_GE(c.headcount, std::max(1u, band.min)) << "company " << i;
        next += c.establishmentCount;
    }
    EXPECT_EQ(next, m.establishments.size());
}

TEST(MarketGenerator, EveryRecordDescribesARealEstablishment) {
    const auto& m = test::rouenMarket();
    const Date start = test::rouenScenario().startDate;
    std::vector<int> records(m.establishments.size(), 0);
    for (const auto& p : m.prospects) {
        ASSERT_LT(p.establishment, m.establishments.size());
        ++records[p.establishment];
        EXPECT_EQ(p.commune, m.establishments[p.establishment].commune);
    }
    // One record per establishment, two when it is listed twice (a duplicate).
    for (std::size_t e = 0; e < records.size(); ++e)
        EXPECT_TRUE(records[e] == 1 || records[e] == 2) << e;
    for (const auto& e : m.establishments) EXPECT_LE(e.created, start);
}

TEST(MarketGenerator, PlacesEstablishmentsByPopulation) {
    const auto& s = test::rouenScenario();
    const auto& g = reference().geography;
    std::set<std::uint32_t> territory;
    double population = 0;
    for (const auto& code : s.communes) {
        territory.insert(*g.communeIndex(code));
        population += g.communes()[*g.communeIndex(code)].population;
    }
    // docs/scenario-format.md: the 218 communes hold 648,150 inhabitants.
    ASSERT_EQ(territory.size(), 218u);
    ASSERT_EQ(population, 648150.0);
    const auto rouen = *g.communeIndex("76540");
    const double expected =
        g.communes()[rouen].population / population;  // 117,662 / 648,150 = 18.15 %
    const auto& m = test::rouenMarket();
    std::size_t inRouen = 0;
    for (const auto& e : m.establishments) {
        ASSERT_TRUE(territory.contains(e.commune));
        inRouen += e.commune == rouen ? 1u : 0u;
    }
    // Binomial sd for 14,978 draws at 18 %: 0.31 pp; tolerance 1.5 pp.
    EXPECT_NEAR(static_cast<double>(inRouen) / static_cast<double>(m.establishments.size()),
                expected, 0.015);
}

TEST(MarketGenerator, DensityShareScalesTheTerritoryPopulation) {
    // cantal-rural.json: département 15, density_share 0.85. The national density is the
    // URSSAF 2024 establishments over the population of France, both from datasets/.
    const auto scenario = test::bundledScenario("cantal-rural");
    ASSERT_TRUE(scenario.densityShare.has_value());
    ASSERT_EQ(*scenario.densityShare, 0.85);
    const auto& ref = reference();
    double national = 0;
    for (const auto& b : ref.sizes.companyBands()) national += b.establishments;
    double cantal = 0;
    for (const auto& c : ref.geography.communes())
        if (c.departement == "15") cantal += c.population;
    ASSERT_EQ(cantal, 144196.0);  // docs/scenario-format.md
    const double density =
        national / static_cast<double>(ref.geography.totalPopulation());  // 0.0277924
    const auto expected = static_cast<std::uint64_t>(std::llround(density * 0.85 * cantal));
    EXPECT_EQ(expected, 3406u);  // 144,196 × 0.0277924 × 0.85 = 3,406.4 (docs/scenario-format.md)
    MarketGenerator generator(ref, scenario);
    EXPECT_EQ(generator.plannedEstablishments(), expected);
    const Market m = generator.generate();
    EXPECT_EQ(m.establishments.size(), expected);
    for (const auto& e : m.establishments)
        ASSERT_EQ(ref.geography.communes()[e.commune].departement, "15");
}
