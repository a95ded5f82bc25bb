#include <gtest/gtest.h>

#include <QAction>
#include <QActionGroup>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <map>

#include "StudioFixture.h"
#include "cmcsim/attempt/AttemptState.h"
#include "common/InterfaceLanguage.h"
#include "shell/MainWindow.h"
#include "shell/UserGuideWindow.h"
#include "shell/WelcomePage.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// A main window with the session fixture's attempt open, shown and active (shortcuts need it).
struct OpenWindow {
    OpenWindow() {
        window.show();
        window.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
        EXPECT_TRUE(window.openAttempt(QString::fromStdString(fixture.file().string())));
    }
    StudioFixture fixture;
    MainWindow window;
};

std::size_t tags(MainWindow& window) {
    const auto* notes = window.session()->state().notesFor(0);
    return notes ? notes->tags.size() : 0;
}

QAction* menuAction(MainWindow& window, const QString& text) {
    for (auto* action : window.findChildren<QAction*>())
        if (action->text() == text) return action;
    return nullptr;
}

}  // namespace

// Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, typed as a user types them.
TEST(MainWindow, UndoAndRedoShortcutsWork) {
    OpenWindow w;
    auto& window = w.window;
    ASSERT_TRUE(window.session()->run(QStringLiteral("Étiquette"), command::kTag,
                                      {{"ligne", 0}, {"etiquette", "à rappeler"}}));
    ASSERT_EQ(tags(window), 1u);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(tags(window), 0u) << "Ctrl+Z";
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(tags(window), 1u) << "Ctrl+Shift+Z";
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(tags(window), 0u) << "Ctrl+Z";
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(tags(window), 1u) << "Ctrl+Y";
}

// No key sequence is bound twice (on one action or two): Qt calls that ambiguous and does nothing.
// (Where the platform's first Redo binding is Ctrl+Shift+Z, the former {Ctrl+Shift+Z,
// QKeySequence::Redo} bound Ctrl+Shift+Z twice and Ctrl+Y never; this platform lists Ctrl+Y first.)
TEST(MainWindow, NoShortcutIsAmbiguous) {
    OpenWindow w;
    std::map<QString, QStringList> owners;
    for (auto* action : w.window.findChildren<QAction*>())
        for (const auto& key : action->shortcuts())
            owners[key.toString(QKeySequence::PortableText)] << action->text();
    ASSERT_FALSE(owners.empty());
    for (const auto& [key, actions] : owners)
        EXPECT_EQ(actions.size(), 1)
            << key.toStdString() << " : " << actions.join(QStringLiteral(", ")).toStdString();
}

// After an action, the status bar says it was recorded.
TEST(MainWindow, StatusBarConfirmsEachRecordedAction) {
    OpenWindow w;
    ASSERT_TRUE(w.window.session()->run(QStringLiteral("Étiquette « à rappeler »"), command::kTag,
                                        {{"ligne", 0}, {"etiquette", "à rappeler"}}));
    EXPECT_EQ(w.window.statusBar()->currentMessage(),
              QStringLiteral("Étiquette « à rappeler » : enregistré dans l'épreuve."));
}

// Affichage ▸ Langue checks the language in use, one at a time, and saves a new choice.
TEST(MainWindow, LanguageMenuShowsTheCurrentLanguage) {
    QSettings().clear();
    InterfaceLanguage::apply(QStringLiteral("fr"));
    MainWindow window;
    auto* french = menuAction(window, QStringLiteral("Français"));
    auto* english = menuAction(window, QStringLiteral("English"));
    ASSERT_NE(french, nullptr);
    ASSERT_NE(english, nullptr);
    EXPECT_TRUE(french->isCheckable());
    EXPECT_TRUE(french->isChecked());
    EXPECT_FALSE(english->isChecked());
    ASSERT_NE(french->actionGroup(), nullptr);
    EXPECT_TRUE(french->actionGroup()->isExclusive());
    french->trigger();  // the language in use: saved, no message box
    EXPECT_EQ(QSettings().value(QStringLiteral("langue")).toString(), QStringLiteral("fr"));
    QSettings().clear();
}

// Aide ▸ Guide d'utilisation shows the bundled French user guide.
TEST(MainWindow, HelpOpensTheFrenchUserGuide) {
    QFile bundled(QStringLiteral(":/aide/guide-utilisateur.md"));
    ASSERT_TRUE(bundled.open(QIODevice::ReadOnly));
    QFile source(QStringLiteral(CMCSIM_SOURCE_ROOT "/docs/guide-utilisateur.md"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    EXPECT_EQ(bundled.readAll(), source.readAll());

    MainWindow window;
    auto* guide = menuAction(window, QStringLiteral("&Guide d'utilisation"));
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->shortcut(), QKeySequence(Qt::Key_F1));
    guide->trigger();
    auto* shown = window.findChild<UserGuideWindow*>();
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->isVisible());
    const auto text = shown->browser()->toPlainText();
    EXPECT_TRUE(text.startsWith(QStringLiteral("Guide d'utilisation de cmcsim")))
        << text.left(80).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Annuler et rétablir")));
    // Rendered, not raw Markdown: no line starts with a heading's "#" (the guide's text has "#"
    // elsewhere: a pack's scenario is named PAQUET#identifiant).
    EXPECT_FALSE(text.contains(QRegularExpression(QStringLiteral("(^|\n)#"))));
}

// The welcome page lists each recent attempt with its candidate, scenario, creation and last
// activity; a missing or damaged file is listed as unavailable, without crashing.
TEST(MainWindow, RecentAttemptsShowWhoWhatAndWhen) {
    StudioFixture fixture;
    const auto good = QString::fromStdString(fixture.file().string());
    QTemporaryDir dir;
    const auto damaged = dir.filePath(QStringLiteral("abime.cmc"));
    QFile::copy(good, damaged);
    QFile half(damaged);
    ASSERT_TRUE(half.resize(half.size() / 2));
    const auto missing = dir.filePath(QStringLiteral("disparu.cmc"));
    QSettings().setValue(QStringLiteral("epreuvesRecentes"), QStringList{good, damaged, missing});

    MainWindow window;
    auto* list = window.welcomePage()->recentList();
    ASSERT_EQ(list->count(), 3);
    const auto first = list->item(0)->text();
    // StudioFixture: candidate "Camille", tests/fixtures/scenarios/session.json.
    EXPECT_TRUE(
        first.startsWith(QStringLiteral("Camille — %1")
                             .arg(QString::fromStdString(fixture.session().scenario().title))))
        << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("créée le ")));
    EXPECT_TRUE(first.contains(QStringLiteral("dernière activité le ")));
    EXPECT_TRUE(first.contains(QStringLiteral("0 action\n")));  // French: "0 action"
    EXPECT_TRUE(first.endsWith(QStringLiteral("epreuve.cmc")));
    EXPECT_TRUE(list->item(1)->text().startsWith(QStringLiteral("abime.cmc — indisponible")));
    EXPECT_TRUE(list->item(2)->text().startsWith(QStringLiteral("disparu.cmc — indisponible")));
    QSettings().clear();
}
