#pragma once

#include "cmcsim/core/OutputFile.h"
#include "cmcsim/report/Document.h"

namespace cmcsim::cli {

// Prints `document` as PDF into `output` (then committed) with a Qt GUI application on the
// offscreen platform, created for this command only: the rest of the CLI never starts Qt.
// Returns the number of pages; throws output.failure(...) when the file cannot be written.
int writePdf(const Document& document, OutputFile& output);

}  // namespace cmcsim::cli
