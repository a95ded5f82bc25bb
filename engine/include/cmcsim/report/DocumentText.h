#pragma once

#include <string>

#include "cmcsim/report/Document.h"

namespace cmcsim {

// The plain-text rendering of a Document (UTF-8): what the CLI prints with `proposal --text`
// and what the golden tests compare. Headings are underlined, tables padded into columns, a
// reference follows its text in brackets, and the watermark opens and closes the text.
struct DocumentText {
    static std::string render(const Document& document);
};

}  // namespace cmcsim
