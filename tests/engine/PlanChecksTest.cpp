#include <gtest/gtest.h>

#include "TestFiles.h"
#include "TestReference.h"
#include "cmcsim/plan/PlanChecks.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/scenario/Scenario.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Four weeks from Monday 27 April 2026 in Rouen (76): 4, 4, 4 and 5 working days (1, 8 and 14
// May), so 28, 28, 28 and 35 h at 35 h a week. The mutuelle wants 5 contracts and 20,000 € of
// premiums, its priority segment is "BTP", its excluded one "Intérim"; 1,000 € of budget left.
class PlanChecksTest : public ::testing::Test {
protected:
    PlanChecksTest() {
        scenario_.startDate = Date::fromCivil(2026, 4, 27);
        scenario_.durationWeeks = 4;
        scenario_.departements = {"76"};
        scenario_.policy.newContracts = 5;
        scenario_.policy.annualPremiumEur = 20000;
        scenario_.policy.prioritySegments = {{"BTP", {"F"}, {}, {}, {}}};
        scenario_.policy.excludedSegments = {{"Intérim", {}, {"78"}, {}, {}}};
        plan_.objectives = {{1, 0, 3, 12000, 0}, {3, 0, 2, 8000, 0}};  // 5 and 20,000 €
        plan_.targets = {{"btp", 1}};
        PlannedAction calls;
        calls.id = "appels";
        calls.segmentId = "btp";
        calls.firstWeek = 1;
        calls.lastWeek = 4;
        calls.hoursPerWeek = 20;
        calls.budgetEur = 600;
        plan_.actions = {calls};
        // 80 % of "btp" in the priority segment, none in the excluded one.
        segments_ = {{"btp", 100, {0.8}, {0.0}}, {"interim", 50, {0.0}, {0.9}}};
    }
    std::vector<PlanWarning> check(const PlanRules& rules = reference().planRules) const {
        const PlanCalendar calendar(scenario_, plan_.weeklyCapacityHours);
        PlanCheckInput in;
        in.scenario = &scenario_;
        in.plan = &plan_;
        in.calendar = &calendar;
        in.budgetAvailableEur = 1000;
        in.segments = segments_;
        return checkPlan(rules, in);
    }
    std::vector<std::string> rulesOf(const std::vector<PlanWarning>& warnings) const {
        std::vector<std::string> out;
        for (const auto& w : warnings) out.push_back(w.rule);
        return out;
    }

    Scenario scenario_;
    ActionPlan plan_;
    std::vector<SegmentPolicyShare> segments_;
};

}  // namespace

TEST_F(PlanChecksTest, ASoundPlanHasNoWarning) {
    EXPECT_TRUE(check().empty()) << check().front().message;
}

// Week 1 has 4 working days (1 May): 35 × 4 / 5 = 28 h; 30 h planned is over, week 4's 35 h is
// not.
TEST_F(PlanChecksTest, CapacityOfEachWeekWithItsHolidays) {
    plan_.actions[0].hoursPerWeek = 30;
    const auto warnings = check();
    ASSERT_EQ(warnings.size(), 3u);
    EXPECT_EQ(warnings[0].rule, "capacite_semaine");
    EXPECT_EQ(warnings[0].week, 1);
    EXPECT_EQ(warnings[0].message,
              "Semaine 1 : 30 h planifiées pour 28 h disponibles (4 jours ouvrés)");
    EXPECT_EQ(warnings[2].week, 3);
}

TEST_F(PlanChecksTest, BudgetOverTheBudgetLeft) {
    plan_.actions[0].budgetEur = 1200.5;
    const auto warnings = check();
    ASSERT_EQ(rulesOf(warnings), std::vector<std::string>{"budget"});
    EXPECT_EQ(warnings[0].message, "Budget des actions : 1 200,50 € pour 1 000,00 € disponibles");
}

TEST_F(PlanChecksTest, ActionOnAnExcludedSegment) {
    auto action = plan_.actions[0];
    action.id = "interim";
    action.segmentId = "interim";
    action.hoursPerWeek = 5;
    action.budgetEur = 0;
    plan_.actions.push_back(action);
    const auto warnings = check();
    ASSERT_EQ(rulesOf(warnings), std::vector<std::string>{"segment_exclu"});
    EXPECT_EQ(warnings[0].actionId, "interim");
    EXPECT_EQ(warnings[0].message,
              "Action « interim » : 90 % des établissements du segment "
              "« interim » sont dans un segment exclu par la mutuelle "
              "(Intérim)");
}

TEST_F(PlanChecksTest, PrioritySegmentWithoutAction) {
    segments_[0].priorityShares = {0.3};  // below the 0.5 threshold: "btp" does not cover "BTP"
    EXPECT_EQ(rulesOf(check()), std::vector<std::string>{"prioritaire_sans_action"});
    segments_[0].priorityShares = {0.5};
    EXPECT_TRUE(check().empty());
}

TEST_F(PlanChecksTest, ObjectivesBelowTheMutuelles) {
    plan_.objectives[1].newContracts = 1;    // 4 < 5
    plan_.objectives[1].premiumsEur = 7999;  // 19,999 < 20,000
    const auto warnings = check();
    ASSERT_EQ(warnings.size(), 2u);
    EXPECT_EQ(warnings[0].message,
              "Objectifs du plan en dessous de ceux de la mutuelle : 4 pour 5 (nouveaux contrats)");
    EXPECT_EQ(warnings[1].rule, "objectifs_inferieurs");
    // Monthly objectives count when there is none by week.
    plan_.objectives = {{0, 5, 5, 20000, 0}};
    EXPECT_TRUE(check().empty());
}

TEST_F(PlanChecksTest, ActionOutsideTheWeeks) {
    plan_.actions[0].lastWeek = 6;
    const auto warnings = check();
    ASSERT_EQ(rulesOf(warnings), std::vector<std::string>{"action_hors_semaines"});
    EXPECT_EQ(warnings[0].message,
              "Action « appels » : semaines 1 à 6 hors de l'épreuve (semaines 1 à 4)");
}

TEST_F(PlanChecksTest, TargetWithoutAction) {
    plan_.targets.push_back({"interim", 2});
    const auto warnings = check();
    ASSERT_EQ(rulesOf(warnings), std::vector<std::string>{"cible_sans_action"});
    EXPECT_EQ(warnings[0].segmentId, "interim");
    EXPECT_EQ(warnings[0].message, "La cible « interim » (priorité 2) n'a aucune action");
}

TEST_F(PlanChecksTest, ASwitchedOffRuleGivesNoWarning) {
    plan_.targets.push_back({"interim", 2});
    auto rules = reference().planRules;
    for (auto& r : rules.rules)
        if (r.id == "cible_sans_action") r.active = false;
    EXPECT_TRUE(check(rules).empty());
}

TEST(PlanRules, UnknownPlaceholderOrMissingRuleIsRefused) {
    TempDir dir;
    const auto original = readFile(sourceRoot() / "datasets" / "regles_plan.csv");
    auto text = original;
    text.replace(text.find("{semaine}"), 9, "{jour}");
    writeFile(dir / "regles_plan.csv", text);
    auto problems = inputProblems([&] { PlanRules::load(dir.path()); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "datasets/regles_plan.csv:2:5 (colonne message)");
    const auto lastRule = original.rfind("cible_sans_action");
    writeFile(dir / "regles_plan.csv", original.substr(0, lastRule));
    problems = inputProblems([&] { PlanRules::load(dir.path()); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].what,
              "règle « cible_sans_action » manquante (une ligne par règle attendue)");
}
