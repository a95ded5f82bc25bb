// Assessor "offre.adequation" (B4.3, « offre pertinente, appropriée, argumentée »): the level of
// each saved offer version fits the company's obligations and real situation — no obligation
// broken on the real census, no over- or under-selling against the real current cover, an
// employer cost in proportion to the real payroll. docs/assessment.md, section « Bloc 4 ».
#include <fmt/format.h>

#include <algorithm>

#include "OfferVersions.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim::assess {

namespace {

IndicatorResult assessFit(const AssessmentContext& context, const AssessorThresholds& thresholds,
                          const std::string& criterion, const std::string& indicator) {
    const double up = thresholds.at("ecart_niveau_hausse_max");
    const double down = thresholds.at("ecart_niveau_baisse_max");
    const double payrollShare = thresholds.at("part_masse_salariale_max_pct") / 100.0;
    const auto rule = fmt::format(
        "Règle : chaque version d'offre est rejouée sur la situation réelle de l'entreprise "
        "(état du personnel réel, couverture actuelle réelle, vérité cachée du marché) et passe "
        "trois contrôles : (1) aucune obligation légale ni de branche non respectée sur "
        "l'effectif réel (ComplianceReport, convention collective comprise) ; (2) le niveau santé "
        "proposé (1 panier ANI … 4 haut de gamme) ne dépasse pas de plus de {} le niveau actuel "
        "(au moins le panier ANI, obligatoire) — sur-vente — et ne lui est pas inférieur de plus "
        "de {} — sous-vente ; (3) le coût employeur annuel ne dépasse pas {} de la masse "
        "salariale réelle. Note d'une version : part des contrôles applicables réussis. Les "
        "arguments donnés au client restent à apprécier par l'évaluateur.",
        frenchNumber(up, 0), frenchNumber(down, 0), percent(payrollShare, 1));
    const auto& catalogue = context.reference.offers;
    return scoreVersions(
        criterion, indicator, OfferVersions::of(context, 0), thresholds, rule,
        [&](const OfferVersion& v) {
            const auto& truth = *v.truth;
            VersionChecks checks;

            std::string broken;
            for (const auto& r : truth.compliance.rules)
                if (r.verdict == ComplianceRule::Verdict::NotMet)
                    broken += (broken.empty() ? "" : ", ") + r.label + " (" + r.reference + ")";
            checks.note(broken.empty(),
                        broken.empty()
                            ? "obligations respectées sur l'effectif réel"
                            : "obligations non respectées sur l'effectif réel : " + broken);

            int proposed = 0;
            for (const auto& c : truth.offer.categories)
                if (c.health)
                    if (const auto* product = catalogue.healthProduct(c.health->product))
                        proposed = std::max(proposed, product->level);
            if (proposed > 0) {
                const int current = truth.diagnosis.currentHealthLevel;
                const int floor = std::max(current, 1);
                const auto text =
                    fmt::format("niveau santé proposé {}, niveau actuel réel {}", proposed,
                                current > 0 ? std::to_string(current) : "aucun");
                if (proposed - floor > up)
                    checks.note(false, text + " : sur-vente");
                else if (current - proposed > down)
                    checks.note(false, text + " : sous-vente");
                else
                    checks.note(true, text);
            }

            if (truth.diagnosis.salaryMass > 0) {
                const double share = truth.quote.annualEmployerCost / truth.diagnosis.salaryMass;
                checks.note(
                    share <= payrollShare + 1e-12,
                    fmt::format("coût employeur {} € par an, {} de la masse salariale réelle "
                                "({} €)",
                                frenchNumber(truth.quote.annualEmployerCost, 0), percent(share, 1),
                                frenchNumber(truth.diagnosis.salaryMass, 0)));
            }
            return checks.score();
        });
}

const AssessorRegistration registration{
    {"offre.adequation",
     {"ecart_niveau_hausse_max", "ecart_niveau_baisse_max", "part_masse_salariale_max_pct",
      "score_acquis", "score_partiel"},
     assessFit}};

}  // namespace

}  // namespace cmcsim::assess
