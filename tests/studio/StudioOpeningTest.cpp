#include <gtest/gtest.h>

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>

#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/LoadProgress.h"
#include "common/StudioText.h"
#include "shell/AttemptLoader.h"
#include "shell/MainWindow.h"
#include "shell/OpeningPage.h"
#include "shell/WelcomePage.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

constexpr int kWaitMs = 30000;  // the session fixture opens in well under a second

QWidget* shownPage(MainWindow& window) {
    return qobject_cast<QStackedWidget*>(window.centralWidget())->currentWidget();
}

// A new attempt of the session fixture, and a main window on screen with a record of how each
// open it begins ends (openFinished).
class StudioOpening : public ::testing::Test {
protected:
    StudioOpening() { window.show(); }
    QString file() const { return QString::fromStdString(fixture.file().string()); }

    StudioFixture fixture;
    MainWindow window;
    QSignalSpy finished{&window, &MainWindow::openFinished};
};

TEST_F(StudioOpening, TheProgressPageShowsAtOnceThenTheWorkspacesOfTheAttempt) {
    window.beginOpenAttempt(file());
    // Before any event is processed: the opening page, with the file's name and a step.
    EXPECT_EQ(shownPage(window), window.openingPage());
    EXPECT_TRUE(window.opening());
    EXPECT_FALSE(window.openingPage()->step().isEmpty());
    EXPECT_TRUE(window.openingPage()->bar()->isVisible());
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(finished.front().front().toBool());
    ASSERT_NE(window.session(), nullptr);
    EXPECT_FALSE(window.opening());
    EXPECT_EQ(shownPage(window), window.workspaces());
    EXPECT_EQ(window.workspaces()->count(), 9);
    EXPECT_NE(window.marketWorkspace(), nullptr);
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("epreuve.cmc")))
        << window.windowTitle().toStdString();
}

TEST_F(StudioOpening, TheLoaderReportsEachTableInFrenchUpToItsRowCount) {
    const auto establishments = fixture.session().market().establishments.size();
    AttemptLoader loader(studioReference(), file());
    loader.start();
    QStringList steps;
    QObject::connect(&loader, &AttemptLoader::progressed,
                     [&steps](const QString& step, qulonglong, qulonglong) { steps << step; });
    QSignalSpy loaded(&loader, &AttemptLoader::loaded);
    ASSERT_TRUE(loaded.wait(kWaitMs));
    // The last report of a table is always sent, whatever the pace of the others.
    const auto all = studio::number(static_cast<double>(establishments));
    EXPECT_TRUE(
        steps.contains(QStringLiteral("Lecture du marché… %1 / %1 établissements").arg(all)))
        << steps.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(steps.contains(QStringLiteral("Vérification de l'intégrité…")))
        << steps.join(QLatin1Char('\n')).toStdString();
    const auto session = loader.takeSession();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->view().rows().size(), fixture.session().view().rows().size());
}

TEST_F(StudioOpening, ABadFileShowsItsErrorAndLeavesTheWelcomePageUsable) {
    QTemporaryDir dir;
    const auto bad = dir.filePath(QStringLiteral("pas-une-epreuve.cmc"));
    std::ofstream(bad.toStdString()) << "ceci n'est pas une base SQLite";
    const MessageBoxAnswer answer(QMessageBox::AcceptRole);
    window.beginOpenAttempt(bad);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_FALSE(finished.front().front().toBool());
    EXPECT_TRUE(answer.answered());
    EXPECT_TRUE(answer.text().contains(QStringLiteral("pas-une-epreuve.cmc")))
        << answer.text().toStdString();
    EXPECT_EQ(window.session(), nullptr);
    EXPECT_EQ(shownPage(window), window.welcomePage());
    // The window opens a good attempt next.
    window.beginOpenAttempt(file());
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(finished.back().front().toBool());
    EXPECT_NE(window.session(), nullptr);
}

TEST_F(StudioOpening, CancellingGoesBackToTheWelcomePageAndOpensNothing) {
    window.beginOpenAttempt(file());
    window.openingPage()->cancelButton()->click();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.front().front().toBool());
    EXPECT_FALSE(window.opening());
    EXPECT_EQ(shownPage(window), window.welcomePage());
    // The cancelled load ends on its thread and goes away without opening anything.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return window.findChildren<AttemptLoader*>().isEmpty(); }, kWaitMs));
    EXPECT_EQ(window.session(), nullptr);
    EXPECT_EQ(shownPage(window), window.welcomePage());
    EXPECT_EQ(finished.size(), 1);
    // Opening again works.
    window.beginOpenAttempt(file());
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(finished.back().front().toBool());
}

TEST_F(StudioOpening, ALoadCancelledOnItsThreadEmitsNeitherLoadedNorFailed) {
    AttemptLoader loader(studioReference(), file());
    QSignalSpy loaded(&loader, &AttemptLoader::loaded);
    QSignalSpy failed(&loader, &AttemptLoader::failed);
    QSignalSpy stopped(&loader, &AttemptLoader::stopped);
    loader.cancel();  // before it starts: it stops at its first report
    loader.start();
    ASSERT_TRUE(stopped.wait(kWaitMs));
    EXPECT_EQ(loaded.size(), 0);
    EXPECT_EQ(failed.size(), 0);
    EXPECT_EQ(loader.takeSession(), nullptr);
}

}  // namespace
