// Assessor "offre.comparaison_contrat" (B4.4, « vérifie que l'offre répond aux différents
// besoins »): each saved offer version is compared with the company's current contract — known to
// the candidate when saving, and, against the real current contract, no loss of benefits and a
// contribution within a bearable rise. docs/assessment.md, section « Bloc 4 ».
#include <fmt/format.h>

#include "OfferVersions.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::assess {

namespace {

IndicatorResult assessComparison(const AssessmentContext& context,
                                 const AssessorThresholds& thresholds, const std::string& criterion,
                                 const std::string& indicator) {
    const double benefitsDrop = thresholds.at("baisse_prestations_max_pct") / 100.0;
    const double priceRise = thresholds.at("hausse_cotisation_max_pct") / 100.0;
    const auto rule = fmt::format(
        "Règle : l'offre se compare au contrat actuel de l'entreprise (OfferComparison). "
        "Contrôles d'une version : (1) le candidat connaissait la couverture actuelle en "
        "l'enregistrant (veille concurrentielle, ou extrait de portefeuille pour les clients de "
        "la mutuelle) ; face au contrat actuel réel, quand l'entreprise en a un : (2) les "
        "prestations santé attendues par salarié ne baissent pas de plus de {} ; (3) la "
        "cotisation santé par salarié et par mois n'augmente pas de plus de {}. Note d'une "
        "version : part des contrôles applicables réussis. La façon dont la comparaison est "
        "présentée au client reste à apprécier par l'évaluateur.",
        percent(benefitsDrop), percent(priceRise));
    return scoreVersions(
        criterion, indicator, OfferVersions::of(context, 0), thresholds, rule,
        [&](const OfferVersion& v) {
            VersionChecks checks;
            checks.note(
                v.candidate->diagnosis.coverKnown,
                v.candidate->diagnosis.coverKnown
                    ? "contrat actuel connu du candidat : " + v.candidate->diagnosis.currentHealth
                    : "contrat actuel inconnu du candidat à l'enregistrement");
            const auto& real = v.truth->comparison;
            const bool hasHealth = !v.truth->quote.health.empty();
            if (v.truth->diagnosis.currentHealthLevel > 0 && hasHealth) {
                const double current = real.currentExpectedBenefitsPerPerson;
                const double proposed = real.proposedExpectedBenefitsPerPerson;
                checks.note(
                    proposed >= current * (1 - benefitsDrop) - 1e-9,
                    fmt::format("prestations attendues {} € par salarié et par an, contre {} € "
                                "au contrat actuel réel",
                                frenchNumber(proposed, 0), frenchNumber(current, 0)));
            }
            if (real.currentMonthlyPerEmployee > 0 && hasHealth) {
                const double current = real.currentMonthlyPerEmployee;
                const double proposed = real.proposedMonthlyPerEmployee;
                checks.note(proposed <= current * (1 + priceRise) + 1e-9,
                            fmt::format("cotisation {} € par salarié et par mois, contre {} € "
                                        "aujourd'hui ({}{})",
                                        frenchNumber(proposed, 2), frenchNumber(current, 2),
                                        proposed >= current ? "+" : "",
                                        percent(proposed / current - 1, 1)));
            }
            if (v.truth->diagnosis.currentHealthLevel == 0)
                checks.figures += " ; l'entreprise n'a pas de contrat santé collectif";
            return checks.score();
        });
}

const AssessorRegistration registration{
    {"offre.comparaison_contrat",
     {"baisse_prestations_max_pct", "hausse_cotisation_max_pct", "score_acquis", "score_partiel"},
     assessComparison}};

}  // namespace

}  // namespace cmcsim::assess
