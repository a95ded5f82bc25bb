#pragma once

#include <string>
#include <vector>

#include "cmcsim/core/InputError.h"
#include "cmcsim/note/KeyFigure.h"
#include "cmcsim/note/SynthesisNote.h"

namespace cmcsim {

class AttemptState;

// The checks of a new version of the synthesis note against the data before it is saved (CLI
// `note set`; docs/attempt-format.md "La note de synthèse"): each reference must name a figure
// the candidate may insert now, with the value that figure shows now. A reference that later
// changes is marked by `note show`; one wrong from the start is refused.
struct NoteReferenceCheck {
    // The problems of `note`'s references, each placed at "<source>:<line>" (the block's line):
    // a figure not earned (AttemptState::unearnedFigure's reason), an id no figure has in
    // `figures` (KeyFigures::available of `state`), a value other than the figure's shown().
    static std::vector<Problem> problems(const SynthesisNote& note,
                                         const std::vector<KeyFigure>& figures,
                                         const AttemptState& state, const std::string& source);
};

}  // namespace cmcsim
