#pragma once

#include <QTabWidget>

#include "cmcsim/report/OfferReport.h"

namespace cmcsim {
struct ReferenceData;
}
class QAreaSeries;
class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QTextBrowser;

// The live results of an offer for a company, one tab each: price and payroll treatment,
// compliance, risk, charts, and the comparison with the current contract.
class OfferResultsPanel : public QTabWidget {
    Q_OBJECT
public:
    explicit OfferResultsPanel(const cmcsim::ReferenceData& reference, QWidget* parent = nullptr);

    void showStudy(const cmcsim::OfferStudy& study);
    // Empties every tab and shows why there is nothing to show.
    void showMessage(const QString& message, const QStringList& details = {});

    QTextBrowser* priceView() const { return price_; }
    QTextBrowser* complianceView() const { return compliance_; }
    QChart* riskChart() const { return riskChart_; }
    QLabel* riskSummary() const { return riskSummary_; }
    QTableWidget* comparisonTable() const { return comparison_; }
    QChart* costChart() const { return costChart_; }
    QChart* itemsChart() const { return itemsChart_; }
    QChart* projectionChart() const { return projectionChart_; }

    // The display name of an offer category (ensemble, cadres, non_cadres).
    static QString categoryName(const std::string& category);

private:
    QString priceHtml(const cmcsim::OfferStudy& study) const;
    QString complianceHtml(const cmcsim::ComplianceReport& report) const;
    void showRisk(const cmcsim::RiskReport& risk);
    void showCosts(const cmcsim::OfferQuote& quote);
    void showItems(const cmcsim::OfferQuote& quote);
    void showProjection(const cmcsim::OfferComparison& comparison,
                        const cmcsim::Diagnosis& diagnosis);
    void showComparison(const cmcsim::OfferComparison& comparison,
                        const cmcsim::Diagnosis& diagnosis);
    static void clearChart(QChart* chart);

    const cmcsim::ReferenceData& reference_;
    QTextBrowser* price_ = nullptr;
    QTextBrowser* compliance_ = nullptr;
    QChart* riskChart_ = nullptr;
    QLabel* riskSummary_ = nullptr;
    QChart* costChart_ = nullptr;
    QChart* itemsChart_ = nullptr;
    QChartView* itemsView_ = nullptr;
    QChart* projectionChart_ = nullptr;
    QLabel* projectionNote_ = nullptr;
    QLabel* comparisonSummary_ = nullptr;
    QTableWidget* comparison_ = nullptr;
};
