#include "cmcsim/report/TextTable.h"

#include <algorithm>

#include "cmcsim/core/OneLine.h"

namespace cmcsim {

namespace {

// The length in bytes of the UTF-8 character whose first byte is `lead`.
std::size_t charLength(unsigned char lead) {
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// `text` cut to `width` characters, its last one « … » when it was longer.
std::string cut(const std::string& text, std::size_t width) {
    if (textWidth(text) <= width) return text;
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size() && chars + 1 < width; ++chars) {
        const auto length = charLength(static_cast<unsigned char>(text[i]));
        out.append(text, i, length);
        i += length;
    }
    return width == 0 ? out : out + "…";
}

// `text` as lines of at most `width` characters, broken at spaces (a longer word is cut).
std::vector<std::string> wrap(const std::string& text, std::size_t width) {
    if (width == 0 || textWidth(text) <= width) return {text};
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        const auto word = cut(text.substr(start, end - start), width);
        start = end + 1;
        if (word.empty()) continue;
        if (!line.empty() && textWidth(line) + 1 + textWidth(word) > width) {
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    if (!line.empty() || lines.empty()) lines.push_back(line);
    return lines;
}

std::string padded(const std::string& cell, std::size_t width, bool right, bool last) {
    const auto fill = width > textWidth(cell) ? width - textWidth(cell) : 0;
    if (right) return std::string(fill, ' ') + cell;
    return last ? cell : cell + std::string(fill, ' ');
}

}  // namespace

std::size_t textWidth(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string fitColumn(const std::string& text, std::size_t width) {
    auto out = cut(oneLine(text), width);  // a line break would split the table's row
    return out.append(width > textWidth(out) ? width - textWidth(out) : 0, ' ');
}

std::string TextTable::render() const {
    std::vector<std::vector<std::string>> lines;
    if (!header.empty()) lines.push_back(header);
    lines.insert(lines.end(), rows.begin(), rows.end());
    std::size_t count = 0;
    for (auto& line : lines) {
        for (auto& cell : line) cell = oneLine(cell);
        count = std::max(count, line.size());
    }
    std::vector<Column> kinds = columns;
    kinds.resize(std::max(kinds.size(), count));
    std::vector<std::size_t> widths(count, 0);
    for (const auto& line : lines)
        for (std::size_t c = 0; c < line.size(); ++c) {
            const auto limit = kinds[c].widest ? kinds[c].widest : textWidth(line[c]);
            widths[c] = std::max(widths[c], std::min(textWidth(line[c]), limit));
        }
    std::string out;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        const auto& line = lines[l];
        std::vector<std::vector<std::string>> parts;  // each cell's lines
        std::size_t height = 1;
        for (std::size_t c = 0; c < line.size(); ++c) {
            parts.push_back(c + 1 == line.size() ? std::vector<std::string>{line[c]}
                                                 : wrap(line[c], widths[c]));
            height = std::max(height, parts.back().size());
        }
        for (std::size_t h = 0; h < height; ++h) {
            std::string text = indent;
            for (std::size_t c = 0; c < parts.size(); ++c) {
                const auto& cell = h < parts[c].size() ? parts[c][h] : std::string();
                text += padded(cell, widths[c], kinds[c].right, c + 1 == parts.size());
                if (c + 1 < parts.size()) text += separator;
            }
            // A continuation line ends where its text does.
            if (h > 0) text.erase(text.find_last_not_of(' ') + 1);
            out += text + "\n";
        }
        if (l == 0 && !header.empty() && !ruleSeparator.empty()) {
            out += indent;
            for (std::size_t c = 0; c < widths.size(); ++c)
                out += std::string(widths[c], '-') + (c + 1 < widths.size() ? ruleSeparator : "");
            out += "\n";
        }
    }
    return out;
}

}  // namespace cmcsim
