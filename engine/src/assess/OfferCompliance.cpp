// Assessor "offre.conformite" (B4.3, « respecte la réglementation »): the compliance report of
// each saved offer version, as the candidate saw it (contrat responsable, legal 50 %, cadres'
// provident, branch minimums): a rule not met in a version is non acquis, with the rule's
// reference as evidence. docs/assessment.md, section « Bloc 4 ».
#include <fmt/format.h>

#include <cmath>

#include "OfferVersions.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim::assess {

namespace {

IndicatorResult assessCompliance(const AssessmentContext& context,
                                 const AssessorThresholds& thresholds, const std::string& criterion,
                                 const std::string& indicator) {
    const auto& versions = OfferVersions::of(context, 0);
    if (versions.empty()) return noOffer(criterion, indicator);
    const double tolerated = thresholds.at("versions_non_conformes_max");
    auto r = grading::start(criterion, indicator);
    int failing = 0, toCheck = 0;
    for (const auto& v : versions) {
        const auto label = "Conformité de l'offre " + v.label;
        if (!v.error.empty()) {
            ++failing;
            r.evidence.push_back({v.saved->entry, label,
                                  "offre non tarifiable, conformité non démontrée : " + v.error});
            continue;
        }
        int notMet = 0, unsettled = 0;
        for (const auto& rule : v.candidate->compliance.rules) {
            if (rule.verdict == ComplianceRule::Verdict::NotMet) {
                ++notMet;
                r.evidence.push_back(
                    {v.saved->entry, label,
                     fmt::format("✘ {} ({}) — {}", rule.label, rule.figures, rule.reference)});
            }
            if (rule.verdict == ComplianceRule::Verdict::ToCheck) ++unsettled;
        }
        if (notMet > 0) ++failing;
        toCheck += unsettled;
        if (notMet == 0)
            r.evidence.push_back(
                {v.saved->entry, label,
                 fmt::format("✔ {} respectées{}",
                             frenchCount(static_cast<double>(v.candidate->compliance.rules.size() -
                                                             static_cast<std::size_t>(unsettled)),
                                         "règle", "règles"),
                             unsettled > 0 ? fmt::format(", {} à vérifier", unsettled) : "")});
    }
    const auto count = static_cast<double>(versions.size());
    r.verdict = failing > tolerated + 1e-9 ? Verdict::NonAcquis : Verdict::Acquis;
    // Acquis: 100; non acquis: the share of compliant versions within the band 0–49.
    r.score = r.verdict == Verdict::Acquis
                  ? 100
                  : static_cast<int>(std::lround(49.0 * (count - failing) / count));
    r.explanation = fmt::format(
        "Règle : chaque version d'offre enregistrée respecte la réglementation telle que le "
        "rapport de conformité de l'outil la vérifie (contrat responsable et panier ANI, part "
        "employeur d'au moins 50 %, couverture de tous les salariés, prévoyance des cadres, "
        "minimums de la convention collective). Une version est non conforme si une règle y est "
        "non respectée (✘) ou si elle ne peut pas être tarifée ; versions non conformes "
        "tolérées : {} ; au-delà, l'indicateur est non acquis, même si une version suivante "
        "corrige l'offre. La référence de chaque règle figure dans les preuves. {} sur {} non "
        "{} ; score : 100 si acquis, sinon 49 × la part des versions conformes, {}/100.{}",
        frenchNumber(tolerated, 0), failing, frenchCount(count, "version", "versions"),
        failing > 1 ? "conformes" : "conforme", r.score,
        toCheck > 0 ? fmt::format(" {} « à vérifier » (?) restent à apprécier par l'évaluateur.",
                                  frenchCount(toCheck, "point", "points"))
                    : "");
    return r;
}

const AssessorRegistration registration{
    {"offre.conformite", {"versions_non_conformes_max"}, assessCompliance}};

}  // namespace

}  // namespace cmcsim::assess
