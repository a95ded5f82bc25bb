// « Comparer des épreuves » (issue 13 §2) on the offscreen platform: opened from the welcome page
// and the Fichier menu; a folder of three attempts of one scenario and an altered one compared
// off the UI thread, shown as attempts × criteria in colour, key figures, charts and the file set
// apart; both exports written.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <QAction>
#include <QComboBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/AttemptSession.h"
#include "compare/ComparisonWindow.h"
#include "compare/DistributionChart.h"
#include "compare/VerdictTable.h"
#include "evaluation/EvaluationWorkspace.h"
#include "shell/MainWindow.h"
#include "shell/WelcomePage.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

namespace fs = std::filesystem;

// Three attempts of the session fixture, handed in (Anne verifies and flags two lines, Bruno flags
// one, Chloé does nothing) and a fourth whose prospect file was changed with SQL after its
// creation.
void makeGroup(const fs::path& dir) {
    const auto scenario =
        ScenarioLoader(studioReference()).fromFile(studioFixture("scenarios/session.json"));
    int rank = 0;
    for (const char* candidate : {"Anne", "Bruno", "Chloé", "Denis"}) {
        const auto file = dir / (std::to_string(rank) + ".cmc");
        AttemptFile::create(studioReference(), scenario, {file, std::nullopt, candidate, false});
        AttemptSession session(file, studioReference());
        for (int line = 0; line < 2 - rank; ++line) {
            session.execute(command::kVerify, {{"ligne", line}});
            session.execute(command::kFlag,
                            {{"ligne", line}, {"anomalie", "doublon"}, {"motif", "vu"}});
        }
        session.seal();  // compared once handed in (TruthAccess)
        ++rank;
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((dir / "3.cmc").c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, "UPDATE prospect SET raison_sociale='X' WHERE id=1", nullptr,
                           nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(db);
}

TEST(ComparisonWindow, OpensFromTheWelcomePageAndTheFileMenu) {
    MainWindow window;
    window.show();
    auto* button = window.welcomePage()->findChild<QPushButton*>(QStringLiteral("compareAttempts"));
    ASSERT_NE(button, nullptr);
    button->click();
    auto* comparison = window.findChild<ComparisonWindow*>();
    ASSERT_NE(comparison, nullptr);
    EXPECT_TRUE(comparison->isVisible());
    EXPECT_TRUE(comparison->isWindow());
    comparison->close();
    auto* action = window.findChild<QAction*>(QStringLiteral("compareAction"));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_TRUE(comparison->isVisible());
    EXPECT_EQ(window.findChildren<ComparisonWindow*>().size(), 1);  // made once
}

TEST(ComparisonWindow, ComparesAFolderOffTheUiThreadAndExports) {
    QTemporaryDir dir;
    const fs::path folder = dir.path().toStdString();
    makeGroup(folder);
    ComparisonWindow window(studioReference());
    window.resize(1366, 768);
    window.show();
    QSignalSpy compared(&window, &ComparisonWindow::compared);
    window.compare({dir.path()});
    EXPECT_TRUE(window.loading());  // returned at once: the work runs on its own thread
    ASSERT_TRUE(compared.wait(120'000));
    ASSERT_NE(window.comparison(), nullptr);
    const auto& c = *window.comparison();
    ASSERT_EQ(c.attempts.size(), 3U);
    EXPECT_EQ(c.attempts[0].candidate, "Anne");
    ASSERT_EQ(c.setApart.size(), 1U);
    EXPECT_EQ(c.setApart[0].file.filename(), "3.cmc");
    EXPECT_NE(c.setApart[0].reason.find("épreuve altérée"), std::string::npos);

    auto* table = window.findChild<VerdictTable*>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 3);
    EXPECT_EQ(table->columnCount(), static_cast<int>(c.criteria.size()) + 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("Anne"));
    // Each cell on its verdict's colour.
    const auto& first = c.attempts[0].criteria[0];
    EXPECT_EQ(table->item(0, 1)->background().color(),
              EvaluationWorkspace::verdictColour(first.verdict));
    EXPECT_EQ(window.tabs()->tabText(3), QStringLiteral("Épreuves écartées (1)"));
    EXPECT_EQ(window.tabs()->tabText(4), QStringLiteral("Avertissements (0)"));
    // The charts: the criteria's box plots, then each key figure.
    auto* chart = window.findChild<DistributionChart*>();
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->choice()->count(), 1 + 9);
    window.tabs()->setCurrentIndex(2);
    for (int i = 0; i < chart->choice()->count(); ++i) chart->choice()->setCurrentIndex(i);
    QTest::qWait(20);

    const auto xlsx = dir.filePath(QStringLiteral("comparaison.xlsx"));
    const auto pdf = dir.filePath(QStringLiteral("comparaison.pdf"));
    EXPECT_EQ(window.exportXlsx(xlsx), xlsx);
    EXPECT_EQ(window.exportPdf(pdf), pdf);
    EXPECT_GT(fs::file_size(xlsx.toStdString()), 1000U);
    EXPECT_GT(fs::file_size(pdf.toStdString()), 1000U);
}

// Found by a fresh tester: the progress read « 1.230 » (the locale's digits); French thousands and
// the plural of the attempts done.
TEST(ComparisonWindow, TheProgressIsWrittenInFrench) {
    EXPECT_EQ(ComparisonWindow::progressText(1230, 2000),
              QStringLiteral("1 230 épreuves sur 2 000 vérifiées et évaluées"));
    EXPECT_EQ(ComparisonWindow::progressText(1, 200),
              QStringLiteral("1 épreuve sur 200 vérifiée et évaluée"));
}

TEST(ComparisonWindow, AFolderWithoutAttemptsSaysWhy) {
    QTemporaryDir dir;
    ComparisonWindow window(studioReference());
    QSignalSpy failed(&window, &ComparisonWindow::failed);
    window.compare({dir.path()});
    ASSERT_TRUE(failed.wait(10'000));
    EXPECT_TRUE(failed.front().front().toString().contains(QStringLiteral("aucune épreuve")));
    EXPECT_EQ(window.comparison(), nullptr);
}

}  // namespace
