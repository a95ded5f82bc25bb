#include "cmcsim/attempt/PortfolioSight.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

bool PortfolioSight::now(const AttemptState& state) {
    return state.hasStudyKind(kStudyKind);
}

bool PortfolioSight::during(const WeekRun& run) {
    return run.portfolioKnown;
}

bool PortfolioSight::after(const std::vector<WeekRun>& runs) {
    return !runs.empty() && during(runs.back());
}

std::string PortfolioSight::hidden(const Scenario& scenario) {
    const auto study = std::find_if(scenario.studies.begin(), scenario.studies.end(),
                                    [](const StudyOffer& s) { return s.kind == kStudyKind; });
    if (study == scenario.studies.end())
        return "le scénario ne propose pas d'extrait de portefeuille : le portefeuille de la "
               "mutuelle reste inconnu";
    return fmt::format(
        "portefeuille inconnu : achetez d'abord l'étude « {} » ({}, commande etude.achat)",
        oneLine(study->title), oneLine(study->id));
}

}  // namespace cmcsim
