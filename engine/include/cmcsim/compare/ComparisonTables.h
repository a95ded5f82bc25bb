#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cmcsim/compare/AttemptComparison.h"
#include "cmcsim/report/DashboardTables.h"

namespace cmcsim {

// The tables of a group comparison, shared by its workbook (ComparisonXlsx), its PDF
// (ComparisonDocument) and the studio's window, so all show the same figures in French.
struct ComparisonTables {
    // The verdict and score of each attempt per criterion ("acquis (100)"), or per assessed
    // indicator when `indicators`.
    static DashboardTable verdicts(const AttemptComparison& c, bool indicators);
    // The scores alone, as numbers (« à apprécier » when there is none), per criterion or
    // indicator.
    static DashboardTable scores(const AttemptComparison& c, bool indicators);
    // The key figures of each attempt (ComparedFigures).
    static DashboardTable figures(const AttemptComparison& c);
    // Per criterion and per indicator, the attempts per verdict.
    static DashboardTable verdictCounts(const AttemptComparison& c);
    // Per series: n, min, Q1, median, Q3, max, mean, and the outliers by name.
    static DashboardTable distributions(const AttemptComparison& c);
    // The warnings of the attempts compared (a cut journal, a file given twice…), one a row.
    static DashboardTable warnings(const AttemptComparison& c);
    static std::size_t warningCount(const AttemptComparison& c);
    // The files set apart and why.
    static DashboardTable setApart(const AttemptComparison& c);
    // Every table above, warnings before set apart (criteria before indicators).
    static std::vector<DashboardTable> all(const AttemptComparison& c);

    // A value of a series as a cell (a score or a count with one decimal in the statistics,
    // a share as a rate, euros); "sans objet" when absent.
    static DashboardCell cell(SeriesUnit unit, const std::optional<double>& value);
    // "acquis (100)", "à apprécier".
    static std::string verdictText(const IndicatorResult& result);
    // The names of the outliers of `series`, joined by ", " ("" when none).
    static std::string outlierNames(const AttemptComparison& c, const ComparedSeries& series);
    // The summary lines: title, scenario (id, version, content digest), attempts compared and
    // set apart, the outlier rule, the criterion rule, the grouping, the register and warnings.
    static std::vector<std::string> summary(const AttemptComparison& c);
};

}  // namespace cmcsim
