#pragma once

#include <QStringList>
#include <QWidget>

#include "cmcsim/market/MarketStatistics.h"

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

// A horizontal bar chart of one breakdown of the prospect file whose bars select a category.
class BreakdownChart : public QWidget {
    Q_OBJECT
public:
    // Largest first keeps the `top` largest rows; natural order keeps every row in key order.
    enum class Order { Largest, Natural };

    BreakdownChart(const QString& title, Order order, bool showKeys, int top = 12,
                   QWidget* parent = nullptr);

    // Shows `breakdown`, highlighting the bars whose key is in `selected`.
    void setBreakdown(const cmcsim::Breakdown& breakdown, const QStringList& selected);
    // Replaces the chart by a short text (a breakdown a study has not revealed yet).
    void setUnavailable(const QString& reason);

    bool isAvailable() const;
    QStringList keys() const { return keys_; }  // the bars shown, largest or first on top
    QStringList selectedKeys() const { return selected_; }
    QChart* chart() const;

Q_SIGNALS:
    void keyClicked(const QString& key);

protected:
    void resizeEvent(QResizeEvent* event) override;  // labels are elided to the width available

private:
    void applyLabels();
    QString categoryLabel(const cmcsim::BreakdownRow& row) const;
    QString rowDetails(int index) const;

    Order order_;
    bool showKeys_;
    int top_;
    QStackedWidget* stack_ = nullptr;
    QChartView* view_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* caption_ = nullptr;
    QStringList keys_;
    QStringList labels_;  // full category labels, parallel to keys_
    QStringList selected_;
    std::vector<cmcsim::BreakdownRow> rows_;  // parallel to keys_
    std::uint64_t totalCount_ = 0;
};
