#include "scenario/PackShelf.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioPack.h"

QStringList PackShelf::install(const cmcsim::ReferenceData& reference, const QString& zip) {
    const auto pack =
        cmcsim::ScenarioPack::read(zip.toStdString(), cmcsim::ScenarioLoader(reference));
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/paquets/") + QFileInfo(zip).completeBaseName());
    pack.writeFolder(folder.absolutePath().toStdString());
    QStringList files;
    for (const auto& entry : pack.scenarios)
        files << folder.absoluteFilePath(QString::fromStdString(entry.file));
    return files;
}
