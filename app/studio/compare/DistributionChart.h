#pragma once

#include <QWidget>

#include "cmcsim/compare/AttemptComparison.h"

class QChartView;
class QComboBox;

// The distributions of a comparison in charts: box plots (min, quartiles, median, max) with the
// outliers marked in red — every criterion's score together, or one key figure — and, for a key
// figure, its value per attempt as bars, the outliers' bars in red.
class DistributionChart : public QWidget {
    Q_OBJECT
public:
    explicit DistributionChart(QWidget* parent = nullptr);
    // Shows `comparison` (kept by reference until the next call: the window owns it).
    void setComparison(const cmcsim::AttemptComparison* comparison);
    QComboBox* choice() const { return choice_; }

private:
    void showChoice(int index);
    void showScores();
    void showFigure(const cmcsim::ComparedSeries& series);

    const cmcsim::AttemptComparison* comparison_ = nullptr;
    QComboBox* choice_ = nullptr;
    QChartView* boxes_ = nullptr;
    QChartView* bars_ = nullptr;
};
