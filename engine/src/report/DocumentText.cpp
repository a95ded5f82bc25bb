#include "cmcsim/report/DocumentText.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/report/TextTable.h"

namespace cmcsim {

namespace {

std::string flat(const RichText& text) {
    std::string out;
    for (const auto& run : text) out += run.text;
    return out;
}

std::string oneLine(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

std::string cellText(const TableCell& cell) {
    auto text = oneLine(flat(cell.text));
    if (!cell.reference.empty()) text += " [" + cell.reference + "]";
    return text;
}

// The table padded into columns of at most 40 characters, a longer cell wrapping onto the
// row's continuation lines (TextTable).
std::string table(const Table& t) {
    TextTable text;
    text.indent = "  ";
    text.separator = " | ";
    text.ruleSeparator = " + ";
    for (const auto& h : t.header) text.header.push_back(oneLine(h));
    for (const auto& row : t.rows) {
        auto& line = text.rows.emplace_back();
        for (const auto& cell : row) line.push_back(cellText(cell));
    }
    // A table that fits its columns (Table::fitColumns) has no limit: its labels stay whole.
    const auto columns = std::max(text.header.size(), t.rows.empty() ? 0 : t.rows.front().size());
    for (std::size_t c = 0; c < columns; ++c)
        text.columns.push_back(
            {c < t.rightAligned.size() && t.rightAligned[c], t.fitColumns ? 0u : 40u});
    return text.render();
}

struct BlockText {
    const Document& document;
    std::size_t section;  // the index of the section holding the block

    std::string operator()(const Paragraph& p) const {
        std::string out;
        for (const auto& run : p.text) out += run.text;
        std::string indented = "  ";
        for (const char c : out) indented += c == '\n' ? std::string("\n  ") : std::string(1, c);
        return indented + "\n";
    }
    std::string operator()(const KeyValueList& list) const {
        std::string out;
        for (const auto& [label, value] : list.rows) {
            auto line = fmt::format("  {} : {}", label, oneLine(flat(value)));
            line.erase(line.find_last_not_of(' ') + 1);  // an empty value: a field to fill in
            out += line + "\n";
        }
        return out;
    }
    std::string operator()(const Table& t) const { return table(t); }
    std::string operator()(const BulletList& list) const {
        std::string out;
        for (const auto& item : list.items)
            out += fmt::format("  {} {}\n", list.mark, oneLine(flat(item)));
        return out;
    }
    // One line per heading listed, indented by its level (no pages in plain text).
    std::string operator()(const TableOfContents& contents) const {
        std::string out;
        for (const auto i : contentsEntries(document, section, contents.depth)) {
            const auto& s = document.sections[i];
            out += std::string(2 + 4 * static_cast<std::size_t>(std::max(0, s.level - 1)), ' ') +
                   oneLine(s.heading) + "\n";
        }
        return out;
    }
};

}  // namespace

std::string DocumentText::render(const Document& document) {
    std::string out;
    const auto mark =
        document.watermark ? fmt::format("*** {} ***\n", *document.watermark) : std::string();
    out += mark;
    out += document.title + "\n" + std::string(textWidth(document.title), '#') + "\n";
    // The title is the text's heading: a banner line repeating it, or its head (« Cahier des
    // charges » of « Cahier des charges — Transports Le Bihan »; the HTML and PDF renderings show
    // the banner, not the title), is not printed twice.
    for (const auto& line : document.banner)
        if (const auto text = flat(line); text.empty() || !document.title.starts_with(text))
            out += text + "\n";
    for (std::size_t i = 0; i < document.sections.size(); ++i) {
        const auto& s = document.sections[i];
        out += "\n";
        if (!s.heading.empty()) {
            if (s.level <= 2)
                out += s.heading + "\n" +
                       std::string(textWidth(s.heading), s.level == 1 ? '=' : '-') + "\n";
            else
                out += "» " + s.heading + "\n";
        }
        for (const auto& block : s.blocks) out += std::visit(BlockText{document, i}, block);
    }
    if (!document.closingNote.empty()) out += "\n" + document.closingNote + "\n";
    return out + mark;
}

}  // namespace cmcsim
