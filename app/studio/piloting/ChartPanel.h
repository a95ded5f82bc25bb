#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;

// A titled Qt Charts chart of the Pilotage workspace (bold heading, borderless view, French
// numbers, no animation); the charts derive from it and redraw with clear() then their series.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    QChart* chart() const;

protected:
    // Removes every series and axis.
    void clear();
    QChartView* view_ = nullptr;
    QHBoxLayout* row_ = nullptr;  // holds the view; a panel may add a table beside it
};
