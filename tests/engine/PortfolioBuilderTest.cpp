#include <gtest/gtest.h>

#include <cmath>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/PortfolioBuilder.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const Portfolio& rouenPortfolio() {
    static const Portfolio portfolio =
        PortfolioBuilder(reference(), rouenScenario(), rouenScenario().seed).build(rouenMarket());
    return portfolio;
}

}  // namespace

TEST(PortfolioBuilder, HoldsEveryCompanyTheMutuelleCovers) {
    const auto& market = rouenMarket();
    std::size_t expected = 0;
    for (const auto& c : market.companies)
        expected += (c.health.insurer == 0 ? 1u : 0u) + (c.provident.insurer == 0 ? 1u : 0u);
    const auto& portfolio = rouenPortfolio();
    ASSERT_EQ(portfolio.contracts.size(), expected);
    ASSERT_GT(expected, 200u);  // enough for the distribution tests below
    for (const auto& c : portfolio.contracts) {
        const auto& company = market.companies[c.company];
        const auto& cover = c.health ? company.health : company.provident;
        EXPECT_EQ(cover.insurer, 0);
        EXPECT_EQ(c.renewal, cover.renewal);
        EXPECT_FLOAT_EQ(c.satisfaction, cover.satisfaction);
        EXPECT_FALSE(c.product.empty());
        EXPECT_LE(c.effective, rouenScenario().startDate);
        EXPECT_GE(c.effective, company.created.plusDays(-31));  // the 1st of its month at worst
        EXPECT_LE(c.lossRatios.size(), 3u);
    }
}

TEST(PortfolioBuilder, SameMarketSamePortfolioAndKeyedPerCompany) {
    const auto again =
        PortfolioBuilder(reference(), rouenScenario(), rouenScenario().seed).build(rouenMarket());
    ASSERT_EQ(again.contracts.size(), rouenPortfolio().contracts.size());
    for (std::size_t i = 0; i < again.contracts.size(); ++i) {
        EXPECT_EQ(again.contracts[i].effective, rouenPortfolio().contracts[i].effective);
        EXPECT_EQ(again.contracts[i].lossRatios, rouenPortfolio().contracts[i].lossRatios);
        EXPECT_EQ(again.contracts[i].prescriber, rouenPortfolio().contracts[i].prescriber);
    }
    // A company's draws depend on its own key only: the market without its other companies
    // gives it the same contract.
    const auto& first = rouenPortfolio().contracts.front();
    Market alone = rouenMarket();
    for (std::uint32_t c = 0; c < alone.companies.size(); ++c)
        if (c != first.company)
            alone.companies[c].health.insurer = alone.companies[c].provident.insurer = 1;
    const auto single =
        PortfolioBuilder(reference(), rouenScenario(), rouenScenario().seed).build(alone);
    ASSERT_FALSE(single.contracts.empty());
    EXPECT_EQ(single.contracts.front().effective, first.effective);
    EXPECT_EQ(single.contracts.front().lossRatios, first.lossRatios);
    // Another seed, another history.
    const auto other = PortfolioBuilder(reference(), rouenScenario(), rouenScenario().seed + 1)
                           .build(rouenMarket());
    int differ = 0;
    for (std::size_t i = 0; i < other.contracts.size(); ++i)
        differ += other.contracts[i].effective != rouenPortfolio().contracts[i].effective ? 1 : 0;
    EXPECT_GT(differ, 0);
}

// The profile's defaults (PortfolioProfile.h): ages floor(Exp(6)) cut at 25 years, so a mean of
// Σ_{k=1..25} e^(−k/6) = e^(−1/6)(1 − e^(−25/6)) / (1 − e^(−1/6)) ≈ 5.43 (before the cut by the
// company's creation, which only lowers it); loss ratios log-normal of mean 0.81 (health) and
// 0.64 (provident); 30 % of the contracts of companies with a prescriber brought by it.
TEST(PortfolioBuilder, DistributionFollowsTheProfile) {
    const auto& portfolio = rouenPortfolio();
    const auto& market = rouenMarket();
    const auto start = rouenScenario().startDate;  // 5 January 2026
    double ages = 0, health = 0, provident = 0;
    std::size_t nAges = 0, nHealth = 0, nProvident = 0, withPrescriber = 0, brought = 0;
    for (const auto& c : portfolio.contracts) {
        // Whole years from the effective date to the last anniversary before the start (in 2026
        // for a 1 January renewal, else in 2025), for companies old enough not to cut the age.
        const int anniversary = start.year() - (c.renewal.month() == 1 ? 0 : 1);
        if (market.companies[c.company].created.year() < start.year() - 26) {
            ages += anniversary - c.effective.year();
            ++nAges;
        }
        for (const auto r : c.lossRatios) {
            (c.health ? health : provident) += r;
            ++(c.health ? nHealth : nProvident);
        }
        const auto& company = market.companies[c.company];
        if (company.broker >= 0 || company.accountant >= 0) {
            ++withPrescriber;
            if (c.prescriber >= 0) ++brought;
        }
    }
    const double expectedAge =
        std::exp(-1.0 / 6) * (1 - std::exp(-25.0 / 6)) / (1 - std::exp(-1.0 / 6));
    ASSERT_GT(nAges, 50u);
    EXPECT_NEAR(ages / static_cast<double>(nAges), expectedAge, 0.9);
    ASSERT_GT(nHealth, 100u);
    EXPECT_NEAR(health / static_cast<double>(nHealth), 0.81, 0.05);
    if (nProvident > 50) {
        EXPECT_NEAR(provident / static_cast<double>(nProvident), 0.64, 0.06);
    }
    ASSERT_GT(withPrescriber, 100u);
    EXPECT_NEAR(static_cast<double>(brought) / static_cast<double>(withPrescriber), 0.3, 0.07);
}

// A tester found a regional portfolio of 356 M€, one client paying 112 M€: premiums counted the
// whole company's headcount, all France (106,200 employees for 42 in the territory). A contract
// counts the employees of the company's open establishments of the market.
TEST(PortfolioBuilder, PremiumsCountTheEmployeesOfTheTerritory) {
    const auto& market = rouenMarket();
    bool aGroupWiderThanTheTerritory = false;
    double total = 0;
    for (const auto& c : rouenPortfolio().contracts) {
        const auto& company = market.companies[c.company];
        std::uint32_t local = 0;
        for (std::uint32_t i = 0; i < company.establishmentCount; ++i) {
            const auto& e = market.establishments[company.firstEstablishment + i];
            if (!e.closed) local += e.headcount;
        }
        EXPECT_EQ(PortfolioBuilder::territoryHeadcount(market, company), local);
        const auto& cover = c.health ? company.health : company.provident;
        EXPECT_NEAR(c.annualPremium.euros(), cover.monthlyPremium.euros() * local * 12, 0.01);
        aGroupWiderThanTheTerritory |= company.headcount > 10 * local;
        total += c.annualPremium.euros();
    }
    EXPECT_TRUE(aGroupWiderThanTheTerritory);  // the case the rule is for exists at Rouen
    // Rouen's employment zone: a regional book of a few million euros, not hundreds.
    EXPECT_LT(total, 50e6);
}
