#include "ScenarioShots.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLibrary.h"
#include "scenario/PreviewPanel.h"
#include "scenario/ScenarioEditor.h"
#include "scenario/ScenarioEditorWindow.h"

namespace {
bool shoot(QWidget& window, const QDir& out, const char* name) {
    QApplication::processEvents();
    const auto path = out.filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
    const bool saved = window.grab().save(path) && QFileInfo(path).size() > 10'000;
    std::fprintf(stderr, "%s %s\n", saved ? "écrit" : "ÉCHEC", qPrintable(path));
    return saved;
}
}  // namespace

bool scenarioShots(const QDir& out) {
    const auto reference = cmcsim::ReferenceData::load(cmcsim::dataRoot() / "datasets");
    const auto library = cmcsim::ScenarioLibrary::load(cmcsim::dataRoot() / "scenarios");
    ScenarioEditorWindow window(reference, library);
    window.resize(1366, 768);
    window.show();
    auto* editor = window.editor();
    QEventLoop wait;
    bool previewed = false;
    QObject::connect(editor->preview(), &PreviewPanel::finished, &wait, [&] {
        previewed = true;
        wait.quit();
    });
    QTimer::singleShot(60000, &wait, &QEventLoop::quit);
    editor->findChild<QLineEdit*>(QStringLiteral("$.author"))
        ->setText(QStringLiteral("Centre de formation de Normandie"));
    editor->findChild<QLineEdit*>(QStringLiteral("$.version"))->setText(QStringLiteral("1.0"));
    editor->validate();
    if (!previewed) wait.exec();
    if (!previewed) return false;
    bool ok = shoot(window, out, "scenarios-apercu");
    editor->pages()->setCurrentIndex(2);
    ok = shoot(window, out, "scenarios-secteurs") && ok;
    editor->pages()->setCurrentIndex(3);
    editor->findChild<QLineEdit*>(QStringLiteral("$.mutuelle.market_share"))
        ->setText(QStringLiteral("0,3"));
    editor->validate();
    ok = shoot(window, out, "scenarios-erreurs") && ok;
    // The Cantal's scripted rise on the Événements page, its preview done.
    previewed = false;
    editor->templates()->setCurrentIndex(
        editor->templates()->findData(QStringLiteral("cantal-rural")));
    editor->newFromTemplate(QStringLiteral("cantal-rural"));
    editor->pages()->setCurrentIndex(7);
    QTimer::singleShot(60000, &wait, &QEventLoop::quit);
    if (!previewed) wait.exec();
    ok = shoot(window, out, "scenarios-evenements") && ok;
    return ok;
}
