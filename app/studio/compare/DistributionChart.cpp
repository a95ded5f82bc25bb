#include "compare/DistributionChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace {

const QColor kOutlier(0xc6, 0x28, 0x28);

// The value shown for a series: shares in percent, the rest as they are.
double shown(const cmcsim::ComparedSeries& s, double v) {
    return s.unit == cmcsim::SeriesUnit::Share ? 100 * v : v;
}

QString unitText(const cmcsim::ComparedSeries& s) {
    switch (s.unit) {
        case cmcsim::SeriesUnit::Score:
            return QObject::tr("score sur 100");
        case cmcsim::SeriesUnit::Share:
            return QObject::tr("%");
        case cmcsim::SeriesUnit::Count:
            return QObject::tr("nombre");
        case cmcsim::SeriesUnit::Euros:
            return QObject::tr("euros");
    }
    return {};
}

// The box of `s` labelled `label`, and its outliers added to `outliers` at x = `x`.
QBoxSet* boxOf(const cmcsim::ComparedSeries& s, const QString& label, int x,
               QScatterSeries* outliers) {
    const auto& d = *s.distribution;
    auto* box = new QBoxSet(shown(s, d.min), shown(s, d.q1), shown(s, d.median), shown(s, d.q3),
                            shown(s, d.max), label);
    for (const auto i : d.outliers) outliers->append(x, shown(s, *s.values[i]));
    return box;
}

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Shows `chart` in `view` and deletes the chart it showed (the view releases it).
void replaceChart(QChartView* view, QChart* chart) {
    auto* old = view->chart();
    view->setChart(chart);
    delete old;
}

}  // namespace

DistributionChart::DistributionChart(QWidget* parent) : QWidget(parent) {
    choice_ = new QComboBox;
    choice_->setObjectName(QStringLiteral("distributionChoice"));
    boxes_ = new QChartView;
    boxes_->setRenderHint(QPainter::Antialiasing);
    bars_ = new QChartView;
    bars_->setRenderHint(QPainter::Antialiasing);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Série :")));
    top->addWidget(choice_, 1);
    auto* charts = new QHBoxLayout;
    charts->addWidget(boxes_, 1);
    charts->addWidget(bars_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(charts, 1);
    connect(choice_, &QComboBox::currentIndexChanged, this, &DistributionChart::showChoice);
}

void DistributionChart::setComparison(const cmcsim::AttemptComparison* comparison) {
    comparison_ = comparison;
    const QSignalBlocker block(choice_);
    choice_->clear();
    choice_->addItem(tr("Scores des critères"));
    if (comparison_)
        for (const auto& s : comparison_->series)
            if (s.unit != cmcsim::SeriesUnit::Score)
                choice_->addItem(QString::fromStdString(s.label), QString::fromStdString(s.key));
    showChoice(0);
}

void DistributionChart::showChoice(int index) {
    if (!comparison_) return;
    if (index <= 0) {
        showScores();
        return;
    }
    if (const auto* s = comparison_->findSeries(choice_->itemData(index).toString().toStdString()))
        showFigure(*s);
}

void DistributionChart::showScores() {
    auto* chart = newChart(tr("Scores par critère (valeurs atypiques en rouge)"));
    auto* series = new QBoxPlotSeries;
    auto* outliers = new QScatterSeries;
    outliers->setColor(kOutlier);
    outliers->setMarkerSize(9);
    QStringList categories;
    for (const auto& s : comparison_->series) {
        if (s.unit != cmcsim::SeriesUnit::Score) continue;
        const auto label = QString::fromStdString(s.key);
        categories << label;
        if (s.distribution)
            series->append(boxOf(s, label, static_cast<int>(categories.size()) - 1, outliers));
        else
            series->append(new QBoxSet(label));  // nothing assessed: an empty box
    }
    chart->addSeries(series);
    chart->addSeries(outliers);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTitleText(tr("score sur 100"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s :
         {static_cast<QAbstractSeries*>(series), static_cast<QAbstractSeries*>(outliers)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    replaceChart(boxes_, chart);
    bars_->setVisible(false);
}

void DistributionChart::showFigure(const cmcsim::ComparedSeries& s) {
    const auto label = QString::fromStdString(s.label);
    auto* boxChart = newChart(tr("Distribution (valeurs atypiques en rouge)"));
    auto* box = new QBoxPlotSeries;
    auto* outliers = new QScatterSeries;
    outliers->setColor(kOutlier);
    outliers->setMarkerSize(9);
    if (s.distribution) box->append(boxOf(s, label, 0, outliers));
    boxChart->addSeries(box);
    boxChart->addSeries(outliers);
    auto* bx = new QBarCategoryAxis;
    bx->append(label);
    auto* by = new QValueAxis;
    by->setTitleText(unitText(s));
    boxChart->addAxis(bx, Qt::AlignBottom);
    boxChart->addAxis(by, Qt::AlignLeft);
    double low = 0, high = 1;
    for (const auto& v : s.values) {
        if (!v) continue;
        high = std::max(high, shown(s, *v));
        low = std::min(low, shown(s, *v));
    }
    by->setRange(low, high * 1.05);
    for (auto* series :
         {static_cast<QAbstractSeries*>(box), static_cast<QAbstractSeries*>(outliers)}) {
        series->attachAxis(bx);
        series->attachAxis(by);
    }
    replaceChart(boxes_, boxChart);

    auto* barChart = newChart(tr("Par épreuve (« sans objet » : pas de barre)"));
    auto* set = new QBarSet(label);
    set->setSelectedColor(kOutlier);
    QStringList names;
    for (std::size_t i = 0; i < comparison_->attempts.size(); ++i) {
        names << QString::fromStdString(comparison_->attempts[i].name());
        *set << (s.values[i] ? shown(s, *s.values[i]) : 0.0);
    }
    if (s.distribution)
        for (const auto i : s.distribution->outliers) set->selectBar(static_cast<int>(i));
    auto* bars = new QBarSeries;
    bars->append(set);
    barChart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    x->setLabelsAngle(-60);
    auto* y = new QValueAxis;
    y->setRange(low, high * 1.05);
    y->setTitleText(unitText(s));
    barChart->addAxis(x, Qt::AlignBottom);
    barChart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    replaceChart(bars_, barChart);
    bars_->setVisible(true);
}
