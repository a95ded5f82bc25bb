#include <gtest/gtest.h>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/scenario/ScenarioPreview.h"

using namespace cmcsim;

TEST(ScenarioPreview, ReducesTheMarketAndEstimatesDifficulty) {
    const auto& s = test::rouenScenario();
    const auto p = ScenarioPreview::compute(test::reference(), s);
    EXPECT_EQ(p.planned, 14978u);  // the scenario's count
    EXPECT_EQ(p.generated, ScenarioPreview::kEstablishments);
    EXPECT_EQ(p.statistics.establishments, p.generated);
    // Hand check of the definitions on the preview's own figures.
    EXPECT_DOUBLE_EQ(p.trapShare, static_cast<double>(p.statistics.defects.totalCount) /
                                      static_cast<double>(p.statistics.prospectRecords));
    EXPECT_DOUBLE_EQ(p.objectiveRate,
                     static_cast<double>(s.policy.newContracts) / (p.fullCompanies * p.openShare));
    EXPECT_GT(p.openShare, 0.5);  // the mutuelle insures a minority
    // Traps 35 % (below 40 %: 0 point), objective 35 contracts / ~13,660 open companies
    // = 0.26 % (at least 0.2 %: 1 point, below 0.5 %): 1 point, accessible.
    EXPECT_NEAR(p.trapShare, 0.354, 0.01);
    EXPECT_NEAR(p.objectiveRate, 0.00256, 0.0002);
    EXPECT_EQ(p.points, 1);
    EXPECT_EQ(p.level(), ScenarioPreview::Level::Accessible);
    std::printf("rouen-ze: traps %.4f, open %.4f, companies %.0f, objective rate %.5f, %d points\n",
                p.trapShare, p.openShare, p.fullCompanies, p.objectiveRate, p.points);
}

TEST(ScenarioPreview, EveryBundledScenarioGetsALevel) {
    for (const auto& bundled : test::bundledLibrary().scenarios()) {
        const auto p =
            ScenarioPreview::compute(test::reference(), test::bundledScenario(bundled.id));
        EXPECT_LE(p.generated, ScenarioPreview::kEstablishments);
        EXPECT_GE(p.points, 0);
        EXPECT_LE(p.points, 4);
        std::printf("%s: traps %.4f, objective rate %.5f, %d points\n", bundled.id.c_str(),
                    p.trapShare, p.objectiveRate, p.points);
        // The spread the thresholds were set for (ScenarioPreview.h).
        const auto expected = bundled.id == "cantal-rural" ? ScenarioPreview::Level::Demanding
                                                           : ScenarioPreview::Level::Accessible;
        EXPECT_EQ(p.level(), expected) << bundled.id;
    }
}

TEST(ScenarioPreview, StopsWhenCancelled) {
    EXPECT_THROW(
        ScenarioPreview::compute(test::reference(), test::rouenScenario(), [] { return true; }),
        ScenarioPreview::Cancelled);
}
