// The studio's small interactions a new user meets: the flag dialog, the purchase confirmation
// and the map's tooltip.
#include <gtest/gtest.h>

#include <QChartView>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolTip>

#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "market/CommuneMap.h"
#include "market/MarketWorkspace.h"
#include "market/StudiesPanel.h"
#include "prospects/FlagDialog.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

// An empty reason cannot be validated: OK is disabled, a message says why, and pressing Enter
// keeps the dialog open with the chosen anomaly.
TEST(FlagDialog, AnEmptyReasonIsRefusedInlineAndTheChoiceKept) {
    FlagDialog dialog;
    dialog.show();
    dialog.kindBox()->setCurrentIndex(1);  // Établissement fermé
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_FALSE(dialog.message()->isHidden());
    dialog.accept();  // what Enter on the default button would do
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), 0);
    EXPECT_EQ(dialog.kind(), QStringLiteral("fermee"));

    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));  // blanks are no reason
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("radiation au BODACC"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(dialog.message()->isHidden());
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.kind(), QStringLiteral("fermee"));
    EXPECT_EQ(dialog.reason(), QStringLiteral("radiation au BODACC"));
}

namespace {
// The first study the fixture's means can pay for.
const StudyOffer* affordableStudy(StudiesPanel* panel, const StudioSession& session) {
    for (const auto& study : session.scenario().studies)
        if (auto* b = panel->buyButton(QString::fromStdString(study.id)); b && b->isEnabled())
            return &study;
    return nullptr;
}
}  // namespace

// Buying asks first, with the cost and what will remain; cancelling buys nothing; confirming buys
// and the status bar says so.
TEST(StudiesPanel, PurchaseIsConfirmedWithItsCostAndAcknowledged) {
    StudioFixture fixture;
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openAttempt(QString::fromStdString(fixture.file().string())));
    const auto state = [&]() -> const AttemptState& { return window.session()->state(); };
    const double budget = state().budgetLeft();
    auto* studies = window.marketWorkspace()->studies();
    const auto* affordable = affordableStudy(studies, *window.session());
    ASSERT_NE(affordable, nullptr);
    const auto& study = *affordable;
    auto* buy = studies->buyButton(QString::fromStdString(study.id));
    {
        MessageBoxAnswer cancel(QMessageBox::RejectRole);
        buy->click();
        ASSERT_TRUE(cancel.answered());
        // tests/fixtures/scenarios/session.json: the first study and the scenario's means.
        EXPECT_TRUE(cancel.text().contains(QString::fromStdString(study.title)))
            << cancel.text().toStdString();
        EXPECT_TRUE(cancel.text().contains(QStringLiteral("Il vous restera")));
        EXPECT_TRUE(cancel.text().contains(QStringLiteral("ne peut pas être remboursée")));
        EXPECT_TRUE(state().studies().empty());
        EXPECT_DOUBLE_EQ(state().budgetLeft(), budget);
    }
    MessageBoxAnswer confirm(QMessageBox::AcceptRole);
    buy->click();
    ASSERT_TRUE(confirm.answered());
    EXPECT_EQ(state().studies().size(), 1u);
    EXPECT_DOUBLE_EQ(state().budgetLeft(), budget - study.costEur);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Achat de l'étude")));
}

// The commune's tooltip stays while the pointer rests on it: the view's own tooltip event
// (~0.7 s later) no longer hides it.
TEST(CommuneMap, TooltipStaysWhileThePointerIsOverTheCommune) {
    StudioFixture fixture;
    MarketWorkspace workspace(fixture.session());
    workspace.resize(1200, 800);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    auto* viewport = workspace.map()->view()->viewport();
    // Find a commune by moving the pointer over the map, as a user would.
    QPoint over;
    for (int y = 0; y < viewport->height() && over.isNull(); y += 4)
        for (int x = 0; x < viewport->width() && over.isNull(); x += 4) {
            QMouseEvent move(QEvent::MouseMove, QPointF(x, y), viewport->mapToGlobal(QPointF(x, y)),
                             Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(viewport, &move);
            if (QToolTip::isVisible()) over = QPoint(x, y);
        }
    ASSERT_FALSE(over.isNull()) << "no commune under any point of the map";
    const QString shown = QToolTip::text();
    EXPECT_TRUE(shown.contains(QStringLiteral("Population")));
    QHelpEvent rest(QEvent::ToolTip, over, viewport->mapToGlobal(over));
    QApplication::sendEvent(viewport, &rest);
    QTest::qWait(600);  // QToolTip hides 300 ms after it is asked to
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), shown);
    QToolTip::hideText();
}
