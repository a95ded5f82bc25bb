#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/market/MarketGenerator.h"

using namespace cmcsim;
using test::reference;

TEST(DefectInjector, EachKindAtItsConfiguredRate) {
    // rouen-ze.json data_quality, per establishment (one original record each). wrong_contact is
    // drawn only when missing_contact did not fire, so its rate is (1 − 0.10) × 0.06 = 0.054.
    // Tolerance: 3 binomial sd, sqrt(n p (1−p)) with n = 14,978 (e.g. 3 × 33.2 = 100 for 0.08).
    const auto& traps = test::rouenScenario().traps;
    ASSERT_EQ(traps.staleHeadcount, 0.08);
    ASSERT_EQ(traps.missingContact, 0.10);
    ASSERT_EQ(traps.wrongContact, 0.06);
    struct Case {
        DefectKind kind;
        double rate;
    };
    const std::array<Case, 6> cases = {{
        {DefectKind::StaleHeadcount, traps.staleHeadcount},
        {DefectKind::Duplicate, traps.duplicates},
        {DefectKind::Closed, traps.closed},
        {DefectKind::WrongNaf, traps.wrongNaf},
        {DefectKind::MissingContact, traps.missingContact},
        {DefectKind::WrongContact, (1 - traps.missingContact) * traps.wrongContact},
    }};
    const auto& m = test::rouenMarket();
    const double n = static_cast<double>(m.establishments.size());
    std::array<double, 6> counts{};
    for (const auto& d : m.defects) counts[static_cast<std::size_t>(d.kind)] += 1;
    for (const auto& c : cases) {
        const double expected = n * c.rate;
        const double tolerance = 3 * std::sqrt(n * c.rate * (1 - c.rate));
        EXPECT_NEAR(counts[static_cast<std::size_t>(c.kind)], expected, tolerance)
            << defectKindCode(c.kind);
    }
    // Every duplicate adds one record.
    EXPECT_EQ(m.prospects.size(), m.establishments.size() + static_cast<std::size_t>(counts[1]));
}

TEST(DefectInjector, EachDefectIsVisibleInItsRecord) {
    const auto& m = test::rouenMarket();
    std::size_t closedDefects = 0;
    for (const auto& d : m.defects) {
        ASSERT_LT(d.record, m.prospects.size());
        const auto& listed = m.prospects[d.record];
        const auto& real = m.establishments[listed.establishment];
        EXPECT_FALSE(d.truth.empty());
        switch (d.kind) {
            case DefectKind::StaleHeadcount:
                EXPECT_NE(listed.headcount, real.headcount) << d.record;
                EXPECT_EQ(listed.sizeBand, reference().sizes.inseeBandFor(listed.headcount))
                    << d.record;
                break;
            case DefectKind::Closed:
                EXPECT_TRUE(real.closed) << d.record;
                ++closedDefects;
                break;
            case DefectKind::WrongNaf:
                EXPECT_NE(listed.naf, real.naf) << d.record;
                break;
            case DefectKind::MissingContact:
                EXPECT_TRUE(listed.contact.name.empty() && listed.contact.phone.empty() &&
                            listed.contact.email.empty())
                    << d.record;
                break;
            case DefectKind::WrongContact:
                // The truth ends with the real number, which the listed one must not be.
                EXPECT_FALSE(listed.contact.phone.empty()) << d.record;
                EXPECT_FALSE(d.truth.ends_with(" " + listed.contact.phone))
                    << d.record << ": " << d.truth;
                break;
            case DefectKind::Duplicate:
                // The second listing follows the original record of the same establishment.
                ASSERT_GT(d.record, 0u);
                EXPECT_EQ(m.prospects[d.record - 1].establishment, listed.establishment)
                    << d.record;
                break;
            case DefectKind::PartialDiffusion:
            case DefectKind::UnknownSizeBand:
            case DefectKind::UndeclaredAgreement:
                ADD_FAILURE() << "rouen-ze.json sets no extract quirk";  // ExtractQuirkTest
                break;
        }
    }
    std::size_t closed = 0;
    for (const auto& e : m.establishments) closed += e.closed ? 1u : 0u;
    EXPECT_EQ(closed, closedDefects);
}

TEST(DefectInjector, ZeroRatesGiveAFaithfulProspectFile) {
    auto j = nlohmann::json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
    for (auto& [key, value] : j["data_quality"].items()) value = 0;
    const auto scenario = ScenarioLoader(reference()).fromText(j.dump(), "clean.json");
    const Market m = MarketGenerator(reference(), scenario).generate();
    EXPECT_TRUE(m.defects.empty());
    ASSERT_EQ(m.prospects.size(), m.establishments.size());
    for (std::size_t i = 0; i < m.prospects.size(); ++i) {
        const auto& p = m.prospects[i];
        const auto& e = m.establishments[i];
        EXPECT_EQ(p.establishment, i);
        EXPECT_EQ(p.siret, e.siret);
        EXPECT_EQ(p.naf, e.naf);
        EXPECT_EQ(p.headcount, e.headcount);
        EXPECT_EQ(p.commune, e.commune);
        EXPECT_EQ(p.name, m.companies[e.company].name);
        EXPECT_FALSE(p.contact.phone.empty());
        EXPECT_FALSE(e.closed);
    }
}
