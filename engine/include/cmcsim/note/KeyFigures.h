#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/note/KeyFigure.h"

namespace cmcsim {

class AttemptState;
class Campaign;
class ProspectView;
struct Market;
struct NoteSpan;
struct ReferenceData;
struct Scenario;

// A reference of the note against the figures now: the same value, another one, or a figure
// the candidate cannot insert (unknown id, segment deleted, not earned at this state).
enum class ReferenceStatus { Same, Changed, Unavailable };

// The key figures the candidate may insert in the synthesis note at one state of the attempt
// (issue 11 §1): only what the candidate has earned, never the hidden truth. Each figure comes
// from the function the rest of the product shows it with, so the note and the screens agree:
//   Marché        ProspectBreakdown::statistics (CLI `market stats` without --truth);
//   Segments      ProspectView::filter and ::employees on the segment's filter (the prospect
//                 workspace's count), and the candidate's own quantification of the segment;
//   Études        StudyReport::findings of each study bought (its numeric cells);
//   Portefeuille  the Campaign's portfolio (PortfolioBuilder, CLI `portfolio`), once the
//                 portfolio extract is bought;
//   Plan          the plan's objectives, actions, budget and capacity (AttemptState::plan);
//   Semaines      Dashboard::of the campaign (CLI `dashboard`), once a week is run.
class KeyFigures {
public:
    // `view` shows the prospect file with `state.knowledge()` and `state.marks()`; `campaign`
    // is Campaign::replay of the same state. Figures in theme order, then as each source lists
    // them.
    static std::vector<KeyFigure> available(const ReferenceData& reference,
                                            const AttemptState& state, const ProspectView& view,
                                            const Campaign& campaign);
    // available() for `state`, with the prospect view and the campaign built here (the CLI and
    // the assessor; `seed` is the attempt's, Attempt::seed()).
    static std::vector<KeyFigure> of(const ReferenceData& reference, const Scenario& scenario,
                                     const Market& market, std::uint64_t seed,
                                     const AttemptState& state);
    // How `reference` (a NoteSpan of kind Reference) stands against `figures`.
    static ReferenceStatus status(const NoteSpan& reference, const std::vector<KeyFigure>& figures);
    // The figure of `id` in `figures`, or null.
    static const KeyFigure* find(const std::vector<KeyFigure>& figures, const std::string& id);
};

}  // namespace cmcsim
