#pragma once

#include <QString>
#include <cstddef>
#include <map>

#include "cmcsim/report/Document.h"

// A document of the engine as the HTML subset QTextDocument reads: the title block, headings
// (level 1 on a new page), tables with a shaded header row, coloured marks and small grey
// references. French regulatory documents keep their French text in every interface language.
// A table of contents lists each heading with its page, from `pages` (section index → page from
// 1); a heading it does not know yet shows a placeholder as wide as a page number, so that the
// pages found by laying out a first rendering stay right in the second (DocumentPdf).
struct DocumentHtml {
    static QString render(const cmcsim::Document& document,
                          const std::map<std::size_t, int>& pages = {});
    // The anchor name on the heading of section `index` when a table of contents lists it.
    static QString anchor(std::size_t index);
};
