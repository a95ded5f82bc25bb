// The studio's tamper check after the window is usable (docs/attempt-format.md, docs/performance.md
// "Studio: opening an attempt"): an attempt altered outside the studio opens, then is refused
// and closed with the engine's reason, and nothing is written to it.
#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/store/Database.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

constexpr int kWaitMs = 30000;  // the session fixture opens in well under a second

std::int64_t journalRows(const std::filesystem::path& file) {
    Database db(file, Database::Mode::ReadOnly);
    return db.scalar("SELECT count(*) FROM journal");
}

TEST(StudioTamperCheck, AnAlteredAttemptIsRefusedAndClosedOnceTheCheckEnds) {
    StudioFixture fixture;
    const auto file = QString::fromStdString(fixture.file().string());
    {
        // A valid value, so every row still reads: only the digests can tell.
        Database db(fixture.file(), Database::Mode::ReadWrite);
        db.exec("UPDATE prospect SET raison_sociale='Boulangerie Modifiée' WHERE id=40");
    }
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::openFinished);
    const MessageBoxAnswer answer(QMessageBox::AcceptRole);
    window.beginOpenAttempt(file);
    ASSERT_TRUE(finished.wait(kWaitMs));
    EXPECT_TRUE(finished.front().front().toBool());  // usable before the check ended
    ASSERT_TRUE(QTest::qWaitFor([&] { return answer.answered(); }, kWaitMs));
    EXPECT_TRUE(answer.text().contains(QStringLiteral("épreuve altérée : table prospect")))
        << answer.text().toStdString();
    EXPECT_TRUE(answer.text().contains(QStringLiteral("rien n'y a été enregistré")))
        << answer.text().toStdString();
    EXPECT_EQ(window.session(), nullptr);
    EXPECT_EQ(window.workspaces()->count(), 0);
    EXPECT_EQ(journalRows(fixture.file()), 1);  // the creation only
}

TEST(StudioTamperCheck, AnIntactAttemptStaysOpenAndClearsTheCheckingMessage) {
    StudioFixture fixture;
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::openFinished);
    window.beginOpenAttempt(QString::fromStdString(fixture.file().string()));
    ASSERT_TRUE(finished.wait(kWaitMs));
    ASSERT_NE(window.session(), nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.session()->checking(); }, kWaitMs));
    EXPECT_NE(window.session(), nullptr);
    EXPECT_EQ(window.workspaces()->count(), 9);
}

}  // namespace
