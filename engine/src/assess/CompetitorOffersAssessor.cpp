// B2.1.4 "Des informations sont collectées sur les offres de la concurrence": the competitor
// intelligence study bought (veille concurrentielle: every company's current insurer, level and
// renewal), and the companies whose offer was saved after it while they are insured by a
// competitor, so that the saved offer could be compared with the competitor's contract.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "StudyPurchases.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {

IndicatorResult assessCompetitorOffers(const AssessmentContext& context,
                                       const AssessorThresholds& t, const std::string& criterion,
                                       const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    const bool offered =
        std::any_of(context.scenario.studies.begin(), context.scenario.studies.end(),
                    [](const StudyOffer& s) { return s.kind == "veille_concurrentielle"; });
    if (!offered) {
        result.verdict = Verdict::AApprecier;
        result.explanation =
            "À apprécier par l'évaluateur : le scénario ne propose pas d'étude de veille "
            "concurrentielle, le candidat n'a donc pas pu collecter d'informations sur les offres "
            "de la concurrence dans le simulateur.";
        return result;
    }
    std::int64_t study = 0;
    for (const auto& p : StudyPurchase::of(context))
        if (p.study->kind == "veille_concurrentielle") {
            study = p.entry;
            result.evidence.push_back({p.entry, "Veille concurrentielle achetée", p.study->title});
        }
    // The company of each offer's SIRET, establishments compared as numbers (a national market
    // has 1.9 million) when the SIRET is written as formatSiret writes it.
    std::map<std::string, const Company*> companyOf;
    std::unordered_map<std::uint64_t, const Company**> wanted;
    for (const auto& offer : context.state.offers()) {
        auto& company = companyOf.emplace(offer.siret, nullptr).first->second;
        if (const auto number = siret::parse(offer.siret, 14);
            number && siret::formatSiret(*number) == offer.siret)
            wanted.emplace(*number, &company);
    }
    for (const auto& e : context.market.establishments)
        if (const auto found = wanted.find(e.siret); found != wanted.end())
            *found->second = &context.market.companies[e.company];
    std::set<std::string> compared;
    for (const auto& offer : context.state.offers()) {
        const auto* company = companyOf[offer.siret];
        if (study == 0 || offer.entry < study || !company || company->health.insurer <= 0 ||
            compared.contains(offer.siret))
            continue;
        compared.insert(offer.siret);
        result.evidence.push_back(
            {offer.entry, "Offre comparable au contrat d'un concurrent",
             fmt::format(
                 "SIRET {}, assuré chez {}", offer.siret,
                 context.market.competitors[static_cast<std::size_t>(company->health.insurer)]
                     .name)});
    }
    const double needed = t.at("offres_comparees_acquis");
    const auto n = static_cast<double>(compared.size());
    result.verdict = study == 0    ? Verdict::NonAcquis
                     : n >= needed ? Verdict::Acquis
                                   : Verdict::PartiellementAcquis;
    result.score = grading::scoreWithin(
        result.verdict,
        study == 0 ? 0 : 50 + static_cast<int>(std::lround(50 * std::min(1.0, n / needed))));
    result.evidence.push_back(
        {0, "Entreprises d'un concurrent ayant reçu une offre", grading::number(n, 0)});
    result.explanation = fmt::format(
        "Veille concurrentielle {}. Entreprises assurées par un concurrent dont une offre a été "
        "enregistrée après la veille (donc comparée à leur contrat actuel) : {}. Règle : "
        "« acquis » avec la veille et au moins {}, « partiellement acquis » "
        "avec la veille seule, « non acquis » sans la veille.",
        study > 0 ? fmt::format("achetée (entrée {})", study) : "non achetée", compared.size(),
        frenchCount(static_cast<double>(needed), "telle offre", "telles offres"));
    return result;
}

const AssessorRegistration kRegistration{
    {"concurrence.offres", {"offres_comparees_acquis"}, assessCompetitorOffers}};

}  // namespace

}  // namespace cmcsim
