#include "shell/RecentAttemptsMenu.h"

#include <QFileInfo>
#include <QSettings>

namespace {
constexpr int kRecentCount = 8;
const QString kKey = QStringLiteral("epreuvesRecentes");
}  // namespace

RecentAttemptsMenu::RecentAttemptsMenu(QWidget* parent) : QMenu(tr("Épreuves &récentes"), parent) {
    refresh();
}

void RecentAttemptsMenu::remember(const QString& file) {
    QSettings settings;
    const auto absolute = QFileInfo(file).absoluteFilePath();
    auto files = settings.value(kKey).toStringList();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kRecentCount) files.removeLast();
    settings.setValue(kKey, files);
    settings.setValue(QStringLiteral("dossier"), QFileInfo(absolute).absolutePath());
    refresh();
}

void RecentAttemptsMenu::refresh() {
    clear();
    for (const auto& file : QSettings().value(kKey).toStringList())
        addAction(QFileInfo(file).fileName(), this, [this, file] {
            Q_EMIT openRequested(file);
        })->setToolTip(file);
    setEnabled(!isEmpty());
}
