// B2.1.5 "Les cibles sont identifiées, qualifiées et quantifiées à partir des résultats de
// l'analyse du marché et du territoire": the candidate's segments (identified), their written
// qualification (qualified), their counts and premium potential against what their filter
// really gives (quantified), and the lift of the segments: their rate of real opportunities over
// the rate of the whole prospect file. Measures for the comparison: "ecart_comptage" and
// "ecart_potentiel" (mean gaps, 0.05 for 5 %), "rapport_opportunites" (the lift).
#include <fmt/format.h>

#include <cmath>
#include <sstream>

#include "TargetTruth.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Market.h"

namespace cmcsim {

namespace {

std::size_t words(const std::string& text) {
    std::istringstream in(text);
    std::size_t n = 0;
    for (std::string w; in >> w;) ++n;
    return n;
}

// |announced − real| / real; 0 when both are 0, 1 when only the real is 0.
double gap(double announced, double real) {
    if (real <= 0) return announced <= 0 ? 0.0 : 1.0;
    return std::abs(announced - real) / real;
}

// A real opportunity: a company not yet with the mutuelle that has no health contract or is
// likely to change insurer at its next renewal.
bool opportunity(const Company& c, double propensity) {
    if (c.health.insurer == 0) return false;
    return c.health.insurer < 0 || c.health.propensityToMove >= propensity;
}

double opportunityRate(const Market& market, const std::vector<std::uint32_t>& establishments,
                       double propensity) {
    if (establishments.empty()) return 0;
    std::int64_t n = 0;
    for (const auto e : establishments)
        if (opportunity(market.companies[market.establishments[e].company], propensity)) ++n;
    return static_cast<double>(n) / static_cast<double>(establishments.size());
}

IndicatorResult assessTargets(const AssessmentContext& context, const AssessorThresholds& t,
                              const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    const auto& segments = context.state.segments();
    if (segments.empty()) {
        result.verdict = Verdict::NonAcquis;
        result.explanation =
            "Aucun segment enregistré : les cibles ne sont ni identifiées, ni qualifiées, ni "
            "quantifiées.";
        result.evidence.push_back({0, "Segments enregistrés", "0"});
        return result;
    }
    const auto& truth = TargetTruth::of(context);
    const double minWords = t.at("qualification_mots_min");
    std::int64_t qualified = 0;
    double countGap = 0, potentialGap = 0;
    for (const auto& s : truth.segments) {
        const auto& seg = *s.segment;
        if (static_cast<double>(words(seg.qualification)) >= minWords) ++qualified;
        const double cg =
            gap(static_cast<double>(seg.establishments), static_cast<double>(s.establishments));
        const double pg = gap(seg.premiumPotentialEur, s.premiumEur);
        countGap += cg;
        potentialGap += pg;
        result.evidence.push_back(
            {seg.entry, fmt::format("Segment « {} »", seg.name),
             fmt::format("{} de qualification ; {} annoncés, {} réels "
                         "(écart {}) ; potentiel annoncé {} €, réel {} € (écart {})",
                         frenchCount(static_cast<double>(words(seg.qualification)), "mot", "mots"),
                         frenchCount(static_cast<double>(seg.establishments), "établissement",
                                     "établissements"),
                         frenchNumber(static_cast<double>(s.establishments), 0),
                         grading::percent(cg), grading::number(seg.premiumPotentialEur, 0),
                         grading::number(s.premiumEur, 0), grading::percent(pg))});
    }
    const auto n = static_cast<double>(truth.segments.size());
    countGap /= n;
    potentialGap /= n;
    const double qualifiedShare = static_cast<double>(qualified) / n;
    const double propensity = t.at("propension_opportunite");
    const double base =
        opportunityRate(context.market, TargetTruth::allEstablishments(context.market), propensity);
    const double rate = opportunityRate(context.market, truth.establishments, propensity);
    const double lift = base > 0 ? rate / base : 0.0;

    const double qA = t.at("part_qualifiee_acquis"), qP = t.at("part_qualifiee_partiel");
    const double cA = t.at("ecart_comptage_acquis"), cP = t.at("ecart_comptage_partiel");
    const double pA = t.at("ecart_potentiel_acquis"), pP = t.at("ecart_potentiel_partiel");
    const double lA = t.at("lift_acquis"), lP = t.at("lift_partiel");
    const auto combined = grading::weakestOf(
        {grading::measureAtLeast(qualifiedShare, qA, qP), grading::measureAtMost(countGap, cA, cP),
         grading::measureAtMost(potentialGap, pA, pP), grading::measureAtLeast(lift, lA, lP)});
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.measures = {{"ecart_comptage", countGap},
                       {"ecart_potentiel", potentialGap},
                       {"rapport_opportunites", lift}};
    result.evidence.push_back(
        {0, "Segments qualifiés par écrit",
         grading::share(qualified, static_cast<std::int64_t>(truth.segments.size()))});
    result.evidence.push_back(
        {0, "Écart moyen sur le nombre d'établissements", grading::percent(countGap)});
    result.evidence.push_back(
        {0, "Écart moyen sur le potentiel de cotisations", grading::percent(potentialGap)});
    result.evidence.push_back(
        {0, "Taux d'opportunités réelles",
         fmt::format("{} dans les segments, {} dans tout le fichier : rapport {}",
                     grading::percent(rate), grading::percent(base), grading::number(lift))});
    result.explanation = fmt::format(
        "{}. Qualifiés par écrit (au moins {} mots) : {} (« acquis » à "
        "partir de {}, « partiellement » à partir de {}). Écart moyen entre les établissements "
        "annoncés et ceux que le filtre donne réellement (doublons et fermés exclus) : {} (seuils "
        "{} et {}). Écart moyen entre le potentiel annoncé et le potentiel réel (salariés réels × "
        "cotisation santé réelle × 12) : {} (seuils {} et {}). Rapport entre le taux "
        "d'opportunités réelles des segments et celui du fichier (entreprises sans contrat santé "
        "ou de propension à changer d'assureur d'au moins {}) : {} (seuils {} et {}). Le verdict "
        "est le plus faible des quatre, le score celui de la mesure la plus faible.",
        frenchCount(static_cast<double>(truth.segments.size()), "segment enregistré",
                    "segments enregistrés"),
        grading::number(minWords, 0),
        grading::share(qualified, static_cast<std::int64_t>(truth.segments.size())),
        grading::percent(qA), grading::percent(qP), grading::percent(countGap),
        grading::percent(cA), grading::percent(cP), grading::percent(potentialGap),
        grading::percent(pA), grading::percent(pP), grading::number(propensity),
        grading::number(lift), grading::number(lA), grading::number(lP));
    return result;
}

const AssessorRegistration kRegistration{
    {"cibles.qualification",
     {"qualification_mots_min", "part_qualifiee_acquis", "part_qualifiee_partiel",
      "ecart_comptage_acquis", "ecart_comptage_partiel", "ecart_potentiel_acquis",
      "ecart_potentiel_partiel", "propension_opportunite", "lift_acquis", "lift_partiel"},
     assessTargets}};

}  // namespace

}  // namespace cmcsim
