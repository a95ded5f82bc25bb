// Assessor "offre.risques" (B4.3, « mesure les risques »): the risk of each saved offer version on
// the company's real group — its expected loss ratio within bounds fair to the mutuelle and to the
// company, and the probability that claims exceed the premium. docs/assessment.md, section
// « Bloc 4 ».
#include <fmt/format.h>

#include "OfferVersions.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::assess {

namespace {

IndicatorResult assessRisks(const AssessmentContext& context, const AssessorThresholds& thresholds,
                            const std::string& criterion, const std::string& indicator) {
    const double low = thresholds.at("sp_min_pct") / 100.0;
    const double high = thresholds.at("sp_max_pct") / 100.0;
    const double lossMax = thresholds.at("proba_perte_max_pct") / 100.0;
    const auto rule = fmt::format(
        "Règle : le risque de chaque version d'offre est mesuré sur le groupe réel de "
        "l'entreprise (RiskModel : sinistres attendus et {} années simulées, graine de "
        "l'épreuve). Le rapport sinistres/primes attendu doit rester entre {} (au-dessous, "
        "l'entreprise paie trop) et {} (au-dessus, la mutuelle perd de l'argent), et la "
        "probabilité que les sinistres dépassent la cotisation ne pas dépasser {}. Note d'une "
        "version : 100 si les deux tiennent, 50 si l'un tient, 0 sinon ou si le S/P n'est pas "
        "calculable. Une offre tarifée en euros sur l'effectif est recalculée sur l'effectif "
        "réel : seuls des taux contractuels (taux de branche, % du salaire) peuvent s'écarter "
        "des chargements du tarif. L'explication du risque au client reste à apprécier par "
        "l'évaluateur.",
        frenchNumber(static_cast<double>(OfferStudy::kInteractiveYears), 0), percent(low),
        percent(high), percent(lossMax));
    return scoreVersions(
        criterion, indicator, OfferVersions::of(context, OfferStudy::kInteractiveYears), thresholds,
        rule, [&](const OfferVersion& v) {
            const auto& risk = v.truth->risk;
            const auto& seen = v.candidate->risk;
            if (risk.premium <= 0)
                return VersionScore{0, "S/P attendu non calculable (aucune cotisation) ; 0/100"};
            const double lossRatio = risk.analyticMean / risk.premium;
            const bool fair = lossRatio >= low - 1e-12 && lossRatio <= high + 1e-12;
            const bool safe = risk.probabilityLossAbove100 <= lossMax + 1e-12;
            const double score = fair && safe ? 100 : fair || safe ? 50 : 0;
            return VersionScore{
                score,
                fmt::format("S/P attendu sur le groupe réel {} {} ; probabilité de perte {} {} ; "
                            "S/P vu par le candidat {} ; {}/100",
                            percent(lossRatio, 1), fair ? "✔" : "✘",
                            percent(risk.probabilityLossAbove100, 1), safe ? "✔" : "✘",
                            seen.premium > 0 ? percent(seen.analyticMean / seen.premium, 1)
                                             : "non calculable",
                            frenchNumber(score, 0))};
        });
}

const AssessorRegistration registration{
    {"offre.risques",
     {"sp_min_pct", "sp_max_pct", "proba_perte_max_pct", "score_acquis", "score_partiel"},
     assessRisks}};

}  // namespace

}  // namespace cmcsim::assess
