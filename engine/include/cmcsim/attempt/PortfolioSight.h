#pragma once

#include <string>
#include <vector>

namespace cmcsim {

class AttemptState;
struct Scenario;
struct WeekRun;

// What the candidate may see of the mutuelle's portfolio (issue 11 §1: "the portfolio extract
// study reveals it"; docs/simulation.md "Le portefeuille"): before the extract study is bought,
// nothing of it — its clients, their number, renewals, retention, premiums kept or lost, loss
// ratio, the clients a portfolio review reaches, figures of the note drawn from it. Every view
// that shows the portfolio (CLI, studio models, exports, note figures, the week's report) asks
// here, so one rule decides.
class PortfolioSight {
public:
    // The study kind that reveals the portfolio (Scenario::studies' `kind`).
    static constexpr const char* kStudyKind = "extrait_portefeuille";

    // Whether the candidate sees the portfolio now, after the journal folded into `state`.
    static bool now(const AttemptState& state);
    // Whether the candidate saw it when the week `run` was played (the studies bought before).
    static bool during(const WeekRun& run);
    // Whether it is seen after the played weeks `runs` alone (the last one's studies; false
    // before any week): what a view holding only the weeks may show.
    static bool after(const std::vector<WeekRun>& runs);
    // What the candidate reads where the portfolio is hidden, in French: the study of `scenario`
    // to buy ("portefeuille inconnu : achetez d'abord l'étude « … » (id, commande etude.achat)"),
    // or that the scenario offers none.
    static std::string hidden(const Scenario& scenario);
};

}  // namespace cmcsim
