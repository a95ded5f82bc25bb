#include "shell/DossierExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

#include "DocumentPdf.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/report/DossierDocument.h"
#include "common/StudioSession.h"

namespace dossierExport {

QString run(QWidget* parent, const StudioSession& session, const QString& requested) {
    QString file = requested;
    if (file.isEmpty()) {
        const auto name =
            QFileInfo(QString::fromStdString(session.engine().file().string())).completeBaseName();
        const auto proposed =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("dossier-%1.pdf").arg(name));
        file = QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("DossierExport", "Exporter le dossier en PDF"),
            proposed, QCoreApplication::translate("DossierExport", "Documents PDF (*.pdf)"));
        if (file.isEmpty()) return {};
    }
    // The attempt itself is never written over (the dialog asked before replacing another file).
    if (QFileInfo(file).canonicalFilePath() ==
        QFileInfo(QString::fromStdString(session.engine().file().string())).canonicalFilePath()) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("DossierExport", "Export impossible"),
            QCoreApplication::translate("DossierExport",
                                        "%1 est le fichier de l'épreuve : choisissez un autre nom.")
                .arg(file));
        return {};
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    bool written = false;
    try {
        const auto document = cmcsim::DossierDocument::build(
            session.reference(), session.engine().attempt(), session.state());
        written = DocumentPdf::writeFile(document, file, &error);
    } catch (const cmcsim::InputError& e) {
        error = QString::fromStdString(e.what());
    }
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(
            parent, QCoreApplication::translate("DossierExport", "Export impossible"),
            QCoreApplication::translate("DossierExport", "Impossible d'écrire %1 : %2")
                .arg(file, error));
        return {};
    }
    return file;
}

}  // namespace dossierExport
