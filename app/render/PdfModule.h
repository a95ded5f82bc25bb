#pragma once

#include <cstddef>

#include "cmcsim/report/Document.h"

// The PDF writer as a module the CLI loads at run time (dlopen) only when it writes a PDF, so
// that its other commands load no Qt library. The module (cmcsim-pdf.so, target cmcsim_pdf) is
// built with the CLI, beside it, from the same headers: the document crosses by reference.
namespace cmcsim::pdfmodule {

// The module's file name, looked for beside the executable.
inline constexpr const char* kFileName = "cmcsim-pdf.so";
// The entry point's name; its number changes with its signature or the layout of Document
// (v2: the table of contents block).
inline constexpr const char* kWriteSymbol = "cmcsim_pdf_write_v2";

// Prints `document` as PDF into the file at `path` (UTF-8), with a Qt GUI application on the
// offscreen platform (unless QT_QPA_PLATFORM says otherwise) created for this call. Returns the
// number of pages, or -1 with the reason, in UTF-8 and NUL-terminated, in `error` (at most
// `errorSize` bytes). Never throws.
using WriteFunction = int (*)(const cmcsim::Document* document, const char* path, char* error,
                              std::size_t errorSize);

}  // namespace cmcsim::pdfmodule
