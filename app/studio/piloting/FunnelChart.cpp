#include "piloting/FunnelChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <algorithm>

#include "cmcsim/sim/FunnelStage.h"
#include "piloting/AxisScale.h"

FunnelChart::FunnelChart(QWidget* parent)
    : ChartPanel(tr("Entonnoir (entreprises par étape)"), parent) {
    chart()->legend()->hide();
    view_->setMinimumHeight(320);  // eight stages, each label readable
}

void FunnelChart::setFunnel(const std::array<std::int64_t, 8>& companies) {
    clear();
    auto* c = chart();
    auto* set = new QBarSet(tr("Entreprises"));
    set->setColor(QColor(0x4a, 0x7f, 0xb5));
    set->setLabelColor(Qt::black);
    QStringList stages;
    std::int64_t largest = 0;
    // The first stage at the top: a horizontal chart draws its first category at the bottom.
    for (std::size_t i = companies.size(); i-- > 0;) {
        stages << QString::fromUtf8(cmcsim::funnelStageLabel(static_cast<cmcsim::FunnelStage>(i)));
        *set << static_cast<qreal>(companies[i]);
        largest = std::max(largest, companies[i]);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(stages);
    // Room at the end of the longest bar for its figure.
    auto* x = AxisScale::of(static_cast<double>(largest) * 1.15, AxisScale::Unit::Count).axis();
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}
