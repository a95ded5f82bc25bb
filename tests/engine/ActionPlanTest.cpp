#include <gtest/gtest.h>

#include "TestFiles.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/plan/ActionPlan.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// A plan using every field: a weekly and a monthly objective, two targets, two actions.
ActionPlan samplePlan() {
    ActionPlan plan;
    plan.weeklyCapacityHours = 28.5;
    plan.objectives = {{2, 0, 3, 12000.5, 25}, {0, 3, 10, 40000, 0}};
    plan.targets = {{"btp", 1}, {"tpe", 2}};
    PlannedAction calls;
    calls.id = "appels-btp";
    calls.kind = ActionKind::CallSequence;
    calls.segmentId = "btp";
    calls.firstWeek = 1;
    calls.lastWeek = 4;
    calls.hoursPerWeek = 10;
    calls.contactsPerWeek = 60;
    calls.expectedYield = 0.03;
    calls.description = "Script « obligation de branche »";
    PlannedAction event;
    event.id = "petit-dej";
    event.kind = ActionKind::PrescriberEvent;
    event.prescriberKind = "expert_comptable";
    event.sirets = {siret::siretFor(siret::sirenFromBody(12345678), 1)};
    event.firstWeek = event.lastWeek = 3;
    event.hoursPerWeek = 6;
    event.budgetEur = 450;
    plan.actions = {calls, event};
    return plan;
}

}  // namespace

TEST(ActionPlan, JsonRoundTripKeepsEveryField) {
    const auto plan = samplePlan();
    std::vector<Problem> problems;
    const auto json = plan.toJson();
    const auto back = ActionPlan::fromJson(json, problems);
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? "" : problems.front().what);
    EXPECT_EQ(back.toJson(), json);
    EXPECT_EQ(json["actions"][0]["type"], "sequence_appels");
    EXPECT_EQ(json["actions"][1]["sirets"][0].get<std::string>().size(), 14u);
    EXPECT_DOUBLE_EQ(back.weeklyCapacityHours, 28.5);
    EXPECT_EQ(back.actions[1].prescriberKind, "expert_comptable");
}

TEST(ActionPlan, KindCodesRoundTrip) {
    for (int k = 0; k <= static_cast<int>(kLastActionKind); ++k) {
        const auto kind = static_cast<ActionKind>(k);
        EXPECT_EQ(actionKindFromCode(actionKindCode(kind)), kind);
        EXPECT_NE(std::string(actionKindLabel(kind)), "");
    }
    EXPECT_FALSE(actionKindFromCode("telepathie"));
}

TEST(ActionPlan, WrongFieldsAreReportedWithTheirPath) {
    auto json = samplePlan().toJson();
    json["actions"][0]["type"] = "telepathie";
    json["actions"][0]["heures_semaine"] = -2;
    json["actions"][1]["id"] = "appels-btp";
    json["actions"][1]["sirets"] = {"12345678901234"};  // wrong Luhn key
    json["actions"][1]["semaine_fin"] = 2;              // before semaine_debut 3
    json["objectifs"][1]["semaine"] = 4;                // both a week and a month
    json["cibles"][1]["segment"] = "btp";               // twice the same target
    json["extra"] = 1;
    std::vector<Problem> problems;
    ActionPlan::fromJson(json, problems);
    std::set<std::string> places;
    for (const auto& p : problems) places.insert(p.where);
    EXPECT_EQ(places, (std::set<std::string>{"$.actions[0].type", "$.actions[0].heures_semaine",
                                             "$.actions[1]", "$.actions[1].semaine_fin",
                                             "$.objectifs[1]", "$.cibles[1]", "$.extra"}))
        << problems.size();
}

TEST(ActionPlan, PlannedHoursAndBudgetSumTheRunningActions) {
    const auto plan = samplePlan();
    EXPECT_DOUBLE_EQ(plan.plannedHours(1), 10);  // the calls only
    EXPECT_DOUBLE_EQ(plan.plannedHours(3), 16);  // calls 10 h + the event 6 h
    EXPECT_DOUBLE_EQ(plan.plannedHours(5), 0);
    EXPECT_DOUBLE_EQ(plan.totalBudgetEur(), 450);
}

TEST(ActionPlan, ChangesReplaceByKeyAndKeepTheirOrder) {
    auto plan = samplePlan();
    plan.setObjective({1, 0, 1, 0, 0});
    plan.setObjective({0, 3, 12, 0, 0});  // replaces March
    ASSERT_EQ(plan.objectives.size(), 3u);
    EXPECT_EQ(plan.objectives[0].week, 1);  // weeks (month 0) first, then months
    EXPECT_EQ(plan.objective(0, 3)->newContracts, 12);
    plan.setTarget({"tpe", 1});
    EXPECT_EQ(plan.targets.size(), 2u);
    EXPECT_TRUE(plan.removeTarget("btp"));
    EXPECT_FALSE(plan.removeTarget("btp"));
    auto changed = plan.actions[0];
    changed.hoursPerWeek = 12;
    plan.putAction(changed);
    EXPECT_EQ(plan.actions.size(), 2u);
    EXPECT_DOUBLE_EQ(plan.action("appels-btp")->hoursPerWeek, 12);
    EXPECT_TRUE(plan.removeAction("petit-dej"));
    EXPECT_EQ(plan.action("petit-dej"), nullptr);
}
