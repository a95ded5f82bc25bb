#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cmcsim {

class AttemptState;

// What the candidate must have earned for a key figure to exist, read from the family its id
// starts with (KeyFigure ids, docs/attempt-format.md "La note de synthèse"):
//   marche/…                 nothing: the prospect file as the candidate knows it
//   segment/<segment id>/…   the candidate's segment saved
//   etude/<study id>/…       the study bought
//   portefeuille/…           the portfolio extract study bought
//   plan/…                   a plan command in the journal
//   semaines/…               a simulated week run; semaines/taux_retention (the portfolio's
//                            retention) the portfolio extract too (PortfolioSight)
// AttemptState refuses a note referring to an unknown family or to one not earned at the save;
// KeyFigures::available gives the figures themselves.
struct FigureEarning {
    enum class Need { Nothing, Segment, Study, Portfolio, Plan, Weeks };
    Need need = Need::Nothing;
    std::string key;  // the segment's or the study's id; empty otherwise
    // Also needs the portfolio seen (the extract study bought): a figure of the weeks drawn
    // from the portfolio.
    bool portfolio = false;

    // The earning rule of `figureId`; nullopt when its family is unknown or its id malformed.
    static std::optional<FigureEarning> of(std::string_view figureId);
    // Why `figureId` is not earned in `state` (unknown family, segment not saved, study not
    // bought, portfolio not seen, no plan, no week run), in French; nullopt when it is
    // (AttemptState::unearnedFigure).
    static std::optional<std::string> missing(const std::string& figureId,
                                              const AttemptState& state);
};

}  // namespace cmcsim
