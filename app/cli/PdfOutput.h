#pragma once

#include "cmcsim/core/OutputFile.h"
#include "cmcsim/report/Document.h"

namespace cmcsim::cli {

// Prints `document` as PDF into `output` (then committed) through the PDF module, cmcsim-pdf.so,
// loaded on the first call (the rest of the CLI loads no Qt library). The module is looked for in
// $CMCSIM_PDF_MODULE alone when set, else beside the executable, in ../lib/cmcsim from it, and
// where the build wrote it. Returns the number of pages; throws InputError naming the module
// when it is missing or does not load (what to do, in French), output.failure(...) when the file
// cannot be written.
int writePdf(const Document& document, OutputFile& output);

}  // namespace cmcsim::cli
