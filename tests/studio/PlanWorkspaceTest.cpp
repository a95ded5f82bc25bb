#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "common/StudioText.h"
#include "plan/ActionDialog.h"
#include "plan/ObjectiveDialog.h"
#include "plan/PlanWorkspace.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Fills the next dialog of type T the code under test opens (its modal loop would wait for a user
// forever) with `fill`, then accepts it.
template <typename T>
class DialogAnswer {
public:
    explicit DialogAnswer(std::function<void(T&)> fill) {
        timer_.setInterval(5);
        QObject::connect(&timer_, &QTimer::timeout, [this, fill] {
            for (auto* w : QApplication::topLevelWidgets()) {
                auto* dialog = qobject_cast<T*>(w);
                if (!dialog || !dialog->isVisible()) continue;
                timer_.stop();
                fill(*dialog);
                answered_ = true;
                dialog->accept();
                return;
            }
        });
        timer_.start();
    }
    bool answered() const { return answered_; }

private:
    QTimer timer_;
    bool answered_ = false;
};

template <typename W, typename T>
W* child(T& parent, const char* name) {
    auto* w = parent.template findChild<W*>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << name;
    return w;
}

const nlohmann::json kSegment = {{"id", "btp"},
                                 {"nom", "BTP"},
                                 {"filtre", {{"sections", {"F"}}}},
                                 {"qualification", "Ouvriers du bâtiment"},
                                 {"etablissements", 20},
                                 {"salaries", 150},
                                 {"potentiel_eur", 40000},
                                 {"conversion", 0.1}};

// A call sequence on segment "btp", weeks 1 to 2, through the action dialog.
void fillCallSequence(ActionDialog& d, int contacts, double declaredHours) {
    child<QLineEdit>(d, "actionId")->setText(QStringLiteral("appels-btp"));
    auto* kind = child<QComboBox>(d, "actionKind");
    kind->setCurrentIndex(static_cast<int>(ActionKind::CallSequence));
    auto* segment = child<QComboBox>(d, "actionSegment");
    segment->setCurrentIndex(segment->findData(QStringLiteral("btp")));
    child<QSpinBox>(d, "actionLastWeek")->setValue(2);
    child<QSpinBox>(d, "actionContacts")->setValue(contacts);
    if (declaredHours >= 0) child<QDoubleSpinBox>(d, "actionHours")->setValue(declaredHours);
    child<QDoubleSpinBox>(d, "actionYield")->setValue(10);
}

const std::string& lastKind(const StudioSession& session) {
    return session.journal().back().kind;
}

}  // namespace

TEST(PlanWorkspace, ObjectiveFromTheDialogEditedInPlaceAndUndone) {
    StudioFixture fixture;
    auto& session = fixture.session();
    PlanWorkspace workspace(session);
    DialogAnswer<ObjectiveDialog> answer([](ObjectiveDialog& d) {
        child<QSpinBox>(d, "objectiveWeek")->setValue(2);
        child<QSpinBox>(d, "objectiveContracts")->setValue(3);
        child<QDoubleSpinBox>(d, "objectivePremiums")->setValue(12000);
        child<QSpinBox>(d, "objectiveCalls")->setValue(25);
    });
    child<QPushButton>(workspace, "planAddObjective")->click();
    ASSERT_TRUE(answer.answered());
    EXPECT_EQ(lastKind(session), command::kPlanObjective);
    ASSERT_EQ(session.state().plan().objectives.size(), 1u);
    const auto& o = session.state().plan().objectives[0];
    EXPECT_EQ(o.week, 2);
    EXPECT_EQ(o.newContracts, 3);
    EXPECT_DOUBLE_EQ(o.premiumsEur, 12000);
    EXPECT_EQ(o.dailyCalls, 25);
    ASSERT_EQ(workspace.objectives()->rowCount(), 1);
    EXPECT_EQ(workspace.objectives()->item(0, 0)->text(), QStringLiteral("Semaine 2"));
    // The plan's total (3 contracts, the only weekly objective) beside the mutuelle's.
    EXPECT_TRUE(
        workspace.objectivesSummary()->text().contains(QStringLiteral("<td align=right>3</td>")));

    // Typed in the table: 5 contracts, a command of its own.
    const auto entries = session.journal().size();
    workspace.objectives()->item(0, 1)->setText(QStringLiteral("5"));
    EXPECT_EQ(session.state().plan().objectives[0].newContracts, 5);
    EXPECT_EQ(session.journal().size(), entries + 1);
    // Not a number: refused, the table shows the plan again.
    workspace.objectives()->item(0, 1)->setText(QStringLiteral("cinq"));
    EXPECT_EQ(session.state().plan().objectives[0].newContracts, 5);
    EXPECT_EQ(workspace.objectives()->item(0, 1)->text(), QStringLiteral("5"));

    session.undoStack()->undo();
    EXPECT_EQ(lastKind(session), command::kUndo);
    EXPECT_EQ(session.state().plan().objectives[0].newContracts, 3);
    session.undoStack()->undo();
    EXPECT_TRUE(session.state().plan().objectives.empty());
    EXPECT_EQ(workspace.objectives()->rowCount(), 0);
}

TEST(PlanWorkspace, CheckingASegmentMakesItATargetWithItsPriority) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, kSegment));
    PlanWorkspace workspace(session);
    auto* targets = workspace.targets();
    ASSERT_EQ(targets->rowCount(), 1);
    EXPECT_EQ(targets->item(0, 0)->text(), QStringLiteral("BTP"));
    targets->item(0, 0)->setCheckState(Qt::Checked);
    EXPECT_EQ(lastKind(session), command::kPlanTarget);
    ASSERT_NE(session.state().plan().target("btp"), nullptr);
    EXPECT_EQ(session.state().plan().target("btp")->priority, 1);
    workspace.targets()->item(0, 1)->setText(QStringLiteral("2"));
    EXPECT_EQ(session.state().plan().target("btp")->priority, 2);
    // A target without action: the check "cible_sans_action" names it, pointing at the segment.
    auto* warnings = workspace.warnings();
    QListWidgetItem* aboutTarget = nullptr;
    for (int i = 0; i < warnings->count(); ++i)
        if (warnings->item(i)->text().contains(QStringLiteral("(priorité 2) n'a aucune action")))
            aboutTarget = warnings->item(i);
    ASSERT_NE(aboutTarget, nullptr);
    workspace.showWarning(aboutTarget);
    EXPECT_EQ(workspace.pages()->currentIndex(), 1);
    EXPECT_EQ(targets->currentRow(), 0);

    targets->item(0, 0)->setCheckState(Qt::Unchecked);
    EXPECT_EQ(lastKind(session), command::kPlanTargetRemove);
    EXPECT_EQ(session.state().plan().target("btp"), nullptr);
}

TEST(PlanWorkspace, ActionFromTheDialogWithTheModelsCostAndUndone) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, kSegment));
    PlanWorkspace workspace(session);
    double prefilled = -1;
    DialogAnswer<ActionDialog> answer([&](ActionDialog& d) {
        fillCallSequence(d, 20, -1);
        prefilled = child<QDoubleSpinBox>(d, "actionHours")->value();
    });
    child<QPushButton>(workspace, "planAddAction")->click();
    ASSERT_TRUE(answer.answered());
    EXPECT_EQ(lastKind(session), command::kPlanAction);
    const auto* action = session.state().plan().action("appels-btp");
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->segmentId, "btp");
    EXPECT_EQ(action->firstWeek, 1);
    EXPECT_EQ(action->lastWeek, 2);
    EXPECT_EQ(action->contactsPerWeek, 20);
    EXPECT_DOUBLE_EQ(action->expectedYield, 0.1);
    // The declared hours were prefilled from the cost model (datasets/couts_actions.csv), to one
    // decimal as the spin box holds them.
    const auto cost = studioReference().actionCosts.cost(*action);
    EXPECT_GT(cost.hoursPerWeek, 0);
    EXPECT_NEAR(prefilled, cost.hoursPerWeek, 0.05);
    EXPECT_NEAR(action->hoursPerWeek, cost.hoursPerWeek, 0.05);
    ASSERT_EQ(workspace.actions()->rowCount(), 1);
    EXPECT_EQ(workspace.actions()->item(0, 1)->text(), QStringLiteral("Séquence d'appels"));
    EXPECT_EQ(workspace.actions()->item(0, 2)->text(), QStringLiteral("Segment « BTP »"));

    session.undoStack()->undo();
    EXPECT_EQ(session.state().plan().action("appels-btp"), nullptr);
    EXPECT_EQ(workspace.actions()->rowCount(), 0);
    session.undoStack()->redo();
    ASSERT_EQ(workspace.actions()->rowCount(), 1);
    workspace.actions()->selectRow(0);
    child<QPushButton>(workspace, "planRemoveAction")->click();
    EXPECT_EQ(lastKind(session), command::kPlanActionRemove);
    EXPECT_EQ(workspace.actions()->rowCount(), 0);
    // Every change above is a version of the plan: the history lists them.
    EXPECT_EQ(workspace.history()->rowCount(),
              static_cast<int>(session.state().planVersions().size()));
    EXPECT_GE(workspace.history()->rowCount(), 2);
}

TEST(PlanWorkspace, OverCapacityWeekGivesAWarningThatSelectsTheWeek) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, kSegment));
    PlanWorkspace workspace(session);
    workspace.capacity()->setValue(2);
    child<QPushButton>(workspace, "planApplyCapacity")->click();
    EXPECT_EQ(lastKind(session), command::kPlanCapacity);
    EXPECT_DOUBLE_EQ(session.state().plan().weeklyCapacityHours, 2);
    const auto aboutWeek1 = [&]() -> QListWidgetItem* {
        for (int i = 0; i < workspace.warnings()->count(); ++i)
            if (workspace.warnings()->item(i)->text().startsWith(QStringLiteral("⚠ Semaine 1 :")))
                return workspace.warnings()->item(i);
        return nullptr;
    };
    EXPECT_EQ(aboutWeek1(), nullptr);
    // 30 hours declared, and 40 calls a week by the model: both beyond 2 hours.
    DialogAnswer<ActionDialog> answer([](ActionDialog& d) { fillCallSequence(d, 40, 30); });
    ASSERT_TRUE(workspace.editAction());
    auto* week1 = aboutWeek1();
    ASSERT_NE(week1, nullptr);
    workspace.showWarning(week1);
    EXPECT_EQ(workspace.pages()->currentIndex(), 3);
    EXPECT_EQ(workspace.calendar()->currentRow(), 0);
    // The model's hours against capacity: red for weeks 1 and 2, not for week 3.
    auto* bar1 = qobject_cast<QProgressBar*>(workspace.calendar()->cellWidget(0, 6));
    auto* bar3 = qobject_cast<QProgressBar*>(workspace.calendar()->cellWidget(2, 6));
    ASSERT_NE(bar1, nullptr);
    ASSERT_NE(bar3, nullptr);
    EXPECT_TRUE(bar1->property("over").toBool());
    EXPECT_FALSE(bar3->property("over").toBool());
}

TEST(PlanWorkspace, PlayedWeekIsLockedInTheCalendarAndTheDialogs) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, kSegment));
    PlanWorkspace workspace(session);
    DialogAnswer<ActionDialog> answer([](ActionDialog& d) { fillCallSequence(d, 10, -1); });
    ASSERT_TRUE(workspace.editAction());
    EXPECT_TRUE(workspace.calendar()->item(0, 9)->text().isEmpty());
    ASSERT_TRUE(session.run(QStringLiteral("semaine 1"), command::kRunWeek, {{"semaine", 1}}));
    EXPECT_TRUE(workspace.calendar()->item(0, 9)->text().contains(QStringLiteral("jouée")));
    EXPECT_TRUE(workspace.calendar()->item(1, 9)->text().isEmpty());
    ActionDialog action(session, nullptr);
    EXPECT_EQ(child<QSpinBox>(action, "actionFirstWeek")->minimum(), 2);
    EXPECT_EQ(child<QSpinBox>(action, "actionLastWeek")->minimum(), 2);
    // The call sequence started in week 1: its start, kind and target stay; its weeks go on.
    ActionDialog started(session, session.state().plan().action("appels-btp"));
    EXPECT_FALSE(child<QSpinBox>(started, "actionFirstWeek")->isEnabled());
    EXPECT_FALSE(child<QComboBox>(started, "actionKind")->isEnabled());
    EXPECT_FALSE(child<QComboBox>(started, "actionSegment")->isEnabled());
    EXPECT_TRUE(child<QSpinBox>(started, "actionContacts")->isEnabled());
    EXPECT_EQ(child<QSpinBox>(started, "actionLastWeek")->value(), 2);
    ObjectiveDialog objective(session.scenario().durationWeeks, 2);
    EXPECT_EQ(child<QSpinBox>(objective, "objectiveWeek")->minimum(), 2);
}

TEST(PlanWorkspace, EvaluatorReadsThePlanAndItsVersionsWithoutChangingThem) {
    StudioFixture fixture;
    ASSERT_TRUE(fixture.session().run(QStringLiteral("capacité"), command::kPlanCapacity,
                                      {{"heures_semaine", 20}}));
    ASSERT_TRUE(fixture.session().run(QStringLiteral("objectif"), command::kPlanObjective,
                                      {{"semaine", 1}, {"nouveaux_contrats", 2}}));
    StudioSession evaluator(
        studioReference(),
        std::make_unique<AttemptSession>(fixture.file(), studioReference(), LoadProgress{},
                                         AttemptSession::Access::ReadOnly));
    ASSERT_TRUE(evaluator.evaluator());
    PlanWorkspace workspace(evaluator);
    EXPECT_FALSE(child<QPushButton>(workspace, "planAddAction")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(workspace, "planAddObjective")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(workspace, "planApplyCapacity")->isEnabled());
    EXPECT_EQ(workspace.objectives()->editTriggers(), QAbstractItemView::NoEditTriggers);
    EXPECT_EQ(workspace.capacity()->value(), 20);
    // Two plan commands, two versions; back at the first, the plan had no objective yet.
    ASSERT_EQ(workspace.history()->rowCount(), 2);
    EXPECT_EQ(workspace.objectives()->rowCount(), 1);
    evaluator.showEntry(evaluator.state().planVersions().front().entry);
    EXPECT_EQ(workspace.history()->rowCount(), 1);
    EXPECT_EQ(workspace.objectives()->rowCount(), 0);
}

// Found by fresh testers: "Retirer l'objectif", "Modifier…" and "Retirer l'action" were enabled
// with nothing selected (or an empty table) and did nothing when clicked.
TEST(PlanWorkspace, RowButtonsNeedASelectedRowTheyMayActOn) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, kSegment));
    PlanWorkspace workspace(session);
    auto* removeObjective = child<QPushButton>(workspace, "planRemoveObjective");
    auto* editAction = child<QPushButton>(workspace, "planEditAction");
    auto* removeAction = child<QPushButton>(workspace, "planRemoveAction");
    for (auto* button : {removeObjective, editAction, removeAction})
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    for (int week = 1; week <= 2; ++week)
        ASSERT_TRUE(session.run(QStringLiteral("objectif"), command::kPlanObjective,
                                {{"semaine", week}, {"nouveaux_contrats", 1}}));
    ASSERT_TRUE(session.run(QStringLiteral("action"), command::kPlanAction,
                            {{"id", "appels"},
                             {"type", "sequence_appels"},
                             {"segment", "btp"},
                             {"semaine_debut", 1},
                             {"semaine_fin", 1},
                             {"heures_semaine", 4},
                             {"contacts_semaine", 10}}));
    // Rows, none selected: still disabled, the tooltip says what to do.
    EXPECT_FALSE(removeObjective->isEnabled());
    EXPECT_TRUE(removeObjective->toolTip().contains(QStringLiteral("Sélectionner")));
    EXPECT_FALSE(removeAction->isEnabled());
    workspace.objectives()->selectRow(1);
    EXPECT_TRUE(removeObjective->isEnabled());
    workspace.actions()->selectRow(0);
    EXPECT_TRUE(editAction->isEnabled());
    EXPECT_TRUE(removeAction->isEnabled());
    removeObjective->click();
    ASSERT_EQ(session.state().plan().objectives.size(), 1u);
    EXPECT_EQ(session.state().plan().objectives[0].week, 1);
    // Week 1 played: its objective and the action that ended in it stay, the buttons say why.
    ASSERT_TRUE(session.run(QStringLiteral("semaine 1"), command::kRunWeek, {{"semaine", 1}}));
    workspace.objectives()->selectRow(0);
    EXPECT_FALSE(removeObjective->isEnabled());
    EXPECT_TRUE(removeObjective->toolTip().contains(QStringLiteral("déjà jouée")))
        << removeObjective->toolTip().toStdString();
    workspace.actions()->selectRow(0);
    EXPECT_TRUE(editAction->isEnabled());
    EXPECT_FALSE(removeAction->isEnabled());
    EXPECT_TRUE(removeAction->toolTip().contains(QStringLiteral("déjà jouée")))
        << removeAction->toolTip().toStdString();
}

// Found by fresh testers: after the plan changed, the calendar showed the played weeks with the
// plan now (actions, hours, capacity) instead of the plan they ran with (WeekRun::plan).
TEST(PlanWorkspace, PlayedWeeksShowThePlanTheyRanWith) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("segment"), command::kSaveSegment, kSegment));
    ASSERT_TRUE(
        session.run(QStringLiteral("capacité"), command::kPlanCapacity, {{"heures_semaine", 30}}));
    nlohmann::json calls = {{"id", "appels"},        {"type", "sequence_appels"},
                            {"segment", "btp"},      {"semaine_debut", 1},
                            {"semaine_fin", 3},      {"heures_semaine", 12},
                            {"contacts_semaine", 10}};
    ASSERT_TRUE(session.run(QStringLiteral("action"), command::kPlanAction, calls));
    ASSERT_TRUE(session.run(QStringLiteral("semaine 1"), command::kRunWeek, {{"semaine", 1}}));
    // After week 1: 20 hours a week, the calls declared at 4 hours, a letter from week 2.
    ASSERT_TRUE(
        session.run(QStringLiteral("capacité"), command::kPlanCapacity, {{"heures_semaine", 20}}));
    calls["heures_semaine"] = 4;
    ASSERT_TRUE(session.run(QStringLiteral("action"), command::kPlanAction, calls));
    ASSERT_TRUE(session.run(QStringLiteral("action"), command::kPlanAction,
                            {{"id", "courrier"},
                             {"type", "publipostage"},
                             {"segment", "btp"},
                             {"semaine_debut", 2},
                             {"semaine_fin", 2},
                             {"heures_semaine", 2},
                             {"budget_eur", 100},
                             {"contacts_semaine", 50}}));
    PlanWorkspace workspace(session);
    auto* calendar = workspace.calendar();
    const auto working = [&](int row) { return calendar->item(row, 3)->text().toDouble(); };
    // Week 1 as played: 30 h × working days / 5, the calls at 12 h declared, no letter.
    EXPECT_EQ(calendar->item(0, 5)->text(),
              studio::number(30 * working(0) / 5, 1) + QStringLiteral(" h"));
    EXPECT_EQ(calendar->item(0, 7)->text(), QStringLiteral("12,0 h"));
    EXPECT_EQ(calendar->item(0, 8)->text(), QStringLiteral("appels"));
    EXPECT_TRUE(calendar->item(0, 9)->toolTip().contains(QStringLiteral("version 2")))
        << calendar->item(0, 9)->toolTip().toStdString();
    // Week 2 as planned now: 20 h × working days / 5, the calls at 4 h and the letter.
    EXPECT_EQ(calendar->item(1, 5)->text(),
              studio::number(20 * working(1) / 5, 1) + QStringLiteral(" h"));
    EXPECT_EQ(calendar->item(1, 8)->text(), QStringLiteral("appels, courrier"));
    // The history: versions 1 and 2 made before week 1, which ran with version 2.
    auto* history = workspace.history();
    ASSERT_EQ(history->rowCount(), 5);
    const int weeksColumn = history->columnCount() - 1;
    EXPECT_EQ(history->item(0, weeksColumn)->text(), QString());
    EXPECT_EQ(history->item(1, weeksColumn)->text(), QStringLiteral("1"));
    EXPECT_EQ(history->item(4, weeksColumn)->text(), QString());
    history->selectRow(1);
    EXPECT_TRUE(workspace.findChild<QTextBrowser*>(QStringLiteral("planVersion"))
                    ->toPlainText()
                    .contains(QStringLiteral("jouée avec cette version : 1.")));
}
