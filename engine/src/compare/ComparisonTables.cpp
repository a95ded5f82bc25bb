#include "cmcsim/compare/ComparisonTables.h"

#include <fmt/format.h>

#include "cmcsim/core/FrenchFormat.h"

namespace cmcsim {

namespace {

using Cell = DashboardCell;

const std::vector<ComparedColumn>& columnsOf(const AttemptComparison& c, bool indicators) {
    return indicators ? c.indicators : c.criteria;
}

const std::vector<IndicatorResult>& resultsOf(const ComparedAttempt& a, bool indicators) {
    return indicators ? a.results : a.criteria;
}

// The header of a table with a row per attempt: the candidate, then `columns`.
std::vector<std::string> attemptHeader(const std::vector<ComparedColumn>& columns) {
    std::vector<std::string> header{"Candidat"};
    for (const auto& col : columns) header.push_back(col.id);
    return header;
}

std::vector<double> widths(std::size_t first, std::size_t others, double width) {
    std::vector<double> w{static_cast<double>(first)};
    w.insert(w.end(), others, width);
    return w;
}

}  // namespace

std::string ComparisonTables::verdictText(const IndicatorResult& r) {
    if (r.verdict == Verdict::AApprecier) return "à apprécier";
    return fmt::format("{} ({})", verdictLabel(r.verdict), r.score);
}

DashboardCell ComparisonTables::cell(SeriesUnit unit, const std::optional<double>& value) {
    if (!value) return {Cell::Kind::Decimal, 0, {}, true};
    switch (unit) {
        case SeriesUnit::Share:
            return Cell::rate(value);
        case SeriesUnit::Euros:
            return Cell::euros(*value);
        case SeriesUnit::Score:
        case SeriesUnit::Count:
            break;
    }
    return Cell::decimal(*value);
}

DashboardTable ComparisonTables::verdicts(const AttemptComparison& c, bool indicators) {
    const auto& columns = columnsOf(c, indicators);
    DashboardTable t{indicators ? "Verdicts par indicateur" : "Verdicts par critère",
                     indicators ? "Verdicts indicateurs" : "Verdicts critères",
                     attemptHeader(columns),
                     widths(28, columns.size(), 22),
                     {}};
    t.header.insert(t.header.begin() + 1, {"Fichier", "Entrées", "Remise"});
    t.widths.insert(t.widths.begin() + 1, {30, 9, 9});
    for (const auto& a : c.attempts) {
        std::vector<Cell> row{Cell::of(a.name()), Cell::of(a.file.filename().string()),
                              Cell::count(static_cast<std::int64_t>(a.entries)),
                              Cell::of(a.endText())};
        for (const auto& r : resultsOf(a, indicators)) row.push_back(Cell::of(verdictText(r)));
        t.rows.push_back(std::move(row));
    }
    return t;
}

DashboardTable ComparisonTables::scores(const AttemptComparison& c, bool indicators) {
    const auto& columns = columnsOf(c, indicators);
    DashboardTable t{indicators ? "Scores par indicateur" : "Scores par critère",
                     indicators ? "Scores indicateurs" : "Scores critères",
                     attemptHeader(columns),
                     widths(28, columns.size(), 9),
                     {}};
    for (const auto& a : c.attempts) {
        std::vector<Cell> row{Cell::of(a.name())};
        for (const auto& r : resultsOf(a, indicators))
            row.push_back(r.verdict == Verdict::AApprecier ? Cell::of("à apprécier")
                                                           : Cell::count(r.score));
        t.rows.push_back(std::move(row));
    }
    return t;
}

DashboardTable ComparisonTables::figures(const AttemptComparison& c) {
    DashboardTable t{
        "Chiffres clés",
        "Chiffres clés",
        {"Candidat", "Écart établissements", "Écart potentiel", "Précision", "Rappel", "Offres",
         "Versions", "Semaines", "Rendez-vous tenus", "Signatures", "Primes signées"},
        {28, 14, 14, 12, 12, 9, 9, 10, 12, 11, 14},
        {}};
    for (const auto& a : c.attempts) {
        const auto& f = a.figures;
        t.rows.push_back(
            {Cell::of(a.name()), Cell::rate(f.targetCountGap), Cell::rate(f.targetPotentialGap),
             Cell::rate(f.flagPrecision), Cell::rate(f.flagRecall), Cell::count(f.offers),
             Cell::count(f.offerVersions), Cell::count(f.weeksPlayed), Cell::count(f.meetingsHeld),
             Cell::count(f.signatures), Cell::euros(f.premiumsWonEur)});
    }
    return t;
}

DashboardTable ComparisonTables::verdictCounts(const AttemptComparison& c) {
    DashboardTable t{
        "Répartition des verdicts",
        "Répartition des verdicts",
        {"Critère ou indicateur", "Acquis", "Partiellement acquis", "Non acquis", "À apprécier"},
        {60, 10, 12, 12, 12},
        {}};
    for (const bool indicators : {false, true}) {
        const auto& columns = columnsOf(c, indicators);
        for (std::size_t i = 0; i < columns.size(); ++i) {
            std::vector<Cell> row{Cell::of(columns[i].id + " " + columns[i].label)};
            for (const auto n : c.verdictCounts(i, !indicators))
                row.push_back(Cell::count(static_cast<std::int64_t>(n)));
            t.rows.push_back(std::move(row));
        }
    }
    return t;
}

std::string ComparisonTables::outlierNames(const AttemptComparison& c,
                                           const ComparedSeries& series) {
    std::string names;
    if (!series.distribution) return names;
    for (const auto i : series.distribution->outliers) {
        if (!names.empty()) names += ", ";
        names += c.attempts[i].name() + " (" + cell(series.unit, series.values[i]).french() + ")";
    }
    return names;
}

DashboardTable ComparisonTables::distributions(const AttemptComparison& c) {
    DashboardTable t{
        "Distributions et valeurs atypiques",
        "Distributions",
        {"Série", "Valeurs", "Min", "Q1", "Médiane", "Q3", "Max", "Moyenne", "Atypiques"},
        {50, 8, 10, 10, 10, 10, 10, 10, 40},
        {}};
    for (const auto& s : c.series) {
        std::vector<Cell> row{Cell::of(s.label)};
        if (const auto& d = s.distribution) {
            row.push_back(Cell::count(static_cast<std::int64_t>(d->count)));
            for (const double v : {d->min, d->q1, d->median, d->q3, d->max, d->mean})
                row.push_back(cell(s.unit, v));
            row.push_back(Cell::of(outlierNames(c, s)));
        } else {
            row.push_back(Cell::count(0));
            for (int i = 0; i < 6; ++i) row.push_back(cell(s.unit, std::nullopt));
            row.push_back(Cell::of(""));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

DashboardTable ComparisonTables::setApart(const AttemptComparison& c) {
    DashboardTable t{"Épreuves écartées",
                     "Épreuves écartées",
                     {"Fichier", "Candidat", "Motif"},
                     {40, 28, 100},
                     {}};
    for (const auto& s : c.setApart)
        t.rows.push_back({Cell::of(s.file.string()), Cell::of(s.candidate), Cell::of(s.reason)});
    return t;
}

DashboardTable ComparisonTables::warnings(const AttemptComparison& c) {
    DashboardTable t{
        "Avertissements", "Avertissements", {"Épreuve", "Avertissement"}, {40, 120}, {}};
    for (const auto& a : c.attempts)
        for (const auto& w : a.warnings) t.rows.push_back({Cell::of(a.name()), Cell::of(w)});
    return t;
}

std::vector<DashboardTable> ComparisonTables::all(const AttemptComparison& c) {
    return {verdicts(c, false), scores(c, false), verdicts(c, true), scores(c, true), figures(c),
            verdictCounts(c),   distributions(c), warnings(c),       setApart(c)};
}

std::size_t ComparisonTables::warningCount(const AttemptComparison& c) {
    std::size_t n = 0;
    for (const auto& a : c.attempts) n += a.warnings.size();
    return n;
}

std::vector<std::string> ComparisonTables::summary(const AttemptComparison& c) {
    return {
        "Comparaison des épreuves",
        fmt::format("Scénario : {} ({}{}, contenu {})", c.scenarioTitle, c.scenarioId,
                    c.scenarioVersion.empty() ? "" : ", version " + c.scenarioVersion,
                    c.scenarioDigest),
        fmt::format("{} ; {}",
                    frenchCount(static_cast<double>(c.attempts.size()), "épreuve comparée",
                                "épreuves comparées"),
                    frenchCount(static_cast<double>(c.setApart.size()), "épreuve écartée",
                                "épreuves écartées")),
        "Quartiles interpolés entre les valeurs classées ; valeur atypique : au-delà de 1,5 "
        "fois l'écart interquartile sous Q1 ou au-dessus de Q3.",
        "Un critère prend le verdict le plus faible de ses indicateurs évalués et le score le "
        "plus bas de ce verdict.",
        fmt::format(
            "Épreuves regroupées par identifiant et contenu du scénario ; {} ; {}",
            c.registerFile.empty()
                ? std::string("aucun registre : la fin de chaque journal n'est "
                              "prouvée que par sa remise")
                : "fin des journaux vérifiée avec le registre " + c.registerFile.string(),
            frenchCount(static_cast<double>(warningCount(c)), "avertissement", "avertissements"))};
}

}  // namespace cmcsim
