#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/note/NoteBlock.h"

namespace cmcsim {

// The candidate's synthesis note (issue 11 §1, Bloc 2 "analyse et synthèse", indicator
// B2.1.6) as a small markup, one block per line or paragraph (docs/attempt-format.md, "La note
// de synthèse"):
//   "# " a heading, "## " a sub-heading, "- " an item of a bulleted list, any other non-blank
//   lines a paragraph (consecutive lines join with a space; a blank line ends it);
//   inline: **bold**, *italic*, and {{chiffre:ID|VALUE}} a reference to the key figure ID
//   (KeyFigure) with the VALUE the note showed at insertion;
//   a backslash makes the next character plain text (\*, \{, \\, \#, \-, \|, \}).
// Parsing refuses what the grammar does not allow (an unclosed ** or *, an unclosed or empty
// reference, "{{" inside a reference or not opening one, markup over the size limits) with an
// InputError naming line and column.
struct SynthesisNote {
    // Limits of a saved note (AttemptState refuses larger ones): 100 000 bytes of markup and
    // 500 references (a note of a few pages holds far fewer; ⚠ product limits, not rules).
    static constexpr std::size_t kMaxBytes = 100000;
    static constexpr std::size_t kMaxReferences = 500;

    std::vector<NoteBlock> blocks;

    // Reads markup; `source` names it in errors ("note.md", "journal, entrée 12 $.texte").
    static SynthesisNote parse(std::string_view markup, const std::string& source);
    // The canonical markup: parse(toMarkup()) gives the same note.
    std::string toMarkup() const;
    // Every reference, in reading order.
    std::vector<const NoteSpan*> references() const;
    // The words of the note's text (references not counted).
    std::size_t wordCount() const;
    // Numbers typed in the text without a reference ("12 %", "3 500", "4,5"), in reading order:
    // the figures the assessor lists as unsourced. Left out: digits glued to a letter before
    // them (B2, L3133), single digits (counts in prose) and years 1900–2099.
    std::vector<std::string> unsourcedNumbers() const;
    bool empty() const { return blocks.empty(); }
};

}  // namespace cmcsim
