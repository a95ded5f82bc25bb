#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/report/Document.h"
#include "cmcsim/sim/Dashboard.h"

namespace cmcsim {

// One figure of a dashboard table and how it reads: a count, a decimal, euros, a rate (0..1),
// a text; `missing` is "sans objet" (a rate with nothing to divide). A count is whole ("1", never
// "1,0"), but for a count objective's share of a monthly objective (PeriodObjective), "0,25".
struct DashboardCell {
    enum class Kind { Text, Integer, Decimal, Euros, Rate };
    Kind kind = Kind::Text;
    double number = 0;
    std::string text;
    bool missing = false;

    static DashboardCell of(std::string text) { return {Kind::Text, 0, std::move(text), false}; }
    static DashboardCell count(std::int64_t n) {
        return {Kind::Integer, static_cast<double>(n), {}, false};
    }
    // A count objective (contracts): whole when the plan's objectives make it whole; a week's
    // share of a monthly objective keeps its fraction, at most 2 decimals ("0,25", "1,4").
    static DashboardCell countShare(double n) { return {Kind::Integer, n, {}, false}; }
    static DashboardCell decimal(double x) { return {Kind::Decimal, x, {}, false}; }
    static DashboardCell euros(double x) { return {Kind::Euros, x, {}, false}; }
    // `part / whole`, missing when `whole` is 0.
    static DashboardCell rate(double part, double whole) {
        return whole > 0 ? DashboardCell{Kind::Rate, part / whole, {}, false}
                         : DashboardCell{Kind::Rate, 0, {}, true};
    }
    static DashboardCell rate(const std::optional<double>& r) {
        return r ? DashboardCell{Kind::Rate, *r, {}, false}
                 : DashboardCell{Kind::Rate, 0, {}, true};
    }
    // French text: "1 234", "0,25", "12,5", "4 000 €", "20,0 %", "sans objet"; the spaces of a
    // figure are no-break spaces (U+00A0), so a narrow cell of the PDF never splits it.
    std::string french() const;
};

// A table of the dashboard: its French title (the PDF's heading), its sheet name in the workbook
// (≤ 31 characters), its header and rows, and the width of each column in the workbook
// (characters).
struct DashboardTable {
    std::string title, sheet;
    std::vector<std::string> header;
    std::vector<double> widths;
    std::vector<std::vector<DashboardCell>> rows;
};

// The dashboard's tables (issue 11 §4), shared by its PDF (DashboardDocument) and its workbook
// (DashboardXlsx) so both show the same figures: objectives against results by week and
// cumulated, the funnel, the activity by week, the conversion by channel and by segment, and
// the portfolio (retention, loss ratio) with the market watch.
struct DashboardTables {
    static std::vector<DashboardTable> of(const Dashboard& dashboard);
    // The conversion table of `rows`, by channel or by segment (one of those of `of`).
    static DashboardTable conversion(const std::vector<Conversion>& rows, bool bySegment);
    // `table` for a Document: its figures in French, "sans objet" muted in italics, the columns
    // of figures right-aligned.
    static Table document(const DashboardTable& table);
};

}  // namespace cmcsim
