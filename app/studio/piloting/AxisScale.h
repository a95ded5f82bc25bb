#pragma once

#include <QString>
#include <utility>
#include <vector>

class QCategoryAxis;

// The value axis of a piloting chart: from 0 to a round top in at most five equal steps, each
// tick labelled as the candidate reads it: whole counts ("3"), whole euros with thousands
// separators ("7 500 €") or thousands of euros once the axis reaches 10 000 € ("12,5 k€"),
// percentages ("40 %"). Found by testers: Qt's own ticks read "0, 1, 1, 2" for counts and
// "0 €, 1 €, 1 €" for euros when nothing was signed.
struct AxisScale {
    enum class Unit { Count, Euros, Percent };

    double top = 1;
    double step = 1;
    std::vector<std::pair<double, QString>> ticks;  // 0, step, 2 step … top, with their labels

    // The scale for values from 0 to `largest` (≥ 0; already × 100 for percentages).
    static AxisScale of(double largest, Unit unit);
    // `value` as a tick in `unit`; `thousands`: euros in k€ ("2,5 k€"; 0 stays "0 €").
    static QString label(double value, Unit unit, bool thousands = false);
    // A category axis of Qt Charts with these ticks as labels on their values.
    QCategoryAxis* axis() const;
};
