#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "cmcsim/report/Document.h"

class QIODevice;

// Prints a document of the engine as PDF through QPdfWriter: A4 pages with 15 mm margins, the
// document's footer and "page n / N" at the foot of each page, headings moved to the next page
// rather than left alone at the bottom of one, the watermark, if any, across every page and
// in red at its top, and each table of contents with the pages its headings start on (found by
// laying the document out twice).
// Needs a QGuiApplication (the offscreen platform is enough); the same document gives the same
// pages in the studio and the CLI.
struct DocumentPdf {
    // Writes to an open device; returns the number of pages.
    static int write(const cmcsim::Document& document, QIODevice& device);
    // Writes to `file` through a temporary file renamed at the end (nothing is left on
    // failure); on failure says why in `error`.
    static bool writeFile(const cmcsim::Document& document, const QString& file,
                          QString* error = nullptr);
    // The lines each header cell of the document's tables is laid out in on the PDF's pages
    // (the text of each line, cells in the document's order): what shows where a header wraps.
    static std::vector<QStringList> headerLines(const cmcsim::Document& document);
};
