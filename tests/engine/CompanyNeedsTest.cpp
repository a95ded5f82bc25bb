#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <set>

#include "TestMarkets.h"
#include "cmcsim/needs/CompanyNeeds.h"

using namespace cmcsim;

namespace {
const Market& market() {
    return test::rouenMarket();
}
const Scenario& scenario() {
    return test::rouenScenario();
}
std::uint64_t seed() {
    return scenario().seed;
}

// Every company's needs on Rouen, computed once.
const std::vector<CompanyNeeds>& rouenNeeds() {
    static const std::vector<CompanyNeeds> all = [] {
        std::vector<CompanyNeeds> v;
        for (std::uint32_t i = 0; i < market().companies.size(); ++i)
            v.push_back(CompanyNeeds::of(market(), test::reference(), scenario(), seed(), i));
        return v;
    }();
    return all;
}

// The market holding company `index` of `from` alone, its establishments and census copied.
Market alone(const Market& from, std::uint32_t index) {
    Market m;
    m.competitors = from.competitors;
    m.prescribers = from.prescribers;
    auto company = from.companies[index];
    for (std::uint32_t e = 0; e < company.establishmentCount; ++e) {
        auto copy = from.establishments[company.firstEstablishment + e];
        const auto cells = from.census(copy);
        copy.company = 0;
        copy.censusOffset = static_cast<std::uint32_t>(m.censusCells.size());
        m.censusCells.insert(m.censusCells.end(), cells.begin(), cells.end());
        m.establishments.push_back(copy);
    }
    company.firstEstablishment = 0;
    m.companies.push_back(company);
    return m;
}

// Share of `what` among the companies of band `band` (-1: all).
struct Census {
    double employees = 0, children = 0, seniors = 0;
};
Census censusOf(const Market& m, const Company& c) {
    Census s;
    for (std::uint32_t e = 0; e < c.establishmentCount; ++e)
        for (const auto& cell : m.census(m.establishments[c.firstEstablishment + e])) {
            s.employees += cell.headcount;
            if (cell.family >= 2) s.children += cell.headcount;
            if (cell.ageBand >= 3) s.seniors += cell.headcount;
        }
    return s;
}

double correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) mx += x[i] / n, my += y[i] / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}
}  // namespace

TEST(CompanyNeeds, IsTheSameForTheSameSeedAndCompany) {
    const auto a = CompanyNeeds::of(market(), test::reference(), scenario(), seed(), 17);
    const auto b = CompanyNeeds::of(market(), test::reference(), scenario(), seed(), 17);
    EXPECT_EQ(a.budgetEurPerEmployeeMonth, b.budgetEurPerEmployeeMonth);
    EXPECT_EQ(a.decisionDate, b.decisionDate);
    ASSERT_EQ(a.decisionMakers.size(), b.decisionMakers.size());
    for (std::size_t i = 0; i < a.decisionMakers.size(); ++i)
        EXPECT_EQ(a.decisionMakers[i].objections, b.decisionMakers[i].objections);
    const auto other = CompanyNeeds::of(market(), test::reference(), scenario(), seed() + 1, 17);
    EXPECT_NE(a.budgetEurPerEmployeeMonth, other.budgetEurPerEmployeeMonth);
}

// Keyed by SIREN: the company read alone (as the CLI's CompanyExtract reads it) has the needs it
// has in the whole market.
TEST(CompanyNeeds, DependsOnTheCompanyNotItsIndex) {
    for (std::uint32_t index : {3u, 401u, 2999u}) {
        const auto whole = CompanyNeeds::of(market(), test::reference(), scenario(), seed(), index);
        const auto single = alone(market(), index);
        const auto one = CompanyNeeds::of(single, test::reference(), scenario(), seed(), 0);
        EXPECT_EQ(whole.budgetEurPerEmployeeMonth, one.budgetEurPerEmployeeMonth);
        EXPECT_EQ(whole.priorities.dental, one.priorities.dental);
        EXPECT_EQ(whole.branchRegime, one.branchRegime);
        EXPECT_EQ(whole.dissatisfactions, one.dissatisfactions);
        EXPECT_EQ(whole.decisionMakers.size(), one.decisionMakers.size());
    }
}

TEST(CompanyNeeds, RefusesAnIndexOutsideTheMarket) {
    EXPECT_THROW(CompanyNeeds::of(market(), test::reference(), scenario(), seed(),
                                  static_cast<std::uint32_t>(market().companies.size())),
                 std::out_of_range);
}

// What every company's needs hold, whatever the draw.
TEST(CompanyNeeds, HoldsItsInvariantsOnRouen) {
    const auto& bank = test::reference().objections;
    const Date earliest =
        scenario().startDate.plusDays(7 * test::reference().needs.minimumLeadWeeks);
    for (const auto& n : rouenNeeds()) {
        const auto& c = market().companies[n.company];
        ASSERT_FALSE(n.decisionMakers.empty());
        EXPECT_EQ(n.decisionMakers.front().role, "dirigeant");
        double total = 0;
        for (const auto& d : n.decisionMakers) {
            total += d.influence;
            for (const auto& code : d.objections) {
                const auto* o = bank.find(code);
                ASSERT_NE(o, nullptr) << code;
                EXPECT_TRUE(o->raisedBy(d.role)) << code << " " << d.role;
            }
        }
        EXPECT_NEAR(total, 1, 1e-9);
        if (c.sizeBand == 0 && c.accountant < 0 && c.broker < 0) {
            EXPECT_EQ(n.decisionMakers.size(), 1u);  // a TPE's dirigeant decides alone
        }
        if (c.accountant < 0) {
            EXPECT_EQ(n.decisionMaker("expert_comptable"), nullptr);
        }
        if (c.broker < 0) {
            EXPECT_EQ(n.decisionMaker("courtier"), nullptr);
        }
        EXPECT_GE(n.wantedLevel, 1);
        EXPECT_LE(n.wantedLevel, 4);
        EXPECT_GT(n.budgetEurPerEmployeeMonth, 0);
        EXPECT_GE(n.decisionDate, earliest);
        EXPECT_EQ(n.covered, c.health.insurer >= 0);
        if (!n.covered) {
            EXPECT_TRUE(n.dissatisfactions.empty());
        }
        if (n.renewal != Date{} && n.decisionDate > n.renewal) {
            EXPECT_TRUE(n.covered);  // only by RIA, health
        }
        if (c.idcc < 0) {
            EXPECT_TRUE(n.branchRegime.empty());
        }
    }
}

// A good diagnosis finds differences: the decision makers follow the size (a DRH in no TPE, in
// most companies from 100 employees; the CSE from 50 in all), within 3 binomial standard
// deviations plus 0.02 of besoins_entreprises.csv's presence.
TEST(CompanyNeeds, DecisionMakersFollowTheSizeBand) {
    const auto& m = test::reference().needs;
    std::array<double, 8> companies{}, hr{}, cse{};
    for (const auto& n : rouenNeeds()) {
        const auto band = market().companies[n.company].sizeBand;
        companies[band] += 1;
        hr[band] += n.decisionMaker("drh") ? 1 : 0;
        cse[band] += n.decisionMaker("cse") ? 1 : 0;
    }
    for (std::size_t b = 0; b < 8; ++b) {
        if (companies[b] < 30) continue;
        const double p = m.hrPresence[b];
        const double tolerance = 3 * std::sqrt(p * (1 - p) / companies[b]) + 0.02;
        EXPECT_NEAR(hr[b] / companies[b], p, tolerance) << "band " << b;
        if (b >= 3) {
            EXPECT_EQ(cse[b], companies[b]) << "band " << b;
        }
    }
    EXPECT_EQ(hr[0], 0);
}

// Budget against the premium: the employer's budget averages the current employer share (61 %,
// F.2) raised by the expected 4,7 % (F.2), ± 5 %; it spreads (some companies below the current
// share, some well above).
TEST(CompanyNeeds, BudgetFollowsTheCurrentPremium) {
    const auto& m = test::reference().needs;
    double ratio = 0, count = 0, below = 0;
    for (const auto& n : rouenNeeds()) {
        const auto& c = market().companies[n.company];
        if (!n.covered) continue;
        const double share = c.health.monthlyPremium.euros() * m.employerShare;
        ratio += n.budgetEurPerEmployeeMonth / (share * (1 + m.expectedRise));
        below += n.budgetEurPerEmployeeMonth < share ? 1 : 0;
        count += 1;
    }
    EXPECT_NEAR(ratio / count, 1.0, 0.05);
    EXPECT_GT(below / count, 0.2);
    EXPECT_LT(below / count, 0.6);
}

// Priorities follow the census: dental need grows with the share of employees with children,
// hospital need with the share aged 45 and over (Pearson correlation above 0.3 over Rouen's
// companies with at least 5 employees, where a share means something).
TEST(CompanyNeeds, PrioritiesFollowTheCensus) {
    std::vector<double> children, seniors, dental, optics, hospital;
    for (const auto& n : rouenNeeds()) {
        const auto s = censusOf(market(), market().companies[n.company]);
        if (s.employees < 5) continue;
        children.push_back(s.children / s.employees);
        seniors.push_back(s.seniors / s.employees);
        dental.push_back(n.priorities.dental);
        optics.push_back(n.priorities.optics);
        hospital.push_back(n.priorities.hospital);
    }
    ASSERT_GT(children.size(), 500u);
    EXPECT_GT(correlation(children, dental), 0.3);
    EXPECT_GT(correlation(children, optics), 0.2);
    EXPECT_GT(correlation(seniors, hospital), 0.3);
}

// Cheap: ≤ 1 ms a company (the brief); in practice a few microseconds.
TEST(CompanyNeeds, TakesUnderAMillisecondACompany) {
    const auto start = std::chrono::steady_clock::now();
    const std::uint32_t count =
        static_cast<std::uint32_t>(std::min<std::size_t>(2000, market().companies.size()));
    double sink = 0;
    for (std::uint32_t i = 0; i < count; ++i)
        sink += CompanyNeeds::of(market(), test::reference(), scenario(), seed() + 7, i)
                    .budgetEurPerEmployeeMonth;
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    EXPECT_GT(sink, 0);
    EXPECT_LT(ms / count, 1.0);
}
