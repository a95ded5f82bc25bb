#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "piloting/AxisScale.h"
#include "piloting/ChartPanel.h"

// A chart of figures by simulated week (one category per week): grouped or stacked bars, or
// lines; values may be missing in a line (a rate "sans objet" that week). Used by the Pilotage
// workspace for objectives against results, activity, retention and loss ratio. When every value
// is 0 or missing it shows its empty sentence instead of a flat chart.
class WeekSeriesChart : public ChartPanel {
    Q_OBJECT
public:
    enum class Style { Bars, StackedBars, Lines };
    // One named series: a value per week, NaN for a missing value.
    struct Series {
        QString name;
        std::vector<double> values;
    };

    // `unit` labels the value axis (AxisScale; percentages are given as shares, 0.4 for 40 %);
    // `empty` is the sentence shown when there is nothing to draw.
    WeekSeriesChart(const QString& title, Style style, AxisScale::Unit unit, const QString& empty,
                    QWidget* parent = nullptr);

    // Shows `series` over the weeks `weeks` ("S1", "S2", … on the axis).
    void setSeries(const std::vector<int>& weeks, const std::vector<Series>& series);
    // How many values the chart shows over all its series (missing ones left out).
    int pointCount() const { return points_; }
    // The value axis' tick labels, bottom to top ("0 €", "2 000 €", …).
    QStringList axisLabels() const { return axisLabels_; }

private:
    Style style_;
    AxisScale::Unit unit_;
    QString empty_;
    int points_ = 0;
    QStringList axisLabels_;
};
