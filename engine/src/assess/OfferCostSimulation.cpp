// Assessor "offre.simulation_couts" (B4.3, « simulations de coûts globaux »): each saved offer
// version was priced by the engine (contributions, employer and employee costs, taxes) on the
// company's own census, or on an estimate close enough to the real cost. docs/assessment.md,
// section « Bloc 4 ».
#include <fmt/format.h>

#include <cmath>

#include "OfferVersions.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::assess {

namespace {

// Everything the offer costs a year: the employer's cost and the employees' contributions.
double globalCost(const OfferQuote& quote) {
    return quote.annualEmployerCost + quote.annualEmployeeCost;
}

IndicatorResult assessCosts(const AssessmentContext& context, const AssessorThresholds& thresholds,
                            const std::string& criterion, const std::string& indicator) {
    const double gapMax = thresholds.at("ecart_cout_max_pct") / 100.0;
    const auto rule = fmt::format(
        "Règle : une simulation de coûts globaux (cotisations, coût employeur avec forfait "
        "social, coût salarié, taxes) accompagne chaque version d'offre. Le journal n'enregistre "
        "pas la consultation d'un devis : chaque version enregistrée est tarifée comme l'outil "
        "l'a montrée au candidat, sur ce qu'il savait alors de l'entreprise. Elle vaut 100 si "
        "elle repose sur l'état du personnel communiqué par l'entreprise, 50 si elle repose sur "
        "une estimation dont le coût global s'écarte d'au plus {} du coût sur l'effectif réel, "
        "0 au-delà ou si l'offre ne peut pas être tarifée. La présentation de la simulation au "
        "client reste à apprécier par l'évaluateur.",
        percent(gapMax));
    return scoreVersions(
        criterion, indicator, OfferVersions::of(context, 0), thresholds, rule,
        [&](const OfferVersion& v) {
            const double simulated = globalCost(v.candidate->quote);
            const double real = globalCost(v.truth->quote);
            const auto costs = fmt::format(
                "coût global simulé {} € par an (employeur {} €, salariés {} €)",
                frenchNumber(simulated, 0), frenchNumber(v.candidate->quote.annualEmployerCost, 0),
                frenchNumber(v.candidate->quote.annualEmployeeCost, 0));
            if (!v.candidate->diagnosis.estimated)
                return VersionScore{
                    100, costs + " sur l'état du personnel communiqué par l'entreprise ; 100/100"};
            const double gap = real > 0        ? std::abs(simulated - real) / real
                               : simulated > 0 ? 1.0
                                               : 0.0;
            const double score = gap <= gapMax + 1e-12 ? 50 : 0;
            return VersionScore{
                score,
                fmt::format("{} sur une estimation de l'effectif ; sur l'effectif réel "
                            "{} € : écart {} ; {}/100",
                            costs, frenchNumber(real, 0), percent(gap, 1), frenchNumber(score, 0))};
        });
}

const AssessorRegistration registration{{"offre.simulation_couts",
                                         {"ecart_cout_max_pct", "score_acquis", "score_partiel"},
                                         assessCosts}};

}  // namespace

}  // namespace cmcsim::assess
