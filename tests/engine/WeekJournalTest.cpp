#include <gtest/gtest.h>

#include "TestCampaigns.h"
#include "TestFiles.h"
#include "TestJournal.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/attempt/Journal.h"
#include "cmcsim/sim/WeekReport.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
std::string firstProblem(const std::vector<Problem>& problems) {
    return problems.empty() ? "" : problems.front().what;
}
}  // namespace

TEST(WeekJournal, WeeksRunInOrderWithinTheScenario) {
    JournalBuilder b(minimalScenario(), minimalMarket());  // 4 weeks
    EXPECT_NE(
        firstProblem(b.add(cmd::kRunWeek, {{"semaine", 2}})).find("« semaine » doit valoir 1"),
        std::string::npos);
    EXPECT_NE(firstProblem(b.add(cmd::kRunWeek, {{"semaine", "1"}})), "");
    for (int w = 1; w <= 4; ++w) EXPECT_TRUE(b.add(cmd::kRunWeek, {{"semaine", w}}).empty());
    EXPECT_NE(firstProblem(b.add(cmd::kRunWeek, {{"semaine", 5}})).find("toutes sont jouées"),
              std::string::npos);
    ASSERT_EQ(b.state().weekRuns().size(), 4u);
    EXPECT_EQ(b.state().weekRuns()[2].week, 3);
}

// The simulated date moves by a week: 5 January 2026 + 7 × 2 after week 2.
TEST(WeekJournal, SimulatedDateMovesByAWeek) {
    JournalBuilder b(minimalScenario(), minimalMarket());
    EXPECT_EQ(b.state().simulatedDate(), Date::fromCivil(2026, 1, 5));
    b.add(cmd::kRunWeek, {{"semaine", 1}});
    EXPECT_EQ(b.state().simulatedDate(), Date::fromCivil(2026, 1, 12));
    b.add(cmd::kRunWeek, {{"semaine", 2}});
    EXPECT_EQ(b.state().simulatedDate(), Date::fromCivil(2026, 1, 19));
    EXPECT_EQ(b.journal().back().simulatedDate, Date::fromCivil(2026, 1, 12));
}

TEST(WeekJournal, AWeekRunCannotBeUndoneNorRunAfterHandIn) {
    JournalBuilder b(minimalScenario(), minimalMarket());
    b.add(cmd::kRunWeek, {{"semaine", 1}});
    EXPECT_NE(firstProblem(b.add(cmd::kUndo, {{"entree", b.last()}})).find("ne s'annule pas"),
              std::string::npos);
    b.add(cmd::kSeal, {{"entrees", b.last()}});
    EXPECT_NE(firstProblem(b.add(cmd::kRunWeek, {{"semaine", 2}})).find("remise"),
              std::string::npos);
}

// A 20-week attempt of the Rouen scenario, with segments changed and studies bought between the
// weeks: the state after the journal equals the live state, and the weeks recomputed from the
// journal give the results the candidate saw live.
TEST(WeekJournal, ReplayOfTwentyWeeksEqualsTheLiveState) {
    const auto& scenario = rouenScenario();
    const auto& market = rouenMarket();
    JournalBuilder b(scenario, market);
    Campaign live = rouenCampaign();
    std::vector<std::string> seen;
    ProspectFilter hcr;
    hcr.sections = {"I"};
    for (int w = 1; w <= 20; ++w) {
        if (w == 5) hcr.sizeBands = {"11", "12"};
        if (w == 1 || w == 5) {
            ASSERT_TRUE(b.add(cmd::kSaveSegment, segment("hcr", hcr).toJson()).empty());
        }
        // The plan changes as results come in: calls from week 1, letters from week 6, more
        // hours from week 10 (the state records the plan as it was at each week).
        if (w == 1) {
            auto calls = action("appels", ActionKind::CallSequence, "hcr", 1, 20, 15, 0, 40);
            ASSERT_TRUE(b.add(cmd::kPlanAction, calls.toJson()).empty());
        }
        if (w == 6) {
            auto letters = action("courrier", ActionKind::Mailing, "hcr", 6, 12, 2, 600, 80);
            ASSERT_TRUE(b.add(cmd::kPlanAction, letters.toJson()).empty());
        }
        if (w == 10) {
            ASSERT_TRUE(b.add(cmd::kPlanCapacity, {{"heures_semaine", 30}}).empty());
        }
        if (w == 8 && !scenario.studies.empty())
            b.add(cmd::kBuyStudy, {{"etude", scenario.studies.front().id}});
        ASSERT_TRUE(b.add(cmd::kRunWeek, {{"semaine", w}}).empty()) << w;
        for (const auto& line : WeekReport::lines(live.runWeek(b.state().weekRuns().back()), live))
            seen.push_back(line);
    }
    const auto replayed =
        AttemptState::replay(scenario, market, b.journal(), cmcsim::test::reference().planRules);
    EXPECT_EQ(replayed.toJson(), b.state().toJson());
    const auto campaign = Campaign::replay(scenario, reference(), market, scenario.seed, replayed);
    std::vector<std::string> recomputed;
    for (const auto& w : campaign.weeks())
        for (const auto& line : WeekReport::lines(w, campaign)) recomputed.push_back(line);
    EXPECT_EQ(recomputed, seen);
    EXPECT_EQ(replayed.weekRuns().size(), 20u);
    EXPECT_EQ(replayed.weekRuns()[4].plan.actions.size(), 1u);
    EXPECT_EQ(replayed.weekRuns()[5].plan.actions.size(), 2u);
    EXPECT_DOUBLE_EQ(replayed.weekRuns()[9].plan.weeklyCapacityHours, 30);
    std::size_t contacts = 0;
    for (const auto& w : campaign.weeks()) contacts += w.contacts.size();
    EXPECT_GT(contacts, 300u);  // the weeks did contact companies (414 at this seed)
}
