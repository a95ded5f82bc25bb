#include "PdfOutput.h"

#include <QFile>
#include <QGuiApplication>
#include <cstdlib>

#include "DocumentPdf.h"

namespace cmcsim::cli {

int writePdf(const Document& document, OutputFile& output) {
    if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static char name[] = "cmcsim";
    static char* argv[] = {name, nullptr};
    int argc = 1;
    const QGuiApplication application(argc, argv);
    QFile file(QString::fromStdString(output.path().string()));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw output.failure(file.errorString().toStdString());
    const int pages = DocumentPdf::write(document, file);
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw output.failure(file.errorString().toStdString());
    file.close();
    output.commit();
    return pages;
}

}  // namespace cmcsim::cli
