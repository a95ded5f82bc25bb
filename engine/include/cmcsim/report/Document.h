#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace cmcsim {

// What a piece of a document means, which each renderer shows its own way (the PDF in colour,
// the plain text with its mark): a verdict met, not met or to check, or a secondary text.
enum class Tone { Normal, Good, Bad, Caution, Muted, Accent };

// A run of text with one style: bold, italic, or a legal reference (small, secondary).
struct TextRun {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool reference = false;
    Tone tone = Tone::Normal;
};

// A line of text made of runs of different styles.
using RichText = std::vector<TextRun>;

// Builds rich text fluently: RichTextBuilder().text("Pour ").bold("X").reference("(L521-4)").
class RichTextBuilder {
public:
    RichTextBuilder& text(std::string s, Tone tone = Tone::Normal) {
        return add({std::move(s), false, false, false, tone});
    }
    RichTextBuilder& bold(std::string s, Tone tone = Tone::Normal) {
        return add({std::move(s), true, false, false, tone});
    }
    RichTextBuilder& italic(std::string s, Tone tone = Tone::Normal) {
        return add({std::move(s), false, true, false, tone});
    }
    // A legal or public reference, shown small after the text it supports.
    RichTextBuilder& reference(std::string s) {
        return add({std::move(s), false, false, true, Tone::Muted});
    }
    RichText build() const { return runs_; }
    operator RichText() const { return runs_; }  // NOLINT(google-explicit-constructor)

private:
    RichTextBuilder& add(TextRun run) {
        if (!run.text.empty()) runs_.push_back(std::move(run));
        return *this;
    }
    RichText runs_;
};

// A paragraph ("\n" in its runs breaks the line), and whether it stands out in a shaded box.
struct Paragraph {
    RichText text;
    bool boxed = false;
};

// Labels and their values, one per line ("Raison sociale : …").
struct KeyValueList {
    std::vector<std::pair<std::string, RichText>> rows;
};

// A table cell: its text, and a reference printed under it.
struct TableCell {
    RichText text;
    std::string reference;
};

// A table with a header row (may be empty) and its rows; `rightAligned` per column (figures).
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<TableCell>> rows;
    std::vector<bool> rightAligned;
    // Plain text (DocumentText): every column as wide as its widest cell, counted in characters;
    // otherwise a cell over 40 characters wraps onto its row's continuation lines (TextTable).
    bool fitColumns = false;
};

// A bullet list whose mark ("✔", "✘", "!", "•") tells what its items are.
struct BulletList {
    std::string mark = "•";
    Tone tone = Tone::Normal;
    std::vector<RichText> items;
};

// A table of contents: the headings of the sections after the one holding it, down to level
// `depth` (1 the parts, 2 their sections), each with the page it starts on in the PDF (the plain
// text lists them without pages). contentsEntries() says which.
struct TableOfContents {
    int depth = 2;
};

// One block of a section.
using DocumentBlock = std::variant<Paragraph, KeyValueList, Table, BulletList, TableOfContents>;

// A section: its heading (level 1 opens a part, 2 a section, 3 a subsection), its blocks, and
// where it goes: on a new page, or in the left or right column beside its neighbour.
struct DocumentSection {
    enum class Column { Full, Left, Right };
    std::string heading;
    int level = 2;
    Tone tone = Tone::Normal;
    bool newPage = false;
    Column column = Column::Full;
    std::vector<DocumentBlock> blocks;
};

// A document for a person (a proposal, an information sheet): a title block, sections, a footer
// line on every page, and a page-level mark (a watermark) printed across every page when set.
// Renderer-neutral: the engine builds it, the PDF (app/render) and the plain text
// (DocumentText) only render it, so the CLI and the studio print the same content.
struct Document {
    std::string title;             // the document's title (PDF metadata, first line)
    std::vector<RichText> banner;  // the title block's lines, the first one largest
    std::string footer;            // at the foot of every page, beside its number
    std::optional<std::string> watermark;
    std::vector<DocumentSection> sections;
    std::string closingNote;  // a last line, small
};

// The sections a table of contents held by section `holder` lists: those after it with a heading
// of level `depth` or less (TableOfContents), as indices in document.sections, in order.
inline std::vector<std::size_t> contentsEntries(const Document& document, std::size_t holder,
                                                int depth) {
    std::vector<std::size_t> entries;
    for (std::size_t i = holder + 1; i < document.sections.size(); ++i)
        if (!document.sections[i].heading.empty() && document.sections[i].level <= depth)
            entries.push_back(i);
    return entries;
}

}  // namespace cmcsim
