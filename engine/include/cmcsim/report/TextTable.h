#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cmcsim {

// Width of UTF-8 text in characters (Unicode code points, continuation bytes not counted): what
// a terminal shows of French text, whose accents are precomposed (« é » is one character, so are
// « € » and the non-breaking spaces of French numbers).
std::size_t textWidth(std::string_view text);

// Pads or cuts UTF-8 text to `width` characters, on one line (oneLine): a longer text ends in
// « … » at the width.
std::string fitColumn(const std::string& text, std::size_t width);

// A plain-text table the CLI prints and DocumentText renders: every column as wide as its widest
// cell in characters (textWidth), up to its limit; a longer cell wraps between words onto
// continuation lines of its row (a word longer than the limit is cut with « … »), so the columns
// line up whatever the labels' accents or lengths. A row's last cell is never wrapped nor
// padded on the right (nothing follows it).
struct TextTable {
    struct Column {
        bool right = false;      // right-aligned (figures)
        std::size_t widest = 0;  // the column's limit in characters; 0: none
    };

    std::vector<Column> columns;      // the columns' alignment and limit; missing ones: Column{}
    std::vector<std::string> header;  // the first line, if any
    std::vector<std::vector<std::string>> rows;
    std::string indent = "  ";     // before each line
    std::string separator = "  ";  // between two columns
    // Non-empty: a rule of « - » under the header, its columns joined by this (« + »).
    std::string ruleSeparator;

    // The table's lines, each ending with a line break; cells are made one-line (oneLine).
    std::string render() const;
};

}  // namespace cmcsim
