// Assessor "offre.avantages_sociaux" (B4.6, « explique les avantages sociaux et fiscaux »): the
// social and fiscal treatment of each saved offer version can be computed for a typical employee
// of each category, and the offer keeps the exemptions (a contrat responsable, no employer money
// reintegrated into the social base). docs/assessment.md, section « Bloc 4 ».
#include <fmt/format.h>

#include "OfferVersions.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::assess {

namespace {

IndicatorResult assessBenefits(const AssessmentContext& context,
                               const AssessorThresholds& thresholds, const std::string& criterion,
                               const std::string& indicator) {
    const double excessMax = thresholds.at("excedent_reintegre_max_eur");
    const auto rule = fmt::format(
        "Règle : le traitement social et fiscal de l'offre (PayrollSimulation : exonération "
        "dans la limite, forfait social, CSG/CRDS, TSA, déductibilité) se calcule pour un "
        "salarié type de chaque catégorie, et la structure de l'offre conserve les "
        "exonérations. Note d'une version : 0 si le traitement ne se calcule pas (aucun salarié "
        "type) ou si un contrat santé est non responsable (il perd les exonérations : CSS "
        "L871-1 ; le proposer demande une raison, que l'évaluateur apprécie) ; 50 si une part "
        "patronale dépasse de plus de {} € par an la limite d'exonération ou finance des ayants "
        "droit facultatifs (réintégrée dans l'assiette des cotisations) ; 100 sinon. "
        "L'explication de ces avantages au client reste à apprécier par l'évaluateur.",
        frenchNumber(excessMax, 0));
    return scoreVersions(
        criterion, indicator, OfferVersions::of(context, 0), thresholds, rule,
        [&](const OfferVersion& v) {
            const auto& quote = v.candidate->quote;
            if (quote.payroll.empty())
                return VersionScore{
                    0, "traitement social et fiscal non calculable (aucun salarié type) ; 0/100"};
            for (const auto& h : quote.health)
                if (!h.responsible)
                    return VersionScore{
                        0, fmt::format("contrat santé non responsable ({}, {}) : part patronale "
                                       "réintégrée dans l'assiette, TSA majorée ; 0/100",
                                       Offer::categoryLabel(h.category), h.product)};
            std::string figures;
            bool kept = true;
            for (const auto& [category, payroll] : quote.payroll) {
                const double excess = payroll.figure("excedent_reintegre").euros();
                kept = kept && excess <= excessMax + 1e-9;
                figures += fmt::format(
                    "{}{} : part exonérée {} €, réintégrée {} €, coût employeur {} € par an",
                    figures.empty() ? "" : " ; ", Offer::categoryLabel(category),
                    frenchNumber(payroll.figure("part_exoneree").euros(), 2),
                    frenchNumber(excess, 2),
                    frenchNumber(payroll.figure("cout_employeur").euros(), 2));
            }
            const double score = kept ? 100 : 50;
            return VersionScore{score, fmt::format("{} ; {}/100", figures, frenchNumber(score, 0))};
        });
}

const AssessorRegistration registration{
    {"offre.avantages_sociaux",
     {"excedent_reintegre_max_eur", "score_acquis", "score_partiel"},
     assessBenefits}};

}  // namespace

}  // namespace cmcsim::assess
