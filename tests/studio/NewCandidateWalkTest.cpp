// Defects a new candidate met walking the studio at 1366×768 (issue 7 §4), each as a test.
#include <gtest/gtest.h>

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/offer/Diagnosis.h"
#include "common/BreakdownChart.h"
#include "common/FoldingCompleter.h"
#include "common/StudioText.h"
#include "offers/OfferResultsPanel.h"
#include "offers/OfferWorkspace.h"
#include "prospects/CompanyCard.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

// After a study purchase the undo action explains at length why it is disabled; the toolbar
// keeps "Annuler" so the toolbar's other buttons stay on screen at 1366 pixels.
TEST(NewCandidateWalk, ToolbarKeepsAShortUndoLabelWhenTheMenuSaysWhy) {
    StudioFixture fixture;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(window.openAttempt(QString::fromStdString(fixture.file().string())));
    const auto& study = window.session()->scenario().studies.front();
    ASSERT_TRUE(
        window.session()->run(QStringLiteral("Achat"), command::kBuyStudy, {{"etude", study.id}}));
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    ASSERT_NE(undo, nullptr);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("impossible"))) << undo->text().toStdString();
    EXPECT_TRUE(undo->toolTip().contains(QStringLiteral("définitif")));
    EXPECT_EQ(undo->iconText(), QStringLiteral("Annuler"));  // what the toolbar shows
    // Closing the attempt drops its last confirmation from the status bar.
    EXPECT_FALSE(window.statusBar()->currentMessage().isEmpty());
    window.closeAttempt();
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty());
}

// No empty age pyramid before a line is chosen: the census chart shows only with a census.
TEST(NewCandidateWalk, CardShowsNoPyramidBeforeALineIsChosen) {
    StudioFixture fixture;
    CompanyCard card(fixture.session());
    card.show();
    auto* census = card.findChild<QChartView*>(QStringLiteral("cardCensus"));
    ASSERT_NE(census, nullptr);
    EXPECT_FALSE(census->isVisible());
    card.showLine(0);
    EXPECT_FALSE(census->isVisible());  // census not requested
    ASSERT_TRUE(card.requestCensus());
    card.refresh();  // as the prospect workspace does on each change of the attempt
    EXPECT_TRUE(census->isVisible());
    card.showLine(std::nullopt);
    EXPECT_FALSE(census->isVisible());
}

// A name typed without accents then Entrée: the one company proposed is chosen; several or none
// say so instead of doing nothing.
TEST(NewCandidateWalk, EnterOnATypedNameChoosesOrExplains) {
    StudioFixture fixture;
    OfferWorkspace workspace(fixture.session());
    auto* picker = workspace.findChild<QLineEdit*>(QStringLiteral("offerCompany"));
    ASSERT_NE(picker, nullptr);
    // A name found on exactly one line.
    const auto& rows = fixture.session().view().rows();
    std::optional<std::size_t> unique;
    for (std::size_t i = 0; i < rows.size() && !unique; ++i) {
        ProspectFilter f;
        f.text = *rows[i].name;
        if (fixture.session().view().filter(f).size() == 1) unique = i;
    }
    ASSERT_TRUE(unique.has_value());
    picker->setText(QString::fromStdString(*rows[*unique].name).toLower());
    Q_EMIT picker->returnPressed();
    EXPECT_EQ(workspace.siret(), QString::fromStdString(siret::formatSiret(rows[*unique].siret)));

    picker->setText(QStringLiteral("zzzz introuvable"));
    Q_EMIT picker->returnPressed();
    EXPECT_TRUE(workspace.results()->priceView()->toPlainText().contains(
        QStringLiteral("Aucune entreprise du fichier ne correspond à « zzzz introuvable »")))
        << workspace.results()->priceView()->toPlainText().toStdString();
}

// "1 femme", "0 cadre": the diagnosis agrees its counts (it said "1 femmes" and "0 cadres").
TEST(NewCandidateWalk, DiagnosisCountsAgreeInNumber) {
    StudioFixture fixture;
    OfferWorkspace workspace(fixture.session());
    const auto& rows = fixture.session().view().rows();
    // The first company of the file with fewer than two cadres (most small ones).
    for (const auto& row : rows) {
        const auto siret = siret::formatSiret(row.siret);
        const auto d =
            Diagnosis::of(fixture.session().view().knowledge(), studioReference(), siret, 2026);
        if (d.cadres >= 2) continue;
        workspace.showCompany(QString::fromStdString(siret));
        const auto text = workspace.diagnosisView()->toPlainText();
        EXPECT_TRUE(text.contains(QStringLiteral(" et %1 cadre (").arg(studio::number(d.cadres))))
            << text.toStdString();
        if (d.byFamily[2] < 2) {  // "0 parent isolé", not "0 parents isolés"
            EXPECT_TRUE(text.contains(
                QStringLiteral("%1 parent isolé,").arg(studio::number(d.byFamily[2]))))
                << text.toStdString();
        }
        return;
    }
    FAIL() << "no company with fewer than two cadres";
}

// Bar labels are French numbers ("3 299", not "3299"), as every other figure.
TEST(NewCandidateWalk, BreakdownBarsLabelFrenchNumbers) {
    BreakdownChart chart(QStringLiteral("Secteur"), BreakdownChart::Order::Largest, true);
    EXPECT_TRUE(chart.chart()->localizeNumbers());
    EXPECT_EQ(chart.chart()->locale().toString(3299.0, 'g', 12), QStringLiteral("3\u202f299"));
}
