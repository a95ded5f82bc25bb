#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

// A titled Qt Charts chart of the Pilotage workspace (bold heading, borderless view, French
// numbers, no animation); the charts derive from it and redraw with clear() then their series.
// When there is nothing to draw it shows a sentence saying so in place of a flat chart.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);
    QChart* chart() const;
    // The sentence shown in place of the chart, empty while the chart is shown.
    QString message() const;

protected:
    // Removes every series and axis.
    void clear();
    // Shows `text` in place of the chart until showChart().
    void showMessage(const QString& text);
    void showChart();
    QChartView* view_ = nullptr;
    QHBoxLayout* row_ = nullptr;  // holds the view; a panel may add a table beside it

private:
    QStackedWidget* pages_ = nullptr;  // the view, or the message
    QLabel* message_ = nullptr;
};
