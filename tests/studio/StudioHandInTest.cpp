// The studio with damaged attempts (refused with the engine's message, the window still usable)
// and the hand-in (a sealed attempt accepts no further action).
#include <gtest/gtest.h>

#include <QApplication>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/Database.h"
#include "shell/MainWindow.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {
// Opens `file` in `window`, accepting the message box it shows; returns the box's text.
QString openAndReadRefusal(MainWindow& window, const std::filesystem::path& file, bool& opened) {
    QString shown;
    QTimer::singleShot(0, [&shown] {
        for (auto* w : QApplication::topLevelWidgets())
            if (auto* box = qobject_cast<QMessageBox*>(w)) {
                shown = box->text();
                box->accept();
            }
    });
    opened = window.openAttempt(QString::fromStdString(file.string()));
    return shown;
}
}  // namespace

TEST(StudioHandIn, DamagedAttemptIsRefusedWithWhereAndTheWindowStaysUsable) {
    StudioFixture fixture;
    const auto good = fixture.file();
    const auto damaged = good.parent_path() / "abimee.cmc";
    std::filesystem::copy_file(good, damaged);
    Database(damaged, Database::Mode::ReadWrite)
        .exec("UPDATE establishment SET company_id=999999 WHERE id=1");
    MainWindow window;
    bool opened = true;
    const auto message = openAndReadRefusal(window, damaged, opened);
    EXPECT_FALSE(opened);
    EXPECT_EQ(window.session(), nullptr);
    EXPECT_TRUE(message.contains(
        QStringLiteral("fichier endommagé : table establishment, ligne 2, colonne company_id")))
        << message.toStdString();
    EXPECT_TRUE(window.openAttempt(QString::fromStdString(good.string())));
    EXPECT_NE(window.session(), nullptr);
}

TEST(StudioHandIn, SealedAttemptRefusesActionsAndSaysSoInItsTitle) {
    StudioFixture fixture;
    auto& session = fixture.session();
    EXPECT_TRUE(session.run(QStringLiteral("Étiquette"), command::kTag,
                            {{"ligne", 1}, {"etiquette", "à rappeler"}}));
    const auto receipt = session.seal();
    EXPECT_EQ(receipt.size(), 19) << receipt.toStdString();  // XXXX-XXXX-XXXX-XXXX
    EXPECT_TRUE(session.sealed());
    EXPECT_FALSE(session.undoStack()->canUndo());
    QString refusal;
    QObject::connect(&session, &StudioSession::refused,
                     [&refusal](const QString& reason) { refusal = reason; });
    EXPECT_FALSE(session.run(QStringLiteral("Note"), command::kNote,
                             {{"ligne", 1}, {"texte", "après la remise"}}));
    EXPECT_TRUE(refusal.contains(QStringLiteral("remise"))) << refusal.toStdString();

    const auto file = fixture.file();
    MainWindow window;
    ASSERT_TRUE(window.openAttempt(QString::fromStdString(file.string())));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("(remise)")))
        << window.windowTitle().toStdString();
    // Said where the candidate reads it, not only in the title.
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(
        QStringLiteral("Épreuve remise : consultation seule")))
        << window.statusBar()->currentMessage().toStdString();
}
