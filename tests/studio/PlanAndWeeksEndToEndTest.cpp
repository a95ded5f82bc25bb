// Issue 11's offscreen end-to-end test: the Rouen attempt opened in the window, a plan built
// through the session's journal commands (a segment, a target, a call sequence and a mailing),
// 8 weeks run with the Semaine workspace's button, the dashboard's figures checked against the
// weeks' results, and the replay of the journal equal to the live state.
#include <gtest/gtest.h>

#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <array>

#include "../engine/TestCampaigns.h"  // action()
#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/Dashboard.h"
#include "cmcsim/sim/WeekReport.h"
#include "shell/MainWindow.h"
#include "weeks/CompanyTable.h"
#include "weeks/ContactTable.h"
#include "weeks/FunnelPanel.h"
#include "weeks/WeekHeader.h"
#include "weeks/WeekResultsPanel.h"
#include "weeks/WeekWorkspace.h"

using namespace cmcsim;
using namespace cmcsim::test;

TEST(PlanAndWeeksEndToEnd, PlanAndEightWeeksInTheStudio) {
    QSettings().clear();
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(
        window.createAttempt(QStringLiteral("default"), dir.filePath(QStringLiteral("rouen.cmc"))));
    auto& session = *window.session();
    ASSERT_EQ(session.scenario().id, "rouen-ze");

    // The plan: hotels and restaurants (section I) as the first target, 40 calls a week for the
    // 8 weeks and a mailing of 80 letters a week from week 3; 8 calls a day asked each week.
    Segment hcr;
    hcr.id = "hcr";
    hcr.name = "Hôtels et restaurants";
    hcr.filter.sections = {"I"};
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, hcr.toJson()));
    ASSERT_TRUE(
        session.run(QStringLiteral("cible"), command::kPlanTarget, PlanTarget{"hcr", 1}.toJson()));
    ASSERT_TRUE(session.run(
        QStringLiteral("appels"), command::kPlanAction,
        action("appels-hcr", ActionKind::CallSequence, "hcr", 1, 8, 12, 0, 40).toJson()));
    ASSERT_TRUE(
        session.run(QStringLiteral("courrier"), command::kPlanAction,
                    action("courrier-hcr", ActionKind::Mailing, "hcr", 3, 8, 3, 900, 80).toJson()));
    for (int w = 1; w <= 8; ++w) {
        PlanObjective objective;
        objective.week = w;
        objective.newContracts = 1;
        objective.premiumsEur = 5000;
        objective.dailyCalls = 8;
        ASSERT_TRUE(
            session.run(QStringLiteral("objectif"), command::kPlanObjective, objective.toJson()));
    }

    auto* weeks = window.findChild<WeekWorkspace*>();
    ASSERT_NE(weeks, nullptr);
    window.workspaces()->setCurrentWidget(weeks);
    for (int w = 1; w <= 8; ++w) {
        ASSERT_TRUE(weeks->header()->nextButton()->isEnabled()) << w;
        weeks->header()->nextButton()->click();
        ASSERT_EQ(session.state().weekRuns().size(), static_cast<std::size_t>(w));
    }
    const auto& campaign = session.campaign();
    ASSERT_EQ(campaign.weeks().size(), 8u);
    // The workspace shows week 8 as Campaign computed it.
    EXPECT_EQ(weeks->results()->week(), 8);
    EXPECT_EQ(weeks->results()->contacts()->rows()->model()->rowCount(),
              static_cast<int>(campaign.weeks().back().contacts.size()));
    EXPECT_EQ(weeks->funnel()->rows()->model()->rowCount(),
              static_cast<int>(campaign.progress().size()));

    // The dashboard against the weeks: per week and in total.
    const auto dashboard = Dashboard::of(campaign, session.state().weekRuns());
    ASSERT_EQ(dashboard.weeks.size(), 8u);
    std::int64_t signatures = 0, contacts = 0, meetings = 0;
    double premiums = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const auto& r = campaign.weeks()[i];
        const auto& d = dashboard.weeks[i];
        EXPECT_EQ(d.week, r.week);
        EXPECT_EQ(d.calls, r.calls) << r.week;
        EXPECT_EQ(d.signatures, r.signatures) << r.week;
        EXPECT_DOUBLE_EQ(d.premiumsEur, r.premiumsSignedEur) << r.week;
        EXPECT_DOUBLE_EQ(d.spentEur, r.spentEur) << r.week;
        EXPECT_EQ(d.dailyCallsObjective, 8);
        EXPECT_DOUBLE_EQ(d.callsPerDay, static_cast<double>(r.calls) / 5);  // 5 working days
        std::int64_t booked = 0;
        for (const auto& c : r.contacts) booked += c.meetingBooked;
        EXPECT_EQ(d.meetingsBooked, booked) << r.week;
        signatures += r.signatures;
        premiums += r.premiumsSignedEur;
        contacts += static_cast<std::int64_t>(r.contacts.size());
        meetings += booked;
    }
    EXPECT_EQ(dashboard.signatures, signatures);
    EXPECT_NEAR(dashboard.premiumsSignedEur, premiums, 1e-6);
    EXPECT_EQ(dashboard.weeks.back().cumulativeSignatures, signatures);
    EXPECT_DOUBLE_EQ(dashboard.weeks.back().cumulativeObjectiveContracts, 8);  // 1 a week
    EXPECT_GT(contacts, 200);  // 40 calls a week and 80 letters from week 3 reached the file
    EXPECT_GT(meetings, 0);
    // The funnel now: the companies of Campaign::progress by stage, the targets not contacted.
    std::array<std::int64_t, 8> funnel{};
    funnel[0] = campaign.toContact();
    for (const auto& [c, p] : campaign.progress())
        if (p.stage != FunnelStage::ToContact) ++funnel[static_cast<std::size_t>(p.stage)];
    EXPECT_EQ(dashboard.funnel, funnel);

    // Replay: the state after the journal equals the live state, and the weeks recomputed from
    // it give the results the workspace showed.
    const AttemptTimeline timeline(session.scenario(), session.market(), session.journal(),
                                   session.reference().planRules);
    EXPECT_EQ(timeline.current().toJson(), session.state().toJson());
    const auto replayed =
        Campaign::replay(session.scenario(), session.reference(), session.market(),
                         session.engine().attempt().seed(), timeline.current());
    ASSERT_EQ(replayed.weeks().size(), 8u);
    for (std::size_t i = 0; i < 8; ++i)
        EXPECT_EQ(WeekReport::lines(replayed.weeks()[i], replayed),
                  WeekReport::lines(campaign.weeks()[i], campaign));
}
