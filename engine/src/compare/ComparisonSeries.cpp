#include "ComparisonSeries.h"

namespace cmcsim {

namespace {

// A key figure: its key, label, unit, direction and how to read it from an attempt's figures.
struct FigureDefinition {
    const char* key;
    const char* label;
    SeriesUnit unit;
    bool higherIsBetter;
    std::optional<double> (*read)(const ComparedFigures&);
};

std::optional<double> count(std::int64_t n) {
    return static_cast<double>(n);
}

const FigureDefinition kFigures[] = {
    {"cibles.ecart_comptage", "Cibles : écart moyen sur le nombre d'établissements",
     SeriesUnit::Share, false, [](const ComparedFigures& f) { return f.targetCountGap; }},
    {"cibles.ecart_potentiel", "Cibles : écart moyen sur le potentiel de cotisations",
     SeriesUnit::Share, false, [](const ComparedFigures& f) { return f.targetPotentialGap; }},
    {"signalements.precision", "Signalements : précision", SeriesUnit::Share, true,
     [](const ComparedFigures& f) { return f.flagPrecision; }},
    {"signalements.rappel", "Signalements : rappel", SeriesUnit::Share, true,
     [](const ComparedFigures& f) { return f.flagRecall; }},
    {"offres.entreprises", "Offres : entreprises", SeriesUnit::Count, true,
     [](const ComparedFigures& f) { return count(f.offers); }},
    {"offres.versions", "Offres : versions enregistrées", SeriesUnit::Count, true,
     [](const ComparedFigures& f) { return count(f.offerVersions); }},
    {"plan.rdv", "Plan : rendez-vous tenus", SeriesUnit::Count, true,
     [](const ComparedFigures& f) { return count(f.meetingsHeld); }},
    {"plan.signatures", "Plan : signatures", SeriesUnit::Count, true,
     [](const ComparedFigures& f) { return count(f.signatures); }},
    {"plan.primes", "Plan : primes signées", SeriesUnit::Euros, true,
     [](const ComparedFigures& f) -> std::optional<double> { return f.premiumsWonEur; }},
};

}  // namespace

std::vector<ComparedColumn> comparedCriteria(const AssessmentFramework& framework) {
    std::vector<ComparedColumn> columns;
    for (const auto& criterion : framework.criteria())
        for (const auto& indicator : criterion.indicators)
            if (!indicator.assessor.empty()) {
                columns.push_back({criterion.id, criterion.title});
                break;
            }
    return columns;
}

std::vector<ComparedColumn> comparedIndicators(const AssessmentFramework& framework) {
    std::vector<ComparedColumn> columns;
    for (const auto& criterion : framework.criteria())
        for (const auto& indicator : criterion.indicators)
            if (!indicator.assessor.empty()) columns.push_back({indicator.id, indicator.wording});
    return columns;
}

std::vector<ComparedSeries> comparisonSeries(const std::vector<ComparedAttempt>& attempts,
                                             const std::vector<ComparedColumn>& criteria) {
    std::vector<ComparedSeries> series;
    for (std::size_t c = 0; c < criteria.size(); ++c) {
        ComparedSeries s;
        s.key = criteria[c].id;
        s.label = criteria[c].id + " " + criteria[c].label;
        for (const auto& a : attempts) {
            const auto& r = a.criteria.at(c);
            s.values.push_back(r.verdict == Verdict::AApprecier ? std::nullopt
                                                                : std::optional<double>(r.score));
        }
        series.push_back(std::move(s));
    }
    for (const auto& figure : kFigures) {
        ComparedSeries s;
        s.key = figure.key;
        s.label = figure.label;
        s.unit = figure.unit;
        s.higherIsBetter = figure.higherIsBetter;
        for (const auto& a : attempts) s.values.push_back(figure.read(a.figures));
        series.push_back(std::move(s));
    }
    for (auto& s : series) s.distribution = Distribution::of(s.values);
    return series;
}

}  // namespace cmcsim
