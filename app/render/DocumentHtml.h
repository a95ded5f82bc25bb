#pragma once

#include <QString>

#include "cmcsim/report/Document.h"

// A document of the engine as the HTML subset QTextDocument reads: the title block, headings
// (level 1 on a new page), tables with a shaded header row, coloured marks and small grey
// references. French regulatory documents keep their French text in every interface language.
struct DocumentHtml {
    static QString render(const cmcsim::Document& document);
};
