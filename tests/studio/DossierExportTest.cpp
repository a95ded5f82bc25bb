#include <gtest/gtest.h>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "../cli/CliRunner.h"
#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/DossierDocument.h"
#include "shell/DossierExport.h"
#include "shell/MainWindow.h"

// Fichier ▸ Exporter le dossier en PDF…: the save dialog, the PDF written, the attempt never
// written over, and the same document as `cmcsim dossier`.
using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// Answers the next save dialog with `file` (its modal loop would wait for a user forever).
void answerSaveDialog(const QString& file) {
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, file] {
        for (auto* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QFileDialog*>(w); dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                dialog->selectFile(file);
                static_cast<QDialog*>(dialog)->accept();  // QFileDialog hides it
                return;
            }
    });
    timer->start();
}

bool isPdf(const QString& file) {
    QFile in(file);
    return in.open(QIODevice::ReadOnly) && in.read(5) == "%PDF-";
}

}  // namespace

TEST(DossierExport, TheFileMenuExportsTheDossierThroughASaveDialog) {
    StudioFixture fixture;
    const auto attempt = QString::fromStdString(fixture.file().string());
    fixture.close();
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.openAttempt(attempt));
    auto* action = window.findChild<QAction*>(QStringLiteral("exportDossierAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(action->isEnabled());
    QTemporaryDir dir;
    const auto file = dir.filePath(QStringLiteral("dossier.pdf"));
    answerSaveDialog(file);
    action->trigger();
    EXPECT_TRUE(isPdf(file));
    window.closeAttempt();
    EXPECT_FALSE(action->isEnabled());
}

TEST(DossierExport, TheStudioAndTheCliPrintTheSameDossier) {
    StudioFixture fixture;
    const auto& session = fixture.session();
    const auto studio = DocumentText::render(
        DossierDocument::build(studioReference(), session.engine().attempt(), session.state()));
    const auto cli = runCli("dossier " + fixture.file().string() + " --text");
    ASSERT_EQ(cli.exitCode, 0) << cli.err;
    EXPECT_EQ(cli.out, studio);
    EXPECT_NE(studio.find("Sommaire"), std::string::npos);
    EXPECT_NE(studio.find("Camille"), std::string::npos);
}

TEST(DossierExport, TheAttemptIsNeverWrittenOver) {
    StudioFixture fixture;
    const auto attempt = QString::fromStdString(fixture.file().string());
    QFile before(attempt);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const auto content = before.readAll();
    before.close();
    const MessageBoxAnswer answer(QMessageBox::AcceptRole);
    EXPECT_TRUE(dossierExport::run(nullptr, fixture.session(), attempt).isEmpty());
    EXPECT_TRUE(answer.answered());
    EXPECT_TRUE(answer.text().contains(QStringLiteral("fichier de l'épreuve")))
        << answer.text().toStdString();
    QFile after(attempt);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), content);
}
