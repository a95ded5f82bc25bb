#include "piloting/WeekSeriesChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <algorithm>
#include <cmath>

namespace {
// Calm, distinguishable colours: blue, orange, green, purple, grey, red, teal.
const QColor kColours[] = {QColor(0x4a, 0x7f, 0xb5), QColor(0xd9, 0x82, 0x2b),
                           QColor(0x5a, 0x9e, 0x5a), QColor(0x8e, 0x6b, 0xb0),
                           QColor(0x8a, 0x8a, 0x8a), QColor(0xc0, 0x50, 0x4d),
                           QColor(0x3f, 0xa3, 0xa3)};
constexpr int kColourCount = static_cast<int>(sizeof(kColours) / sizeof(kColours[0]));
}  // namespace

WeekSeriesChart::WeekSeriesChart(const QString& title, Style style, AxisScale::Unit unit,
                                 const QString& empty, QWidget* parent)
    : ChartPanel(title, parent), style_(style), unit_(unit), empty_(empty) {}

void WeekSeriesChart::setSeries(const std::vector<int>& weeks, const std::vector<Series>& series) {
    clear();
    points_ = 0;
    axisLabels_.clear();
    const bool anything = std::any_of(series.begin(), series.end(), [](const Series& s) {
        return std::any_of(s.values.begin(), s.values.end(),
                           [](double v) { return !std::isnan(v) && v != 0; });
    });
    if (weeks.empty() || !anything) {
        showMessage(empty_);
        return;
    }
    showChart();
    auto* c = chart();
    QStringList categories;
    for (const int w : weeks) categories << tr("S%1").arg(w);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    // Many weeks: every label would overlap, so only some are shown (the bars keep their place).
    if (weeks.size() > 26) x->setLabelsAngle(-90);
    double top = 0;
    const double scale = unit_ == AxisScale::Unit::Percent ? 100 : 1;
    std::vector<QAbstractSeries*> drawn;
    if (style_ == Style::Lines) {
        for (std::size_t s = 0; s < series.size(); ++s) {
            auto* line = new QLineSeries;
            line->setName(series[s].name);
            line->setColor(kColours[s % kColourCount]);
            line->setPointsVisible(true);
            for (std::size_t i = 0; i < series[s].values.size() && i < weeks.size(); ++i) {
                const double v = series[s].values[i];
                if (std::isnan(v)) continue;
                // A category axis puts week i at x = i.
                line->append(static_cast<double>(i), v * scale);
                top = std::max(top, v * scale);
                ++points_;
            }
            drawn.push_back(line);
        }
    } else {
        QAbstractBarSeries* bars = nullptr;
        if (style_ == Style::StackedBars)
            bars = new QStackedBarSeries;
        else
            bars = new QBarSeries;
        std::vector<double> totals(weeks.size(), 0);
        for (std::size_t s = 0; s < series.size(); ++s) {
            auto* set = new QBarSet(series[s].name);
            set->setColor(kColours[s % kColourCount]);
            set->setBorderColor(kColours[s % kColourCount]);
            for (std::size_t i = 0; i < weeks.size(); ++i) {
                const double v = i < series[s].values.size() && !std::isnan(series[s].values[i])
                                     ? series[s].values[i] * scale
                                     : 0;
                *set << v;
                if (i < series[s].values.size() && !std::isnan(series[s].values[i])) ++points_;
                totals[i] = style_ == Style::StackedBars ? totals[i] + v : std::max(totals[i], v);
            }
            bars->append(set);
        }
        for (const double t : totals) top = std::max(top, t);
        drawn.push_back(bars);
    }
    // A tenth of room above the highest value: a bar or point never touches the frame.
    const auto axisScale = AxisScale::of(top * 1.1, unit_);
    for (const auto& tick : axisScale.ticks) axisLabels_ << tick.second;
    auto* y = axisScale.axis();
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (auto* s : drawn) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->legend()->setVisible(series.size() > 1);
    // Many series (the activity's seven) in one row below were elided ("Rendez-vo…"): a column
    // on the right keeps every name whole.
    c->legend()->setAlignment(series.size() > 4 ? Qt::AlignRight : Qt::AlignBottom);
}
