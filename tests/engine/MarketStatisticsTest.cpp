#include <gtest/gtest.h>

#include <map>
#include <string>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/MarketStatistics.h"

using namespace cmcsim;
using test::reference;

namespace {
const Breakdown& breakdown(const MarketStatistics& s, const std::string& id) {
    for (const auto& b : s.breakdowns)
        if (b.id == id) return b;
    throw std::runtime_error("no breakdown " + id);
}

std::uint64_t sumCounts(const Breakdown& b) {
    std::uint64_t n = 0;
    for (const auto& r : b.rows) n += r.count;
    return n;
}
std::uint64_t sumEmployees(const Breakdown& b) {
    std::uint64_t n = 0;
    for (const auto& r : b.rows) n += r.employees;
    return n;
}
}  // namespace

TEST(MarketStatistics, TotalsAreTheMarketSizes) {
    const auto& m = test::rouenMarket();
    const auto s = MarketStatistics::compute(m, reference());
    std::uint64_t employees = 0, closed = 0;
    for (const auto& e : m.establishments) {
        employees += e.headcount;
        closed += e.closed ? 1u : 0u;
    }
    EXPECT_EQ(s.establishments, m.establishments.size());
    EXPECT_EQ(s.companies, m.companies.size());
    EXPECT_EQ(s.prospectRecords, m.prospects.size());
    EXPECT_EQ(s.prescribers, m.prescribers.size());
    EXPECT_EQ(s.employees, employees);
    EXPECT_EQ(s.closedEstablishments, closed);
}

TEST(MarketStatistics, EstablishmentBreakdownsAddUpToTheMarket) {
    const auto& m = test::rouenMarket();
    const auto s = MarketStatistics::compute(m, reference());
    // Complete breakdowns (no "top"): every establishment in exactly one row.
    for (const char* id : {"sections", "tranches", "departements"}) {
        const auto& b = breakdown(s, id);
        EXPECT_EQ(sumCounts(b), s.establishments) << id;
        EXPECT_EQ(sumEmployees(b), s.employees) << id;
        EXPECT_EQ(b.totalCount, s.establishments) << id;
        EXPECT_EQ(b.totalEmployees, s.employees) << id;
    }
    // Section rows against a count by hand.
    std::map<std::string, std::uint64_t> bySection;
    for (const auto& e : m.establishments)
        ++bySection[std::string(1, reference().naf.codes()[e.naf].section)];
    const auto& sections = breakdown(s, "sections");
    EXPECT_EQ(sections.rows.size(), bySection.size());
    for (const auto& row : sections.rows) EXPECT_EQ(row.count, bySection[row.key]) << row.key;
    // Largest first.
    for (std::size_t i = 1; i < sections.rows.size(); ++i)
        EXPECT_GE(sections.rows[i - 1].count, sections.rows[i].count);
    // Top lists keep the totals of the whole: 15 rows at most, total over all.
    const auto& communes = breakdown(s, "communes");
    EXPECT_LE(communes.rows.size(), 15u);
    EXPECT_EQ(communes.totalCount, s.establishments);
    EXPECT_LE(sumCounts(communes), s.establishments);
}

TEST(MarketStatistics, CompanyBreakdownsCountEveryCompany) {
    const auto& m = test::rouenMarket();
    const auto s = MarketStatistics::compute(m, reference());
    EXPECT_EQ(sumCounts(breakdown(s, "assureurs_sante")), s.companies);
    EXPECT_EQ(sumCounts(breakdown(s, "assureurs_prevoyance")), s.companies);
    std::uint64_t covered = 0;
    for (const auto& c : m.companies) covered += c.health.insurer >= 0 ? 1u : 0u;
    EXPECT_EQ(sumCounts(breakdown(s, "niveaux_sante")), covered);
    EXPECT_EQ(sumCounts(breakdown(s, "echeances")), covered);
}

TEST(MarketStatistics, DefectBreakdownCountsEachKind) {
    const auto& m = test::rouenMarket();
    const auto s = MarketStatistics::compute(m, reference());
    std::map<std::string, std::uint64_t> byKind;
    for (const auto& d : m.defects) ++byKind[defectKindCode(d.kind)];
    ASSERT_EQ(byKind.size(), 6u);  // rouen-ze.json sets all six rates above 0
    EXPECT_EQ(s.defects.rows.size(), byKind.size());
    for (const auto& row : s.defects.rows) EXPECT_EQ(row.count, byKind[row.key]) << row.key;
    EXPECT_EQ(sumCounts(s.defects), m.defects.size());
}
