#pragma once

#include <string>
#include <vector>

namespace cmcsim {

// A run of the synthesis note's text with one style, or an inline reference to a key figure
// (KeyFigure) with the value the note showed when the candidate inserted it.
struct NoteSpan {
    enum class Kind { Text, Reference };
    Kind kind = Kind::Text;
    std::string text;      // Text: the words; Reference: the value shown at insertion ("1 234 €")
    std::string figureId;  // Reference only: the KeyFigure id ("marche/effectif_salarie")
    bool bold = false, italic = false;

    bool operator==(const NoteSpan&) const = default;
};

// One block of the synthesis note: a heading, a paragraph or an item of a bulleted list.
struct NoteBlock {
    enum class Kind { Heading1, Heading2, Paragraph, ListItem };
    Kind kind = Kind::Paragraph;
    std::vector<NoteSpan> spans;
    int line = 0;  // 1-based line of the markup it was read from (0 when built in code)

    bool operator==(const NoteBlock& other) const {
        return kind == other.kind && spans == other.spans;
    }
};

}  // namespace cmcsim
