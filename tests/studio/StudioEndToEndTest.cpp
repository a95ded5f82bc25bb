#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>

#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "market/MarketWorkspace.h"
#include "market/StudiesPanel.h"
#include "prospects/CompanyCard.h"
#include "prospects/FilterBar.h"
#include "prospects/ProspectTableModel.h"
#include "prospects/ProspectWorkspace.h"
#include "prospects/SegmentsPanel.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

std::uint32_t lineWith(const Market& market, DefectKind kind) {
    const auto it = std::find_if(market.defects.begin(), market.defects.end(),
                                 [&](const Defect& d) { return d.kind == kind; });
    if (it == market.defects.end()) throw std::runtime_error("no defect of that kind");
    return it->record;
}

// The "Acheter" button of the first study offered in the market workspace.
QPushButton* buyButton(MarketWorkspace* market) {
    for (auto* button : market->studies()->findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Acheter") && button->isEnabled()) return button;
    return nullptr;
}

// The candidate's whole first session, by the widgets, then a reopening that finds everything.
TEST(StudioEndToEnd, WorkIsKeptAcrossCloseAndReopen) {
    QSettings().clear();
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("epreuve.cmc"));
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.createAttempt(
        QString::fromStdString(studioFixture("scenarios/session.json").string()), file,
        QStringLiteral("Camille Martin")));
    ASSERT_NE(window.session(), nullptr);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("epreuve.cmc")));
    const auto& market = window.session()->market();

    // Buy a study with its button.
    auto* buy = buyButton(window.marketWorkspace());
    ASSERT_NE(buy, nullptr);
    const MessageBoxAnswer confirm(QMessageBox::AcceptRole);  // the purchase's confirmation
    buy->click();
    ASSERT_EQ(window.session()->state().studies().size(), 1u);

    // Filter the prospect file.
    auto* prospects = window.prospectWorkspace();
    window.workspaces()->setCurrentWidget(prospects);
    ProspectFilter construction;
    construction.sections = {"F"};
    prospects->filterBar()->setFilter(construction);
    EXPECT_EQ(prospects->model()->rowCount(),
              static_cast<int>(window.session()->view().filter(construction).size()));

    // Verify a stale record and flag a duplicate from their cards.
    const auto stale = lineWith(market, DefectKind::StaleHeadcount);
    prospects->selectLine(stale);
    ASSERT_EQ(prospects->card()->line(), std::optional(stale));
    ASSERT_TRUE(prospects->card()->verify());
    const auto duplicate = lineWith(market, DefectKind::Duplicate);
    prospects->selectLine(duplicate);
    ASSERT_TRUE(prospects->card()->flag(QStringLiteral("doublon"),
                                        QStringLiteral("même contact et même adresse")));

    // A segment from the current filter.
    Segment segment;
    segment.id = "btp";
    segment.name = "BTP de la zone";
    segment.filter = construction;
    segment.qualification = "Convention du bâtiment : prévoyance des ouvriers obligatoire.";
    segment.establishments = 25;
    segment.employees = 180;
    segment.premiumPotentialEur = 60000;
    segment.expectedConversion = 0.08;
    ASSERT_TRUE(prospects->segments()->save(segment));
    EXPECT_EQ(prospects->segments()->table()->rowCount(), 1);

    // Undo the segment, then redo it.
    window.session()->undoStack()->undo();
    EXPECT_TRUE(window.session()->state().segments().empty());
    EXPECT_EQ(prospects->segments()->table()->rowCount(), 0);
    window.session()->undoStack()->redo();
    ASSERT_EQ(window.session()->state().segments().size(), 1u);

    const auto budget = window.session()->state().budgetLeft();
    window.closeAttempt();
    EXPECT_EQ(window.session(), nullptr);

    ASSERT_TRUE(window.openAttempt(file));
    const auto& state = window.session()->state();
    EXPECT_EQ(state.studies().size(), 1u);
    EXPECT_DOUBLE_EQ(state.budgetLeft(), budget);
    ASSERT_NE(state.notesFor(stale), nullptr);
    EXPECT_NE(state.notesFor(stale)->verifiedBy, 0);
    ASSERT_NE(state.notesFor(duplicate), nullptr);
    ASSERT_EQ(state.notesFor(duplicate)->flags.size(), 1u);
    EXPECT_EQ(state.notesFor(duplicate)->flags[0].kind, "doublon");
    ASSERT_EQ(state.segments().size(), 1u);
    EXPECT_EQ(state.segments()[0].name, "BTP de la zone");
    EXPECT_EQ(window.prospectWorkspace()->segments()->table()->rowCount(), 1);
    // The verified line shows its real headcount in the table.
    auto* model = window.prospectWorkspace()->model();
    const auto& reopened = window.session()->market();  // the first session's market is gone
    const auto truth = reopened.establishments[reopened.prospects[stale].establishment].headcount;
    EXPECT_EQ(
        model->data(model->index(model->rowOfLine(stale), ProspectTableModel::Headcount)).toUInt(),
        truth);
}

TEST(StudioEndToEnd, AForeignFileIsRefusedAndNothingIsOpened) {
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("pas-une-epreuve.cmc"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("ceci n'est pas une base SQLite");
    f.close();
    MainWindow window;
    // The refusal is shown in a message box; close it as a user would.
    QTimer::singleShot(0, [] {
        for (auto* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w)) box->accept();
    });
    EXPECT_FALSE(window.openAttempt(file));
    EXPECT_EQ(window.session(), nullptr);
}

TEST(StudioEndToEnd, ExportWritesTheCurrentView) {
    StudioFixture fixture;
    ProspectWorkspace workspace(fixture.session());
    ProspectFilter filter;
    filter.sections = {"G"};
    workspace.filterBar()->setFilter(filter);
    QTemporaryDir dir;
    const auto written = workspace.exportView(dir.filePath(QStringLiteral("vue.csv")),
                                              ProspectWorkspace::ExportFormat::CsvExcelFr);
    ASSERT_TRUE(written.has_value());
    EXPECT_EQ(written->lines, static_cast<std::size_t>(workspace.model()->rowCount()));
    QFile csv(written->file);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const auto content = csv.readAll();
    EXPECT_TRUE(content.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(content.count("\r\n"), workspace.model()->rowCount() + 1);
}

}  // namespace
