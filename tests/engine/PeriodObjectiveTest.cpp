#include <gtest/gtest.h>

#include <cmath>

#include "AssessmentTestKit.h"
#include "TestCampaigns.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/note/KeyFigures.h"
#include "cmcsim/plan/PeriodObjective.h"
#include "cmcsim/plan/PlanReview.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/sim/Dashboard.h"

using namespace cmcsim;
using namespace cmcsim::test;

// The Rouen scenario starts on Monday 5 January 2026: January has weeks 1–4 (Mondays 5, 12, 19
// and 26 January; week 4 ends on Sunday 1 February), February weeks 5–8. With a weekly
// objective of 1 contract and 3,000 € in week 1 and January's objective of 4 contracts and
// 8,000 €: week 1 counts its own, weeks 2–4 each a quarter of January's (1 and 2,000 €).
TEST(PeriodObjective, AWeekCountsItsOwnObjectiveElseItsShareOfItsMonth) {
    ActionPlan plan;
    plan.objectives = {{1, 0, 1, 3000, 0}, {0, 1, 4, 8000, 0}, {0, 2, 8, 4000, 0}};
    const auto& scenario = rouenScenario();
    EXPECT_EQ(PeriodObjective::weeksOfMonth(scenario, 1), (std::pair{1, 4}));
    EXPECT_EQ(PeriodObjective::monthOf(scenario, 5), 2);
    EXPECT_DOUBLE_EQ(PeriodObjective::ofWeek(plan, scenario, 1).contracts, 1);
    EXPECT_DOUBLE_EQ(PeriodObjective::ofWeek(plan, scenario, 2).premiumsEur, 2000);
    const auto january = PeriodObjective::ofMonth(plan, scenario, 1);
    EXPECT_DOUBLE_EQ(january.contracts, 1 + 3);
    EXPECT_DOUBLE_EQ(january.premiumsEur, 3000 + 6000);
    // February: 8 contracts and 4,000 € over weeks 5–8; weeks 1–6: January's 4 and 9,000 €, then
    // 2 and 1,000 € a week.
    const auto six = PeriodObjective::ofWeeks(plan, scenario, 1, 6);
    EXPECT_DOUBLE_EQ(six.contracts, 4 + 4);
    EXPECT_DOUBLE_EQ(six.premiumsEur, 9000 + 2000);
}

// A monthly objective set once weeks 1–2 of January were played (allowed until January's last
// week is played: PlayedWeeks) counts for the whole month: 8 contracts and 40,000 € over weeks
// 1–4, 2 and 10,000 € a week, all four weeks compared with it (before: weeks 1–2 had none and
// the month's objective shrank to 4 contracts and 20,000 €).
TEST(Dashboard, AMonthlyObjectiveSetMidMonthCountsForTheWholeMonth) {
    auto campaign = rouenCampaign();
    std::vector<WeekRun> runs;
    for (int w = 1; w <= 5; ++w) {
        auto run = busyWeek(w, 5);
        run.plan.objectives.clear();
        if (w >= 3) run.plan.objectives = {{0, 1, 8, 40'000, 0}};
        runs.push_back(run);
        campaign.runWeek(run);
    }
    const auto d = Dashboard::of(campaign, runs);
    for (int w = 0; w < 4; ++w) {
        EXPECT_DOUBLE_EQ(d.weeks[static_cast<std::size_t>(w)].objectiveContracts, 2);
        EXPECT_DOUBLE_EQ(d.weeks[static_cast<std::size_t>(w)].objectivePremiumsEur, 10'000);
    }
    EXPECT_DOUBLE_EQ(d.weeks[3].cumulativeObjectiveContracts, 8);
    EXPECT_DOUBLE_EQ(d.weeks[3].cumulativeObjectivePremiumsEur, 40'000);
    ASSERT_EQ(d.months.size(), 2u);
    const auto& january = d.months[0];
    EXPECT_EQ(january.weeksPlayed, 4);
    EXPECT_TRUE(january.complete());
    EXPECT_DOUBLE_EQ(january.objectiveContracts, 8);
    EXPECT_DOUBLE_EQ(january.objectivePremiumsEur, 40'000);
    // Week 4 straddles January and February: the month says to which Sunday it runs.
    EXPECT_EQ(january.label, "janvier : semaines 1 à 4, du 05/01/2026 au 01/02/2026");
    std::int64_t signatures = 0;
    for (int w = 0; w < 4; ++w) signatures += d.weeks[static_cast<std::size_t>(w)].signatures;
    EXPECT_EQ(january.signatures, signatures);
    EXPECT_FALSE(d.months[1].complete());  // February: week 5 of 5–8 played
    EXPECT_EQ(d.months[1].weeksPlayed, 1);
}

// The same plan gives the same objective totals in the plan checks, the note's key figures and
// the dashboard. The evaluation scenario runs 4 weeks from Monday 5 January 2026 (all in
// January); week 1 has its own objective (1 contract, 3,000 €), January 4 contracts and
// 8,000 €: 1 + 3 × 4 / 4 = 4 contracts and 3,000 + 3 × 8,000 / 4 = 9,000 € (before: the checks
// said 1 and 3,000 €, the note and the dashboard 5 and 11,000 €). The mutuelle wants 5 and
// 20,000 €, so the checks warn with these totals.
TEST(PeriodObjective, TheChecksTheNoteAndTheDashboardGiveTheSameTotals) {
    ScriptedAttempt attempt;
    attempt.add(command::kPlanObjective,
                {{"semaine", 1}, {"nouveaux_contrats", 1}, {"primes_eur", 3000}});
    attempt.add(command::kPlanObjective,
                {{"mois", 1}, {"nouveaux_contrats", 4}, {"primes_eur", 8000}});
    for (int w = 1; w <= 4; ++w) attempt.add(command::kRunWeek, {{"semaine", w}});
    const auto& scenario = assessmentScenario();
    const auto& market = attempt.market();
    const auto state = AttemptState::replay(scenario, market, attempt.journal(),
                                            cmcsim::test::reference().planRules);
    ASSERT_EQ(state.weekRuns().size(), 4u);

    const ProspectView view(market, reference(), state.knowledge());
    std::vector<std::string> checks;
    for (const auto& w : PlanReview::of(reference(), scenario, view, state).warnings)
        if (w.rule == "objectifs_inferieurs") checks.push_back(w.message);
    EXPECT_EQ(checks,
              (std::vector<std::string>{
                  "Objectifs du plan en dessous de ceux de la mutuelle : 4 pour 5 "
                  "(nouveaux contrats)",
                  "Objectifs du plan en dessous de ceux de la mutuelle : " + frenchNumber(9000, 0) +
                      " € pour " + frenchNumber(20000, 0) + " € (primes annuelles)"}));

    const auto figures = KeyFigures::of(reference(), scenario, market, scenario.seed, state);
    ASSERT_NE(KeyFigures::find(figures, "plan/objectif_contrats"), nullptr);
    EXPECT_DOUBLE_EQ(KeyFigures::find(figures, "plan/objectif_contrats")->value, 4);
    EXPECT_DOUBLE_EQ(KeyFigures::find(figures, "plan/objectif_primes")->value, 9000);

    const auto campaign = Campaign::replay(scenario, reference(), market, scenario.seed, state);
    const auto d = Dashboard::of(campaign, state.weekRuns());
    EXPECT_DOUBLE_EQ(d.planObjectiveContracts, 4);
    EXPECT_DOUBLE_EQ(d.planObjectivePremiumsEur, 9000);
    EXPECT_DOUBLE_EQ(d.weeks.back().cumulativeObjectiveContracts, 4);
    EXPECT_DOUBLE_EQ(d.weeks.back().cumulativeObjectivePremiumsEur, 9000);
    ASSERT_EQ(d.months.size(), 1u);
    EXPECT_DOUBLE_EQ(d.months[0].objectiveContracts, 4);
}

// Over 26 weeks of the busy plan without portfolio reviews, clients are lost at their renewal.
// The portfolio's premiums reconcile to the cent: at start = Portfolio::totalAnnualPremium;
// at start − lost = now, a lost client taking all its contracts (before: only the contract at
// its renewal was counted lost, a 40 k€ gap on Rouen); every amount in euros of the JSON is a
// whole number of cents (no 1234.5600000001).
TEST(Dashboard, PortfolioPremiumsReconcileToTheCent) {
    auto campaign = rouenCampaign();
    std::vector<WeekRun> runs;
    for (int w = 1; w <= 26; ++w) {
        auto run = busyWeek(w, 26);
        std::erase_if(run.plan.actions,
                      [](const PlannedAction& a) { return a.kind == ActionKind::PortfolioReview; });
        runs.push_back(run);
        campaign.runWeek(run);
    }
    const auto d = Dashboard::of(campaign, runs);
    ASSERT_GT(d.renewalsLost, 0);
    const auto cents = [](double eur) { return Money::euros(eur).cents(); };
    EXPECT_EQ(cents(d.portfolioPremiumsEur), campaign.portfolio().totalAnnualPremium().cents());
    EXPECT_EQ(cents(d.portfolioPremiumsEur) - cents(d.premiumsLostEur),
              cents(d.portfolioPremiumsNowEur));
    const auto whole = [](double eur) {
        return eur == static_cast<double>(std::llround(eur * 100)) / 100;
    };
    const auto json = d.toJson();
    for (const auto* key : {"primes_au_depart_eur", "primes_en_cours_eur", "primes_perdues_eur"})
        EXPECT_TRUE(whole(json["portefeuille"][key].get<double>())) << key;
    EXPECT_TRUE(whole(json["primes_signees_eur"].get<double>()));
    for (const auto& w : json["semaines"])
        for (const auto* key :
             {"primes_eur", "cumul_primes_eur", "depenses_eur", "cumul_objectif_primes_eur"})
            EXPECT_TRUE(whole(w[key].get<double>())) << key << " " << w["semaine"];
}
