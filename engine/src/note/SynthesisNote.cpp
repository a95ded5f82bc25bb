#include "cmcsim/note/SynthesisNote.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Utf8.h"

namespace cmcsim {

namespace {

constexpr std::string_view kOpen = "{{chiffre:";

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAsciiLetter(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// Reads the inline markup of one block; `line`/`column` place each character in the source.
class InlineReader {
public:
    InlineReader(const std::string& source, std::vector<std::pair<char, std::pair<int, int>>> text)
        : source_(source), text_(std::move(text)) {}

    std::vector<NoteSpan> read() {
        std::vector<NoteSpan> spans;
        NoteSpan current;
        std::pair<int, int> boldAt{0, 0}, italicAt{0, 0};
        const auto flush = [&] {
            if (!current.text.empty()) spans.push_back(current);
            current.text.clear();
        };
        for (i_ = 0; i_ < text_.size(); ++i_) {
            const char c = at(i_);
            if (c == '\\' && i_ + 1 < text_.size()) {
                current.text += at(++i_);
            } else if (c == '*' && i_ + 1 < text_.size() && at(i_ + 1) == '*') {
                flush();
                current.bold = !current.bold;
                boldAt = place(i_);
                ++i_;
            } else if (c == '*') {
                flush();
                current.italic = !current.italic;
                italicAt = place(i_);
            } else if (startsReference()) {
                flush();
                spans.push_back(reference(current.bold, current.italic));
            } else if (c == '{' && i_ + 1 < text_.size() && at(i_ + 1) == '{') {
                // Kept as text, "{{" would read as a reference once saved and shown garbled.
                fail(place(i_),
                     "« {{ » sans « chiffre: » : {{chiffre:ID|VALEUR}} attendu (\\{ pour écrire "
                     "une accolade)");
            } else {
                current.text += c;
            }
        }
        flush();
        if (current.bold) fail(boldAt, "« ** » ouvert sans « ** » qui le ferme sur le même bloc");
        if (current.italic) fail(italicAt, "« * » ouvert sans « * » qui le ferme sur le même bloc");
        return spans;
    }

private:
    char at(std::size_t i) const { return text_[i].first; }
    std::pair<int, int> place(std::size_t i) const { return text_[i].second; }
    [[noreturn]] void fail(std::pair<int, int> where, const std::string& what) const {
        throw InputError(fmt::format("{}:{}:{}", source_, where.first, where.second), what);
    }
    bool startsReference() const {
        if (i_ + kOpen.size() > text_.size()) return false;
        for (std::size_t k = 0; k < kOpen.size(); ++k)
            if (at(i_ + k) != kOpen[k]) return false;
        return true;
    }
    // {{chiffre:ID|VALUE}} at i_; leaves i_ on its last '}'.
    NoteSpan reference(bool bold, bool italic) {
        const auto start = place(i_);
        NoteSpan span{NoteSpan::Kind::Reference, "", "", bold, italic};
        std::string* into = &span.figureId;
        for (i_ += kOpen.size(); i_ < text_.size(); ++i_) {
            const char c = at(i_);
            if (c == '\\' && i_ + 1 < text_.size()) {
                *into += at(++i_);
            } else if (c == '{' && i_ + 1 < text_.size() && at(i_ + 1) == '{') {
                fail(place(i_),
                     "« {{ » dans une référence : une référence ne contient pas d'autre référence "
                     "(\\{ pour écrire une accolade)");
            } else if (c == '|' && into == &span.figureId) {
                into = &span.text;
            } else if (c == '}' && i_ + 1 < text_.size() && at(i_ + 1) == '}') {
                ++i_;
                if (into != &span.text)
                    fail(start, "référence sans valeur : {{chiffre:ID|VALEUR}} attendu");
                if (span.figureId.empty()) fail(start, "référence sans identifiant de chiffre");
                if (span.text.empty()) fail(start, "référence sans valeur affichée");
                return span;
            } else {
                *into += c;
            }
        }
        fail(start, "référence non fermée : « }} » attendu avant la fin du bloc");
    }

    const std::string& source_;
    std::vector<std::pair<char, std::pair<int, int>>> text_;
    std::size_t i_ = 0;
};

std::string escapeText(const std::string& text, bool atBlockStart) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool lineStart = atBlockStart && i == 0;
        if (c == '\\' || c == '*' || c == '{' || (lineStart && (c == '#' || c == '-' || c == ' ')))
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string escapeReferencePart(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\' || c == '|' || c == '}' || c == '{') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

}  // namespace

SynthesisNote SynthesisNote::parse(std::string_view markup, const std::string& source) {
    if (markup.size() > kMaxBytes)
        throw InputError(source, fmt::format("note trop longue : {} octets, {} au plus",
                                             markup.size(), kMaxBytes));
    // Text a note may not hold, named at its line and column (a tester got the JSON library's
    // English message for a file that was not UTF-8).
    const auto where = [&](std::size_t offset) {
        const auto before = markup.substr(0, offset);
        const auto line = 1 + std::count(before.begin(), before.end(), '\n');
        const auto lineStart = before.rfind('\n');
        const auto column =
            1 +
            utf8::length(before.substr(lineStart == std::string_view::npos ? 0 : lineStart + 1));
        return fmt::format("{}:{}:{}", source, line, column);
    };
    if (const auto bad = utf8::firstInvalidByte(markup))
        throw InputError(where(*bad), "texte UTF-8 invalide (enregistrez la note en UTF-8)");
    for (std::size_t at = 0; at < markup.size();) {
        const auto line = markup.substr(at, markup.find('\n', at) - at);
        if (const auto control = utf8::firstControl(line, "\t\r")) {
            std::size_t column = 0;
            while (column < line.size() && !utf8::firstControl(line.substr(0, column + 1), "\t\r"))
                ++column;
            throw InputError(where(at + column),
                             fmt::format("caractère de contrôle {} interdit", *control));
        }
        at += line.size() + 1;
    }
    SynthesisNote note;
    std::vector<std::pair<char, std::pair<int, int>>> paragraph;
    int paragraphLine = 0;
    const auto closeParagraph = [&] {
        if (paragraph.empty()) return;
        note.blocks.push_back({NoteBlock::Kind::Paragraph,
                               InlineReader(source, std::move(paragraph)).read(), paragraphLine});
        paragraph.clear();
    };
    int lineNumber = 0;
    std::size_t pos = 0;
    while (pos <= markup.size()) {
        auto end = markup.find('\n', pos);
        if (end == std::string_view::npos) end = markup.size();
        auto line = markup.substr(pos, end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        ++lineNumber;
        std::size_t indent = 0;
        while (indent < line.size() && line[indent] == ' ') ++indent;
        const auto body = line.substr(indent);
        const auto chars = [&](std::size_t skip) {
            std::vector<std::pair<char, std::pair<int, int>>> out;
            std::size_t last = body.size();
            while (last > skip && body[last - 1] == ' ') --last;
            for (std::size_t k = skip; k < last; ++k)
                out.push_back({body[k], {lineNumber, static_cast<int>(indent + k + 1)}});
            return out;
        };
        const auto block = [&](NoteBlock::Kind kind, std::size_t skip) {
            closeParagraph();
            auto text = chars(skip);
            while (!text.empty() && text.front().first == ' ') text.erase(text.begin());
            note.blocks.push_back({kind, InlineReader(source, std::move(text)).read(), lineNumber});
        };
        if (body.empty()) {
            closeParagraph();
        } else if (body.starts_with("## ")) {
            block(NoteBlock::Kind::Heading2, 3);
        } else if (body.starts_with("# ")) {
            block(NoteBlock::Kind::Heading1, 2);
        } else if (body.starts_with("- ")) {
            block(NoteBlock::Kind::ListItem, 2);
        } else {
            if (paragraph.empty())
                paragraphLine = lineNumber;
            else
                paragraph.push_back({' ', {lineNumber, 0}});
            auto text = chars(0);
            paragraph.insert(paragraph.end(), text.begin(), text.end());
        }
        if (end == markup.size()) break;
        pos = end + 1;
    }
    closeParagraph();
    // A heading or item whose text is empty ("# " alone) says nothing: dropped, as a blank line.
    std::erase_if(note.blocks, [](const NoteBlock& b) { return b.spans.empty(); });
    if (const auto n = note.references().size(); n > kMaxReferences)
        throw InputError(source, fmt::format("note trop riche en références : {}, {} au plus", n,
                                             kMaxReferences));
    return note;
}

std::string SynthesisNote::toMarkup() const {
    std::string out;
    NoteBlock::Kind previous = NoteBlock::Kind::Paragraph;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const auto& block = blocks[b];
        // Paragraphs are separated by a blank line; so is a list from what surrounds it.
        if (b > 0)
            out += block.kind == NoteBlock::Kind::ListItem && previous == NoteBlock::Kind::ListItem
                       ? "\n"
                       : "\n\n";
        switch (block.kind) {
            case NoteBlock::Kind::Heading1:
                out += "# ";
                break;
            case NoteBlock::Kind::Heading2:
                out += "## ";
                break;
            case NoteBlock::Kind::ListItem:
                out += "- ";
                break;
            case NoteBlock::Kind::Paragraph:
                break;
        }
        bool bold = false, italic = false;
        for (std::size_t s = 0; s < block.spans.size(); ++s) {
            const auto& span = block.spans[s];
            // Close before opening, bold outside italic, so every pair nests.
            if (italic && !span.italic) out += "*", italic = false;
            if (bold && !span.bold) {
                if (italic) out += "*", italic = false;
                out += "**", bold = false;
            }
            if (!bold && span.bold) {
                if (italic) out += "*", italic = false;
                out += "**", bold = true;
            }
            if (!italic && span.italic) out += "*", italic = true;
            if (span.kind == NoteSpan::Kind::Reference)
                out += fmt::format("{{{{chiffre:{}|{}}}}}", escapeReferencePart(span.figureId),
                                   escapeReferencePart(span.text));
            else
                out += escapeText(span.text, s == 0);
        }
        if (italic) out += "*";
        if (bold) out += "**";
        previous = block.kind;
    }
    if (!out.empty()) out += "\n";
    return out;
}

std::vector<const NoteSpan*> SynthesisNote::references() const {
    std::vector<const NoteSpan*> out;
    for (const auto& b : blocks)
        for (const auto& s : b.spans)
            if (s.kind == NoteSpan::Kind::Reference) out.push_back(&s);
    return out;
}

std::size_t SynthesisNote::wordCount() const {
    std::size_t words = 0;
    for (const auto& b : blocks) {
        bool inWord = false;
        for (const auto& s : b.spans) {
            if (s.kind == NoteSpan::Kind::Reference) {
                inWord = false;
                continue;
            }
            for (const char c : s.text) {
                const bool space = c == ' ' || c == '\t';
                if (!space && !inWord) ++words;
                inWord = !space;
            }
        }
    }
    return words;
}

std::vector<std::string> SynthesisNote::unsourcedNumbers() const {
    std::vector<std::string> out;
    for (const auto& b : blocks) {
        std::string text;  // the block's typed text; a reference breaks it
        for (const auto& s : b.spans) text += s.kind == NoteSpan::Kind::Text ? s.text : " | ";
        for (std::size_t i = 0; i < text.size();) {
            if (!isDigit(text[i])) {
                ++i;
                continue;
            }
            const bool glued = i > 0 && (isAsciiLetter(text[i - 1]) ||
                                         static_cast<unsigned char>(text[i - 1]) >= 0x80);
            std::size_t end = i;
            // Digits with groups separated by one space, or a decimal comma or point.
            while (end < text.size()) {
                if (isDigit(text[end])) {
                    ++end;
                } else if ((text[end] == ' ' || text[end] == ',' || text[end] == '.') &&
                           end + 1 < text.size() && isDigit(text[end + 1])) {
                    ++end;
                } else {
                    break;
                }
            }
            std::string number(text.substr(i, end - i));
            std::size_t after = end;
            while (after < text.size() && text[after] == ' ') ++after;
            if (text.compare(after, 1, "%") == 0) number += " %";
            if (text.compare(after, 3, "€") == 0) number += " €";
            const bool single = end - i == 1 && number.size() == 1;
            const bool year =
                end - i == 4 && (number.starts_with("19") || number.starts_with("20"));
            if (!glued && !single && !year) out.push_back(number);
            i = end;
        }
    }
    return out;
}

}  // namespace cmcsim
