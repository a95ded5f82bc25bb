#include <gtest/gtest.h>

#include <vector>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/CoverageModel.h"

using namespace cmcsim;

TEST(CoverageModel, CompetitorsAreTheMutuelleThenTheScenarioOnes) {
    const auto& s = test::rouenScenario();
    const auto& competitors = test::rouenMarket().competitors;
    ASSERT_EQ(competitors.size(), s.competitors.size() + 1);
    EXPECT_EQ(competitors[0].code, "mutuelle");
    EXPECT_EQ(competitors[0].marketShare, s.mutuelle.marketShare);
    for (std::size_t i = 0; i < s.competitors.size(); ++i) {
        EXPECT_EQ(competitors[i + 1].code, s.competitors[i].id);
        EXPECT_EQ(competitors[i + 1].marketShare, s.competitors[i].marketShare);
    }
}

TEST(CoverageModel, ContractsAreConsistent) {
    const auto& m = test::rouenMarket();
    const Date start = test::rouenScenario().startDate;  // 2026-01-05
    const auto insurers = static_cast<std::int16_t>(m.competitors.size());
    for (std::size_t i = 0; i < m.companies.size(); ++i) {
        const auto& c = m.companies[i];
        for (const Coverage* cover : {&c.health, &c.provident}) {
            ASSERT_GE(cover->insurer, -1) << i;
            ASSERT_LT(cover->insurer, insurers) << i;
            if (cover->insurer < 0) continue;
            EXPECT_GE(cover->level, 1u) << i;
            EXPECT_LE(cover->level, 4u) << i;
            EXPECT_GT(cover->monthlyPremium.cents(), 0) << i;
            // The next renewal date: on or after the start, within a year.
            EXPECT_GE(cover->renewal, start) << i;
            EXPECT_LT(cover->renewal, start.plusDays(366)) << i;
            EXPECT_EQ(cover->renewal.day(), 1u) << i;
            EXPECT_GE(cover->satisfaction, 0.0f);
            EXPECT_LE(cover->satisfaction, 1.0f);
            EXPECT_GE(cover->propensityToMove, 0.0f);
            EXPECT_LE(cover->propensityToMove, 1.0f);
        }
        // Collective health cover is compulsory for every private employer since 2016 (ANI of
        // 11 January 2013, loi 2013-504); the model lets only some very small firms (0-9) lack it.
        // A company whose every establishment has closed has ended its contracts (below).
        bool open = false;
        for (std::uint32_t e = 0; e < c.establishmentCount; ++e)
            open = open || !m.establishments[c.firstEstablishment + e].closed;
        if (c.sizeBand > 0 && open) {
            EXPECT_GE(c.health.insurer, 0) << "company " << i << " of band " << int{c.sizeBand};
        }
    }
}

TEST(CoverageModel, HealthSharesFollowTheScenarioMarketShares) {
    // Share of each insurer among the companies covered in health vs rouen-ze.json market
    // shares (mutuelle 0.07, oree-sante 0.22, …). ~14,000 covered companies: binomial sd
    // ≤ 0.36 pp; tolerance 3 pp.
    const auto& m = test::rouenMarket();
    std::vector<double> counts(m.competitors.size(), 0.0);
    double covered = 0;
    for (const auto& c : m.companies) {
        if (c.health.insurer < 0) continue;
        counts[static_cast<std::size_t>(c.health.insurer)] += 1;
        covered += 1;
    }
    ASSERT_GT(covered, 0.9 * static_cast<double>(m.companies.size()));
    for (std::size_t i = 0; i < counts.size(); ++i)
        EXPECT_NEAR(counts[i] / covered, m.competitors[i].marketShare, 0.03)
            << m.competitors[i].code;
}
