// B2.1.1 "Le candidat identifie le potentiel de son territoire ou de son marché à partir de
// différentes sources": the distinct sources the candidate used (each kind of study bought, the
// verification of records, the staff registers requested) and the share of the studies bought
// before a segment was saved, so that they could inform the estimate of the targets' potential.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "StudyPurchases.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {

IndicatorResult assessSources(const AssessmentContext& context, const AssessorThresholds& t,
                              const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    const auto purchases = StudyPurchase::of(context);
    std::set<std::string> sources;
    for (const auto& p : purchases) {
        sources.insert(p.study->kind);
        result.evidence.push_back(
            {p.entry, "Étude achetée",
             fmt::format("{} ({})", p.study->title, StudyPurchase::kindLabel(p.study->kind))});
    }
    std::int64_t firstVerification = 0, firstCensus = 0;
    for (const auto& [line, notes] : context.state.records()) {
        if (notes.verifiedBy > 0 &&
            (firstVerification == 0 || notes.verifiedBy < firstVerification))
            firstVerification = notes.verifiedBy;
        if (notes.censusBy > 0 && (firstCensus == 0 || notes.censusBy < firstCensus))
            firstCensus = notes.censusBy;
    }
    if (firstVerification > 0) {
        sources.insert("verification");
        result.evidence.push_back(
            {firstVerification, "Première vérification de fiche", "source : SIRENE et appel"});
    }
    if (firstCensus > 0) {
        sources.insert("etat_personnel");
        result.evidence.push_back(
            {firstCensus, "Premier état du personnel demandé", "source : l'entreprise"});
    }
    std::int64_t lastSegment = 0;
    for (const auto& s : context.state.segments()) lastSegment = std::max(lastSegment, s.entry);
    const auto pertinent =
        std::count_if(purchases.begin(), purchases.end(),
                      [&](const StudyPurchase& p) { return p.entry < lastSegment; });
    const double pertinentShare =
        purchases.empty() ? 0.0
                          : static_cast<double>(pertinent) / static_cast<double>(purchases.size());

    const auto count = static_cast<double>(sources.size());
    const double acquis = t.at("sources_acquis"), partial = t.at("sources_partiel"),
                 pertinentMin = t.at("part_pertinente_acquis");
    // The pertinent share only keeps "acquis" back: below its threshold the measure is partial,
    // its sub-score from 50 (no study before a segment) to 100 (at the threshold).
    const auto combined =
        grading::weakestOf({grading::measureAtLeast(count, acquis, partial),
                            grading::measureAtLeast(pertinentShare, pertinentMin, 0)});
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.push_back({0, "Sources distinctes utilisées", grading::number(count, 0)});
    result.evidence.push_back(
        {0, "Études achetées avant un segment",
         grading::share(pertinent, static_cast<std::int64_t>(purchases.size()))});
    result.explanation = fmt::format(
        "Sources distinctes utilisées pour estimer le potentiel : {} (chaque type d'étude achetée, "
        "la vérification de fiches, les états du personnel ; le scénario propose {} études). "
        "Études achetées avant l'enregistrement d'un segment, donc utiles à l'estimation des "
        "cibles : {}. Règle : « acquis » à partir de {} sources et {} des études utiles aux "
        "segments, « partiellement acquis » à partir de {} sources, sinon « non acquis ». Score : "
        "celui de la "
        "mesure la plus faible (les sources, ou la part des études utiles : 50 sans étude utile, "
        "100 au seuil).",
        sources.size(), context.scenario.studies.size(),
        grading::share(pertinent, static_cast<std::int64_t>(purchases.size())),
        grading::number(acquis, 0), grading::percent(pertinentMin), grading::number(partial, 0));
    return result;
}

const AssessorRegistration kRegistration{
    {"potentiel.sources",
     {"sources_acquis", "sources_partiel", "part_pertinente_acquis"},
     assessSources}};

}  // namespace

}  // namespace cmcsim
