// cmcsim-pdf.so: the PDF writer the CLI loads at run time (PdfModule.h).
#include "PdfModule.h"

#include <QFile>
#include <QGuiApplication>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>

#include "DocumentPdf.h"

namespace {

int failed(const std::string& reason, char* error, std::size_t errorSize) {
    if (errorSize > 0) {
        const std::size_t n = std::min(reason.size(), errorSize - 1);
        std::memcpy(error, reason.data(), n);
        error[n] = '\0';
    }
    return -1;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int cmcsim_pdf_write_v2(
    const cmcsim::Document* document, const char* path, char* error, std::size_t errorSize) {
    // The signature must stay the one the CLI calls.
    [[maybe_unused]] const cmcsim::pdfmodule::WriteFunction checked = &cmcsim_pdf_write_v2;
    try {
        if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
        static char name[] = "cmcsim";
        static char* argv[] = {name, nullptr};
        int argc = 1;
        const QGuiApplication application(argc, argv);
        QFile file(QString::fromUtf8(path));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(file.errorString().toStdString(), error, errorSize);
        const int pages = DocumentPdf::write(*document, file);
        if (!file.flush() || file.error() != QFileDevice::NoError)
            return failed(file.errorString().toStdString(), error, errorSize);
        file.close();
        return pages;
    } catch (const std::exception& e) {
        return failed(e.what(), error, errorSize);
    }
}
