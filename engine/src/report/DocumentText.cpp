#include "cmcsim/report/DocumentText.h"

#include <fmt/format.h>

#include <algorithm>

namespace cmcsim {

namespace {

// Code points in UTF-8 text (continuation bytes are not counted).
std::size_t width(const std::string& text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

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

std::string table(const Table& t) {
    const auto columns =
        std::max(t.header.size(), t.rows.empty() ? std::size_t{0} : t.rows.front().size());
    std::vector<std::size_t> widths(columns, 0);
    std::vector<std::vector<std::string>> lines;
    if (!t.header.empty()) {
        std::vector<std::string> header;
        for (const auto& h : t.header) header.push_back(oneLine(h));
        lines.push_back(std::move(header));
    }
    for (const auto& row : t.rows) {
        std::vector<std::string> line;
        for (const auto& cell : row) line.push_back(cellText(cell));
        lines.push_back(std::move(line));
    }
    // A longer cell overflows rather than widen every row, unless the table fits its columns
    // (the last one's overflow shifts no other cell).
    constexpr std::size_t kWidest = 40;
    for (const auto& line : lines)
        for (std::size_t c = 0; c < line.size() && c < columns; ++c)
            widths[c] = std::max(widths[c], t.fitColumns && c + 1 < columns
                                                ? width(line[c])
                                                : std::min(width(line[c]), kWidest));
    std::string out;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        out.push_back(' ');
        for (std::size_t c = 0; c < lines[l].size(); ++c) {
            const auto& cell = lines[l][c];
            const bool right = c < t.rightAligned.size() && t.rightAligned[c];
            const bool last = c + 1 == lines[l].size();
            const auto pad = widths[c] > width(cell) ? widths[c] - width(cell) : 0;
            out.push_back(' ');
            if (right) out.append(pad, ' ');
            out.append(cell);
            if (!right && !last) out.append(pad, ' ');
            if (!last) out.append(" |");
        }
        out.push_back('\n');
        if (l == 0 && !t.header.empty()) {
            out.push_back(' ');
            for (std::size_t c = 0; c < widths.size(); ++c) {
                out.push_back(' ');
                out.append(widths[c], '-');
                if (c + 1 < widths.size()) out.append(" +");
            }
            out.push_back('\n');
        }
    }
    return out;
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
    out += document.title + "\n" + std::string(width(document.title), '#') + "\n";
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
                out += s.heading + "\n" + std::string(width(s.heading), s.level == 1 ? '=' : '-') +
                       "\n";
            else
                out += "» " + s.heading + "\n";
        }
        for (const auto& block : s.blocks) out += std::visit(BlockText{document, i}, block);
    }
    if (!document.closingNote.empty()) out += "\n" + document.closingNote + "\n";
    return out + mark;
}

}  // namespace cmcsim
