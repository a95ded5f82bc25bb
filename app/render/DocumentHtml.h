#pragma once

#include <QString>
#include <cstddef>
#include <map>
#include <set>
#include <utility>

#include "cmcsim/report/Document.h"

// A document of the engine as the HTML subset QTextDocument reads: the title block, headings
// (level 1 on a new page), tables with a shaded header row, coloured marks and small grey
// references. French regulatory documents keep their French text in every interface language.
// A table of contents lists each heading with its page, from `pages` (section index → page from
// 1); a heading it does not know yet shows a placeholder as wide as a page number, so that the
// pages found by laying out a first rendering stay right in the second (DocumentPdf).
// `breaks` holds (table, row) pairs: data table number `table` (the cmcsim::Table blocks, from 0,
// in the document's order) continues on a new page before its row `row` (from 0, the header not
// counted), under its header repeated: DocumentPdf's way of never splitting a row across pages.
struct DocumentHtml {
    using RowBreaks = std::set<std::pair<std::size_t, std::size_t>>;
    // Data table number → its font size in points: a table whose words are too wide for the
    // page in the document's font (DocumentPdf); the others take the document's.
    using TableFonts = std::map<std::size_t, double>;
    static QString render(const cmcsim::Document& document,
                          const std::map<std::size_t, int>& pages = {},
                          const RowBreaks& breaks = {}, const TableFonts& fonts = {});
    // The anchor name on the heading of section `index` when a table of contents lists it.
    static QString anchor(std::size_t index);
};
