#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

nlohmann::json minimalJson() {
    return nlohmann::json::parse(readFile(fixturePath("scenarios/minimal.json")));
}

}  // namespace

TEST(PortfolioProfile, AScenarioWithoutTheBlockKeepsTheDefaults) {
    const auto s = ScenarioLoader(reference()).fromText(minimalJson().dump(), "minimal.json");
    const PortfolioProfile defaults;
    EXPECT_DOUBLE_EQ(s.portfolio.meanAgeYears, defaults.meanAgeYears);
    EXPECT_DOUBLE_EQ(s.portfolio.lossRatioHealth, 0.81);     // DREES, domain-facts F.3
    EXPECT_DOUBLE_EQ(s.portfolio.lossRatioProvident, 0.64);  // DREES ER 1361
}

TEST(PortfolioProfile, TheBlockSetsEachKeyAndKeepsTheOthers) {
    auto json = minimalJson();
    json["portfolio"] = {{"mean_age_years", 8}, {"prescriber_share", 0.5}};
    const auto s = ScenarioLoader(reference()).fromText(json.dump(), "p.json");
    EXPECT_DOUBLE_EQ(s.portfolio.meanAgeYears, 8);
    EXPECT_DOUBLE_EQ(s.portfolio.prescriberShare, 0.5);
    EXPECT_EQ(s.portfolio.maxAgeYears, 25);
}

TEST(PortfolioProfile, WrongValuesAreReportedWithTheirPath) {
    auto json = minimalJson();
    json["portfolio"] = {{"loss_ratio_health", -1}, {"max_age_years", 0.5}, {"taille", 3}};
    const auto problems =
        inputProblems([&] { ScenarioLoader(reference()).fromText(json.dump(), "p.json"); });
    std::set<std::string> places;
    for (const auto& p : problems) places.insert(p.where);
    EXPECT_EQ(places, (std::set<std::string>{"p.json $.portfolio.loss_ratio_health",
                                             "p.json $.portfolio.max_age_years",
                                             "p.json $.portfolio.taille"}));
}
