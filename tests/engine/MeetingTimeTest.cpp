#include <gtest/gtest.h>

#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/Dashboard.h"

// Meetings in simulated time (issue 12, testers' fault (c)): a meeting takes place in the current
// week, within the campaign and the week's capacity; one still open when its week is played is
// closed "sans suite"; its minutes are taken from the week's capacity and it counts among the
// meetings held.
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
std::string firstWhat(const std::vector<Problem>& problems) {
    return problems.empty() ? "" : problems.front().what;
}
const std::string& meetingSiret() {
    static const auto s = MeetingJournal::siretOf(MeetingJournal::line());
    return s;
}
}  // namespace

TEST(MeetingTime, NoMeetingOnceEveryWeekOfTheCampaignIsPlayed) {
    MeetingJournal j;
    const int weeks = minimalScenario().durationWeeks;  // 4
    for (int w = 1; w <= weeks; ++w) j.ok(cmd::kRunWeek, {{"semaine", w}});
    const auto why = firstWhat(j.run(cmd::kMeetingOpen, {{"siret", meetingSiret()}}));
    EXPECT_NE(why.find("toutes jouées"), std::string::npos) << why;
}

TEST(MeetingTime, NoMeetingOnceTheWeeksCapacityIsTaken) {
    MeetingJournal j;
    // Half an hour a week: week 1 (5 working days, no public holiday) has 30 minutes.
    j.ok(cmd::kPlanCapacity, {{"heures_semaine", 0.5}});
    j.ok(cmd::kMeetingOpen, {{"siret", meetingSiret()}});
    // 3 preparation steps of 10 minutes each (datasets/questions_rdv.csv): 30 minutes taken.
    j.choose(1, {"prep_fiche", "prep_convention"});
    // Other companies (one meeting open per company at a time).
    const auto other = [](int n) { return MeetingJournal::siretOf(MeetingJournal::line(n)); };
    EXPECT_TRUE(j.run(cmd::kMeetingOpen, {{"siret", other(1)}}).empty());  // 20 < 30 minutes
    j.choose(1, {"prep_documents"});
    const auto why = firstWhat(j.run(cmd::kMeetingOpen, {{"siret", other(2)}}));
    EXPECT_NE(why.find("capacité de la semaine 1"), std::string::npos) << why;
    // Once the week is played, the next week has its own capacity.
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    j.ok(cmd::kMeetingOpen, {{"siret", meetingSiret()}});
    EXPECT_EQ(j.record(3).week, 2);
}

TEST(MeetingTime, AMeetingStillOpenWhenItsWeekIsPlayedIsClosedSansSuite) {
    MeetingJournal j;
    j.ok(cmd::kMeetingOpen, {{"siret", meetingSiret()}});
    j.choose(1, {"ouv_presentation", "dec_budget"});
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    EXPECT_TRUE(j.record(1).lapsed);
    EXPECT_TRUE(j.record(1).closed());
    const auto why = firstWhat(j.run(cmd::kMeetingChoice, {{"rdv", 1}, {"choix", "dec_niveau"}}));
    EXPECT_NE(why.find("clos sans suite"), std::string::npos) << why;
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), 7, j.state(), 1);
    const auto& t = view.transcript();
    EXPECT_EQ(t.outcome, MeetingOutcome::Lost);
    ASSERT_FALSE(t.reasons.empty());
    EXPECT_NE(t.reasons.front().find("clos sans suite"), std::string::npos);
}

TEST(MeetingTime, AMeetingsMinutesAreTakenFromItsWeeksCapacityAndItCountsAsHeld) {
    MeetingJournal j;
    j.ok(cmd::kMeetingOpen, {{"siret", meetingSiret()}});
    j.choose(1, {"prep_fiche", "ouv_presentation", "dec_budget"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    const auto seed = minimalScenario().seed;
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), seed, j.state(), 1);
    const auto campaign =
        Campaign::replay(minimalScenario(), reference(), minimalMarket(), seed, j.state());
    ASSERT_EQ(campaign.weeks().size(), 1u);
    const auto& w = campaign.weeks()[0];
    EXPECT_EQ(w.clientMeetings, 1);
    EXPECT_GT(view.transcript().minutes, 0);
    EXPECT_DOUBLE_EQ(w.meetingHours, view.transcript().minutes / 60);
    EXPECT_GE(w.hoursUsed, w.meetingHours);
    const auto dashboard = Dashboard::of(campaign, j.state());
    ASSERT_FALSE(dashboard.weeks.empty());
    EXPECT_GE(dashboard.weeks[0].meetingsHeld, 1);
}
