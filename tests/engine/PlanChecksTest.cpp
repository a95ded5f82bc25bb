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
// The plan's calls (250 a week, weeks 1–4) cost 20 h a week and 500 € by the model
// (datasets/couts_actions.csv: 0.08 h and 0.50 € a call); declared 20 h and 600 €.
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
        calls.contactsPerWeek = 250;
        plan_.actions = {calls};
        // 80 % of "btp" in the priority segment, none in the excluded one.
        segments_ = {{"btp", 100, {0.8}, {0.0}}, {"interim", 50, {0.0}, {0.9}}};
    }
    std::vector<PlanWarning> check(const PlanRules& rules = reference().planRules,
                                   std::vector<const ActionPlan*> played = {}) const {
        const PlanCalendar calendar(scenario_, plan_.weeklyCapacityHours);
        PlanCheckInput in;
        in.scenario = &scenario_;
        in.plan = &plan_;
        in.costs = &reference().actionCosts;
        in.calendar = &calendar;
        in.budgetAvailableEur = 1000;
        in.segments = segments_;
        in.playedPlans = std::move(played);
        return checkPlan(rules, in);
    }
    // Four appointments a week, weeks 1–4: 10 h by the model (2.5 h each), 400 € (25 € each).
    void addMeetings() {
        auto meetings = plan_.actions[0];
        meetings.id = "rdv";
        meetings.kind = ActionKind::Appointment;
        meetings.contactsPerWeek = 4;
        meetings.hoursPerWeek = 10;
        meetings.budgetEur = 400;
        plan_.actions.push_back(meetings);
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

// Week 1 has 4 working days (1 May): 35 × 4 / 5 = 28 h; the calls' 20 h and 4 appointments
// × 2.5 h by the model (30 h) are over, week 4's 35 h is not.
TEST_F(PlanChecksTest, CapacityOfEachWeekWithItsHolidays) {
    addMeetings();
    const auto warnings = check();
    ASSERT_EQ(warnings.size(), 3u);
    EXPECT_EQ(warnings[0].rule, "capacite_semaine");
    EXPECT_EQ(warnings[0].week, 1);
    EXPECT_EQ(warnings[0].message,
              "Semaine 1 : 30 h planifiées pour 28 h disponibles (4 jours ouvrés)");
    EXPECT_EQ(warnings[2].week, 3);
}

// Found by a tester: lowering an action's contacts after week 1 was played erased week 1's
// overrun from the checks (and from the assessment that counts them). A played week is checked
// against the plan it ran with: week 1 keeps its 30 h for 28 h; weeks 2–4 follow the new plan.
TEST_F(PlanChecksTest, APlayedWeekIsCheckedAgainstThePlanItRanWith) {
    addMeetings();
    const auto asPlayed = plan_;
    plan_.actions[0].contactsPerWeek = 100;  // 8 h of calls from week 2: no overrun left
    const auto warnings = check(reference().planRules, {&asPlayed});
    std::vector<int> weeks;
    for (const auto& w : warnings)
        if (w.rule == "capacite_semaine") weeks.push_back(w.week);
    EXPECT_EQ(weeks, std::vector<int>{1});
    // A capacity lowered after the week does not add an overrun to it either.
    plan_.weeklyCapacityHours = 10;
    for (const auto& w : check(reference().planRules, {&asPlayed})) {
        if (w.rule == "capacite_semaine" && w.week == 1) {
            EXPECT_EQ(w.message,
                      "Semaine 1 : 30 h planifiées pour 28 h disponibles (4 jours ouvrés)");
        }
    }
}

// The calls' 500 € and a prescriber event's 800 € of room (8 h, no one invited yet) by the
// model: 1,300 € for 1,000 €, whatever the candidate declares.
TEST_F(PlanChecksTest, BudgetOverTheBudgetLeft) {
    PlannedAction event;
    event.id = "soiree";
    event.kind = ActionKind::PrescriberEvent;
    event.prescriberKind = "expert_comptable";
    event.hoursPerWeek = 8;
    event.budgetEur = 800;
    plan_.actions.push_back(event);
    const auto warnings = check();
    ASSERT_EQ(rulesOf(warnings), std::vector<std::string>{"budget"});
    EXPECT_EQ(warnings[0].message, "Budget des actions : 1 300,00 € pour 1 000,00 € disponibles");
}

TEST_F(PlanChecksTest, ActionOnAnExcludedSegment) {
    auto action = plan_.actions[0];
    action.id = "interim";
    action.segmentId = "interim";
    action.contactsPerWeek = 25;  // 2 h and 50 € by the model
    action.hoursPerWeek = 2;
    action.budgetEur = 50;
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

// 2 h declared for 250 calls a week, 20 h by the model (250 × 0.08 h); 100 € declared for
// 250 × 0.50 € × 4 weeks = 500 €: both off by more than the 50 % of ecart_modele.
TEST_F(PlanChecksTest, DeclaredCostFarFromTheModel) {
    plan_.actions[0].hoursPerWeek = 2;
    plan_.actions[0].budgetEur = 100;
    const auto warnings = check();
    ASSERT_EQ(rulesOf(warnings), (std::vector<std::string>{"ecart_modele", "ecart_modele"}));
    EXPECT_EQ(warnings[0].actionId, "appels");
    EXPECT_EQ(warnings[0].message,
              "Action « appels » : 2 h prévues par semaine, le modèle en compte 20 h (250 appels × "
              "0,08 h)");
    EXPECT_EQ(warnings[1].message,
              "Action « appels » : 100 € de budget, le modèle en compte 500 € (250 appels × 0,5 € "
              "× 4 semaines)");
    plan_.actions[0].hoursPerWeek = 29.9;  // 49.5 % over: within the threshold
    plan_.actions[0].budgetEur = 251;
    EXPECT_TRUE(check().empty()) << check().front().message;
}

// 400 calls a week for a ceiling of 300: the model counts 300 (24 h, 600 €, as declared).
TEST_F(PlanChecksTest, ContactsOverTheKindsCeiling) {
    plan_.actions[0].contactsPerWeek = 400;
    plan_.actions[0].hoursPerWeek = 24;
    const auto warnings = check();
    ASSERT_EQ(rulesOf(warnings), std::vector<std::string>{"plafond_contacts"});
    EXPECT_EQ(warnings[0].message,
              "Action « appels » : 400 contacts par semaine, au-delà du plafond de 300 pour une "
              "personne (Séquence d'appels) : le surplus ne sera pas fait");
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
