#include "piloting/ConversionPanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QMargins>
#include <QValueAxis>

#include "cmcsim/report/DashboardTables.h"
#include "common/StudioText.h"
#include "piloting/DashboardTableView.h"

namespace {
double share(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0;
}
}  // namespace

ConversionPanel::ConversionPanel(const QString& title, bool bySegment, QWidget* parent)
    : ChartPanel(title, parent), bySegment_(bySegment) {
    view_->setMinimumWidth(320);
    // Its bottom axis ends at "100 %", which fits: the room goes to the channels' names
    // ("Introduction par un prescripteur" was elided at 1366×768 with ChartPanel's margin).
    chart()->setMargins(QMargins(0, 0, 4, 0));
    table_ = new DashboardTableView;
    table_->setMinimumWidth(420);
    row_->addWidget(table_, 3);
}

void ConversionPanel::setConversions(const std::vector<cmcsim::Conversion>& rows) {
    table_->setTable(cmcsim::DashboardTables::conversion(rows, bySegment_));

    clear();
    if (rows.empty()) {
        showMessage(tr("Aucun contact sur les semaines jouées."));
        return;
    }
    showChart();
    auto* c = chart();
    auto* reached = new QBarSet(tr("Joints / contacts"));
    auto* meetings = new QBarSet(tr("RDV / joints"));
    auto* signed_ = new QBarSet(tr("Signatures / RDV"));
    reached->setColor(QColor(0x4a, 0x7f, 0xb5));
    meetings->setColor(QColor(0xd9, 0x82, 0x2b));
    signed_->setColor(QColor(0x5a, 0x9e, 0x5a));
    QStringList labels;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {  // the first row on top
        labels << studio::text(it->label);
        *reached << share(it->reached, it->contacts);
        *meetings << share(it->meetings, it->reached);
        *signed_ << share(it->signatures, it->meetings);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(signed_);
    series->append(meetings);
    series->append(reached);
    c->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%.0f %"));
    c->addAxis(y, Qt::AlignLeft);
    c->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
}
