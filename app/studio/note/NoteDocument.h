#pragma once

#include <QString>
#include <functional>
#include <string>

#include "cmcsim/note/SynthesisNote.h"

class QTextDocument;

namespace studio {

// The rendering of the synthesis note in a QTextDocument and back: headings, paragraphs, bold,
// italic, bulleted lists and references as chips (FigureChip). Rendering only: the note's
// grammar and its markup live in the engine (cmcsim::SynthesisNote).
namespace noteDocument {

// What the chip of a reference shows beside its value: the tooltip (its source, and the value
// now when it changed) and whether to mark it as changed.
struct ChipLook {
    QString tooltip;
    bool changed = false;
};
using LookOf = std::function<ChipLook(const cmcsim::NoteSpan& reference)>;

// Replaces `document`'s content with `note`.
void fill(QTextDocument& document, const cmcsim::SynthesisNote& note, const LookOf& look);
// The note `document` holds (block format → block kind; weight and italic → styles; chips →
// references).
cmcsim::SynthesisNote read(const QTextDocument& document);

}  // namespace noteDocument

}  // namespace studio
