#pragma once

#include <QString>
#include <QStringList>
#include <vector>

#include "piloting/ChartPanel.h"

// A chart of figures by simulated week (one category per week): grouped or stacked bars, or
// lines; values may be missing in a line (a rate "sans objet" that week). Used by the Pilotage
// workspace for objectives against results, activity, retention and loss ratio.
class WeekSeriesChart : public ChartPanel {
    Q_OBJECT
public:
    enum class Style { Bars, StackedBars, Lines };
    // One named series: a value per week, NaN for a missing value.
    struct Series {
        QString name;
        std::vector<double> values;
    };

    // `unit` follows each value on the axis ("€", "%", "" for counts).
    WeekSeriesChart(const QString& title, Style style, const QString& unit,
                    QWidget* parent = nullptr);

    // Shows `series` over the weeks `weeks` ("S1", "S2", … on the axis).
    void setSeries(const std::vector<int>& weeks, const std::vector<Series>& series);
    // How many values the chart shows over all its series (missing ones left out).
    int pointCount() const { return points_; }

private:
    Style style_;
    QString unit_;
    int points_ = 0;
};
