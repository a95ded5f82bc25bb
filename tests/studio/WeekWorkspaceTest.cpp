// The Semaine workspace (issue 11 §3): the button runs the week through the journal and the
// workspace shows Campaign's results; a refused week shows the engine's message; evaluator mode
// is read-only.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/sim/Campaign.h"
#include "weeks/CompanyTable.h"
#include "weeks/ContactTable.h"
#include "weeks/FunnelPanel.h"
#include "weeks/TableFilter.h"
#include "weeks/WeekAgenda.h"
#include "weeks/WeekHeader.h"
#include "weeks/WeekResultsPanel.h"
#include "weeks/WeekWorkspace.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// The plan fixture (4 weeks from Monday 27 April 2026, 200 establishments): a segment of the
// whole file and a call sequence of 20 companies a week, 8 calls a day asked in week 1.
void planCalls(StudioSession& session) {
    Segment all;
    all.id = "tous";
    all.name = "Tout le fichier";
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, all.toJson()));
    PlannedAction calls;
    calls.id = "appels";
    calls.kind = ActionKind::CallSequence;
    calls.segmentId = "tous";
    calls.firstWeek = 1;
    calls.lastWeek = 4;
    calls.hoursPerWeek = 10;
    calls.contactsPerWeek = 20;
    ASSERT_TRUE(session.run(QStringLiteral("action"), command::kPlanAction, calls.toJson()));
    PlanObjective objective;
    objective.week = 1;
    objective.dailyCalls = 8;
    ASSERT_TRUE(
        session.run(QStringLiteral("objectif"), command::kPlanObjective, objective.toJson()));
}

}  // namespace

TEST(WeekWorkspace, NextWeekButtonRunsTheWeekAndShowsCampaignResults) {
    StudioFixture fixture("scenarios/plan.json");
    auto& session = fixture.session();
    planCalls(session);
    WeekWorkspace workspace(session);
    workspace.show();  // a hidden workspace waits to be shown to read the weeks
    // Before the week: the header names week 1 and its holiday (Friday 1 May 2026, C. trav.
    // L3133-1), the agenda the call sequence at the model's cost and the objective.
    EXPECT_TRUE(workspace.header()->title()->text().contains(QStringLiteral("Semaine 1 sur 4")));
    EXPECT_TRUE(workspace.header()->title()->text().contains(QStringLiteral("01/05/2026")));
    ASSERT_EQ(workspace.agenda()->actions()->topLevelItemCount(), 1);
    const auto cost = session.reference().actionCosts.cost(session.state().plan().actions[0]);
    EXPECT_EQ(workspace.agenda()->actions()->topLevelItem(0)->text(3),
              QString::number(cost.contactsPerWeek));
    EXPECT_TRUE(workspace.agenda()->objective()->text().contains(QStringLiteral("<b>8</b>")));

    const auto entries = session.journal().size();
    workspace.header()->nextButton()->click();
    ASSERT_EQ(session.journal().size(), entries + 1);
    EXPECT_EQ(session.journal().back().kind, command::kRunWeek);
    EXPECT_TRUE(workspace.notice()->isHidden());
    EXPECT_TRUE(workspace.header()->title()->text().contains(QStringLiteral("Semaine 2 sur 4")));

    // The results are Campaign's week 1, row for row.
    const auto& week = session.campaign().weeks().at(0);
    auto* results = workspace.results();
    EXPECT_EQ(results->week(), 1);
    ASSERT_EQ(results->executions()->topLevelItemCount(), static_cast<int>(week.executions.size()));
    const auto& x = week.executions[0];
    EXPECT_EQ(results->executions()->topLevelItem(0)->text(2),
              QStringLiteral("%1 / %2").arg(x.contacts).arg(x.plannedContacts));
    EXPECT_GT(x.contacts, 0);
    auto* contacts = results->contacts()->rows()->model();
    ASSERT_EQ(contacts->rowCount(), static_cast<int>(week.contacts.size()));
    std::int64_t refusals = 0, meetings = 0;
    for (const auto& c : week.contacts) {
        refusals += !c.refusal.empty();
        meetings += c.meetingBooked;
    }
    int shownRefusals = 0;
    for (int row = 0; row < contacts->rowCount(); ++row) {
        EXPECT_EQ(contacts->item(row, ContactTable::kCompany)->data(Qt::UserRole).toUInt(),
                  week.contacts[static_cast<std::size_t>(row)].company);
        shownRefusals += !contacts->item(row, ContactTable::kReason)->text().isEmpty();
    }
    EXPECT_EQ(shownRefusals, refusals);
    // The answer filter keeps the refusals only.
    results->contacts()->rows()->categoryFilter()->setCurrentIndex(
        results->contacts()->rows()->categoryFilter()->findData(ContactTable::Refused));
    EXPECT_EQ(results->contacts()->rows()->filter()->rowCount(), refusals);
    // Pipeline: the meetings booked this week and the steps of earlier meetings (none in week 1).
    EXPECT_EQ(results->steps()->topLevelItemCount(),
              static_cast<int>(meetings + static_cast<std::int64_t>(week.steps.size())));
    // The daily objective: 8 calls a day asked; calls / 5 days made.
    EXPECT_TRUE(
        results->summary()->text().contains(QStringLiteral("objectif d'appels par jour : 8")));

    // The funnel lists Campaign::progress.
    EXPECT_EQ(workspace.funnel()->rows()->model()->rowCount(),
              static_cast<int>(session.campaign().progress().size()));
    EXPECT_GT(workspace.funnel()->rows()->model()->rowCount(), 0);

    // A double-click on a company asks the window for its line of the prospect file (the first
    // listed under its SIREN: SIRET = SIREN × 100 000 + NIC).
    QSignalSpy opened(&workspace, &WeekWorkspace::prospectLineRequested);
    auto* funnel = workspace.funnel()->rows();
    const auto company = funnel->model()->item(0, 0)->data(Qt::UserRole).toUInt();
    Q_EMIT funnel->table()->doubleClicked(funnel->table()->model()->index(0, 2));
    ASSERT_EQ(opened.size(), 1);
    const auto line = opened.front().front().value<std::uint32_t>();
    EXPECT_EQ(session.view().rows()[line].siret / 100'000,
              session.market().companies[company].siren);
}

TEST(WeekWorkspace, ARefusedWeekShowsTheEnginesMessage) {
    StudioFixture fixture("scenarios/plan.json");
    auto& session = fixture.session();
    WeekWorkspace workspace(session);
    workspace.show();
    EXPECT_EQ(workspace.runUntil(4), 4);
    EXPECT_EQ(workspace.results()->selector()->count(), 4);
    EXPECT_EQ(workspace.results()->week(), 4);  // the last played, by default
    EXPECT_FALSE(workspace.header()->nextButton()->isEnabled());
    EXPECT_FALSE(workspace.header()->goToButton()->isEnabled());
    const auto entries = session.journal().size();
    EXPECT_FALSE(workspace.runWeek(5));
    EXPECT_EQ(session.journal().size(), entries);
    EXPECT_FALSE(workspace.notice()->isHidden());
    // AttemptState's refusal (WeekJournal.WeeksRunInOrderWithinTheScenario).
    EXPECT_TRUE(workspace.notice()->text().contains(QStringLiteral("toutes sont jouées")))
        << workspace.notice()->text().toStdString();
}

TEST(WeekWorkspace, EvaluatorModeIsReadOnly) {
    StudioFixture fixture("scenarios/plan.json");
    planCalls(fixture.session());
    {
        WeekWorkspace workspace(fixture.session());
        ASSERT_TRUE(workspace.runWeek(1));
    }
    StudioSession evaluator(
        studioReference(),
        std::make_unique<AttemptSession>(fixture.file(), studioReference(), LoadProgress{},
                                         AttemptSession::Access::ReadOnly));
    WeekWorkspace workspace(evaluator);
    workspace.show();
    EXPECT_FALSE(workspace.header()->nextButton()->isEnabled());
    EXPECT_FALSE(workspace.header()->goToButton()->isEnabled());
    workspace.header()->refresh();  // re-enabling keeps them disabled (ReadOnlyGuard)
    EXPECT_FALSE(workspace.header()->nextButton()->isEnabled());
    const auto entries = evaluator.journal().size();
    EXPECT_FALSE(workspace.runWeek(2));
    EXPECT_EQ(evaluator.journal().size(), entries);
    // The week the candidate played is shown.
    EXPECT_EQ(workspace.results()->week(), 1);
    EXPECT_EQ(workspace.results()->contacts()->rows()->model()->rowCount(),
              static_cast<int>(evaluator.campaign().weeks().at(0).contacts.size()));
}
