#include "common/ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

#include "DocumentPdf.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OutputFile.h"

namespace exportFile {

namespace {

QString tr(const char* source) {
    return QCoreApplication::translate("ExportFile", source);
}

void refuse(QWidget* parent, const QString& why) {
    QMessageBox::warning(parent, tr("Export impossible"), why);
}

}  // namespace

QString target(QWidget* parent, const QString& requested, const QString& title,
               const QString& defaultName, const QString& filter,
               const std::vector<std::filesystem::path>& inputs) {
    QString file = requested;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(
            parent, title,
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(defaultName),
            filter);
        if (file.isEmpty()) return {};
    }
    try {
        // The dialog asked before replacing a file; a file the export reads is never replaced.
        cmcsim::OutputFile::check(file.toStdString(), true, inputs);
        return file;
    } catch (const cmcsim::InputError& e) {
        refuse(parent, QString::fromUtf8(e.what()));
        return {};
    }
}

bool write(QWidget* parent, const QString& file, const std::vector<std::filesystem::path>& inputs,
           const std::function<void(const std::filesystem::path&)>& write) {
    try {
        cmcsim::OutputFile output(file.toStdString(), true, inputs);
        try {
            write(output.path());
        } catch (const cmcsim::InputError& e) {
            throw output.failure(e.problems().front().what);
        }
        output.commit();
        return true;
    } catch (const cmcsim::InputError& e) {
        refuse(parent, QString::fromUtf8(e.what()));
        return false;
    }
}

bool writePdf(QWidget* parent, const cmcsim::Document& document, const QString& file) {
    QString error;
    if (DocumentPdf::writeFile(document, file, &error)) return true;
    refuse(parent, tr("Impossible d'écrire %1 : %2").arg(file, error));
    return false;
}

}  // namespace exportFile
