// Assessor "diagnostic.situation" (B4.2, « analyse la situation de l'entreprise »): before saving
// an offer to a company, did the candidate obtain what its diagnosis needs — the company's own
// census, a verified line, its current cover? docs/assessment.md, section « Bloc 4 ».
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "OfferVersions.h"
#include "StudyPurchases.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim::assess {

namespace {

// A company the candidate made offers to: its SIRET and the entries of its first and last saved
// versions.
struct Offered {
    std::string siret;
    std::int64_t first = 0, last = 0;
    int versions = 0;
};

// What the candidate knew of the company just after an entry.
struct Known {
    std::string name;
    bool census = false, verified = false, cover = false;
};

// InputError (through diagnosisAt's absent diagnosis) when no line lists the SIRET.
Known knownAt(const AssessmentContext& context, const std::string& siretText, std::int64_t entry) {
    const auto& seen = OfferVersions::diagnosisAt(context, siretText, entry);
    if (!seen.diagnosis) throw InputError(siretText, seen.error);
    Known k;
    k.name = seen.diagnosis->name;
    k.census = !seen.diagnosis->estimated;
    k.cover = seen.diagnosis->coverKnown;
    k.verified = seen.verified;
    return k;
}

// 1 when known at the first version, ½ when only by the last one (the offer was revised after),
// 0 otherwise; and how the evaluator reads it.
std::pair<double, std::string> element(bool first, bool last, int versions) {
    if (first) return {1.0, "avant la première version"};
    if (last) return {0.5, fmt::format("seulement avant la dernière version (v{})", versions)};
    return {0.0, "jamais avant d'enregistrer l'offre"};
}

IndicatorResult assessDiagnosis(const AssessmentContext& context,
                                const AssessorThresholds& thresholds, const std::string& criterion,
                                const std::string& indicator) {
    std::vector<Offered> companies;
    for (const auto& o : context.state.offers()) {
        auto it = std::find_if(companies.begin(), companies.end(),
                               [&](const Offered& c) { return c.siret == o.siret; });
        if (it == companies.end()) {
            companies.push_back({o.siret, o.entry, o.entry, 1});
        } else {
            it->last = o.entry;
            ++it->versions;
        }
    }
    if (companies.empty()) return noOffer(criterion, indicator);

    auto r = grading::start(criterion, indicator);
    double sum = 0;
    for (const auto& c : companies) {
        Known first, last;
        try {
            first = knownAt(context, c.siret, c.first);
            last = c.last == c.first ? first : knownAt(context, c.siret, c.last);
        } catch (const InputError&) {
            r.evidence.push_back({c.first, "Diagnostic de SIRET " + c.siret,
                                  "SIRET absent du fichier prospects : 0/100"});
            continue;
        }
        const auto census = element(first.census, last.census, c.versions);
        const auto verified = element(first.verified, last.verified, c.versions);
        const auto cover = element(first.cover, last.cover, c.versions);
        const double score = 100.0 * (census.first + verified.first + cover.first) / 3.0;
        sum += score;
        r.evidence.push_back(
            {c.first, fmt::format("Diagnostic de {} (SIRET {})", first.name, c.siret),
             fmt::format("état du personnel de l'entreprise obtenu : {} ; fiche vérifiée : {} ; "
                         "couverture actuelle connue : {} ; {}/100",
                         census.second, verified.second, cover.second, frenchNumber(score, 0))});
        // The acquisitions themselves, so the evaluator can jump to them on the timeline.
        if (const auto line = OfferVersions::lineOf(context, c.siret))
            if (const auto* notes = context.state.notesFor(*line)) {
                if (notes->censusBy)
                    r.evidence.push_back(
                        {notes->censusBy, "Demande de l'état du personnel", first.name});
                if (notes->verifiedBy)
                    r.evidence.push_back(
                        {notes->verifiedBy, "Vérification de la fiche", first.name});
            }
    }
    // The studies that reveal current cover (CandidateKnowledge::cover).
    for (const auto& purchase : StudyPurchase::of(context))
        if (purchase.study->kind == "veille_concurrentielle" ||
            purchase.study->kind == "extrait_portefeuille")
            r.evidence.push_back({purchase.entry, "Achat d'une étude qui révèle le contrat actuel",
                                  purchase.study->title});
    setMeanScore(r, sum, companies.size(), thresholds);
    r.explanation = fmt::format(
        "Règle : avant d'enregistrer une offre, le candidat obtient ce que le diagnostic de "
        "l'entreprise demande — l'état du personnel communiqué par l'entreprise (pour chacun de "
        "ses établissements connus), la vérification de la fiche de l'établissement et la "
        "couverture actuelle (veille concurrentielle, ou extrait de portefeuille pour les "
        "clients de la mutuelle). Chaque élément vaut 1 s'il est acquis avant la première "
        "version de l'offre, ½ s'il ne l'est qu'avant la dernière (l'offre a été revue ensuite), "
        "0 sinon ; le score d'une entreprise est la part obtenue sur 100, le score final la "
        "moyenne des entreprises : {} pour {} ; acquis à partir de {}, partiellement acquis à "
        "partir de {}. La qualité de l'analyse elle-même (questions posées, besoins compris) "
        "reste à apprécier par l'évaluateur.",
        r.score, frenchCount(static_cast<double>(companies.size()), "entreprise", "entreprises"),
        frenchNumber(thresholds.at("score_acquis"), 0),
        frenchNumber(thresholds.at("score_partiel"), 0));
    return r;
}

const AssessorRegistration registration{
    {"diagnostic.situation", {"score_acquis", "score_partiel"}, assessDiagnosis}};

}  // namespace

}  // namespace cmcsim::assess
