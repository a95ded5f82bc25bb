#include "scenario/ScenarioEditorWindow.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>

#include "cmcsim/scenario/ScenarioLibrary.h"
#include "scenario/ScenarioEditor.h"

ScenarioEditorWindow::ScenarioEditorWindow(const cmcsim::ReferenceData& reference,
                                           const cmcsim::ScenarioLibrary& library, QWidget* parent)
    : QWidget(parent, Qt::Window) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    editor_ = new ScenarioEditor(reference, library);
    layout->addWidget(editor_);
    const auto title = [this](const QString& file) {
        setWindowTitle(file.isEmpty()
                           ? tr("Scénarios — nouveau scénario — cmcsim")
                           : tr("Scénarios — %1 — cmcsim").arg(QFileInfo(file).fileName()));
    };
    connect(editor_, &ScenarioEditor::fileChanged, this, title);
    title({});
    QSize size(1366, 768);
    if (const auto* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
    editor_->newFromTemplate(QString::fromStdString(library.defaultScenario().id));
}
