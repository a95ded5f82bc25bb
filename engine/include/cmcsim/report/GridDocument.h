#pragma once

#include "cmcsim/assess/Evaluation.h"
#include "cmcsim/report/Document.h"

namespace cmcsim {

// The official assessment grid of an evaluation (issue 10 §5), in French: the attempt, the
// evaluators, their signatures and the grid's code (Evaluation::code); per bloc, one table of its
// criteria with the framework's wording, the agreed verdict and comment, then the evaluators'
// comment under the table; the agreement (each criterion seen by the automatic assessors and both
// evaluators, disagreements marked, Cohen's kappa); and an annex with the automatic pre-assessment
// at the hand-in and its evidence. A grid not signed by both carries kUnsignedMark across every
// page. The studio and the CLI render the same Document.
struct GridDocument {
    static constexpr const char* kUnsignedMark = "Grille non signée — document de travail";

    static Document build(const Evaluation& evaluation);
    // How a verdict shows in a document: acquis Good, partiellement acquis Caution, non acquis
    // Bad, à apprécier Muted (the grid's and the group comparison's colours).
    static Tone verdictTone(Verdict verdict);
};

}  // namespace cmcsim
