#include <gtest/gtest.h>

#include "MeetingTestKit.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/meeting/MeetingDuration.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/sim/Campaign.h"

// Issue 12 §3 (meetingpolish): a meeting's stated duration is bounded by the trade's reality and
// costs the week's time (MeetingDuration).
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// Why opening a meeting with the n-th test line's company (MeetingJournal::line) with the options
// `open` is refused when written (MeetingLog::checkWrite, as AttemptSession::execute calls it,
// then the journal's own rules); "" when it opens it.
std::string opening(MeetingJournal& j, nlohmann::json open, int n = 0) {
    open["siret"] = MeetingJournal::siretOf(MeetingJournal::line(n));
    try {
        j.state().meetings().checkWrite(open, j.state().meetingContext(), reference().meetings,
                                        "rdv.ouverture");
    } catch (const InputError& e) {
        return e.what();
    }
    const auto problems = j.run(cmd::kMeetingOpen, open);
    return problems.empty() ? std::string() : problems.front().what;
}
}  // namespace

TEST(MeetingDuration, AStatedDurationTakesTheWeeksCapacity) {
    MeetingJournal j;
    j.ok(cmd::kPlanCapacity, {{"heures_semaine", 2}});  // 120 minutes in week 1
    // 240 minutes do not fit in 120.
    const auto tooLong = opening(j, {{"duree_minutes", 240}});
    EXPECT_NE(tooLong.find("un rendez-vous de 240 minutes ne tient pas dans la semaine 1"),
              std::string::npos)
        << tooLong;
    // 120 minutes booked, one step of 10 played: the week is taken all the same.
    ASSERT_EQ(opening(j, {{"duree_minutes", 120}}), "");
    j.choose(1, {"prep_fiche"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto full = opening(j, nlohmann::json::object(), 1);  // another company
    EXPECT_NE(full.find("capacité de la semaine 1"), std::string::npos) << full;
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    const auto campaign = Campaign::replay(minimalScenario(), reference(), minimalMarket(),
                                           minimalScenario().seed, j.state());
    ASSERT_EQ(campaign.weeks().size(), 1u);
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                           j.state(), 1);
    EXPECT_LT(view.transcript().minutes, 120);
    EXPECT_DOUBLE_EQ(campaign.weeks()[0].meetingHours, 2.0);  // 120 / 60, not the minutes spent
}

TEST(MeetingDuration, APlannedDurationOutsideTheTradesRangeIsRefused) {
    const auto& bank = reference().meetings;
    EXPECT_EQ(MeetingDuration::refusal(30, bank), "");
    EXPECT_EQ(MeetingDuration::refusal(240, bank), "");
    EXPECT_NE(MeetingDuration::refusal(480, bank).find(
                  "480 minutes : la durée prévue d'un rendez-vous client est un nombre "
                  "entier de minutes de 30 à 240"),
              std::string::npos);
    // A user's error, not the dataset's notes.
    EXPECT_EQ(MeetingDuration::refusal(29, bank).find("hypothèse"), std::string::npos);
    MeetingJournal j;
    const auto why = opening(j, {{"duree_minutes", 480}});
    EXPECT_NE(why.find("« duree_minutes » : 480 minutes"), std::string::npos) << why;
}

// A journal written before the trade's range (15 to 480 minutes then) still replays: the range
// and the week's room are checked when a command is written, not when a journal is read.
TEST(MeetingDuration, AnOldJournalsDurationStillReplays) {
    MeetingJournal j;
    const nlohmann::json open{{"siret", MeetingJournal::siretOf(MeetingJournal::line(0))},
                              {"duree_minutes", 480}};
    EXPECT_TRUE(j.run(cmd::kMeetingOpen, open).empty());
    ASSERT_EQ(j.state().meetings().meetings().size(), 1u);
    EXPECT_EQ(j.state().meetings().meetings()[0].plannedMinutes, 480);
    MeetingJournal beyond;  // beyond what any journal was written with
    const auto problems = beyond.run(
        cmd::kMeetingOpen,
        {{"siret", MeetingJournal::siretOf(MeetingJournal::line(0))}, {"duree_minutes", 481}});
    ASSERT_FALSE(problems.empty());
    EXPECT_NE(problems.front().what.find("de 15 à 480"), std::string::npos)
        << problems.front().what;
}
