#include "common/BreakdownChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

#include "cmcsim/core/FrenchFormat.h"
#include "common/Counts.h"
#include "common/StudioText.h"

using namespace studio;

namespace {

const QColor kBar(0x4a, 0x7f, 0xb5);       // a calm blue
const QColor kMuted(0xb4, 0xc6, 0xda);     // the same blue, faded, beside a selection
const QColor kSelected(0xd9, 0x82, 0x2b);  // orange: the selected categories
}  // namespace

BreakdownChart::BreakdownChart(const QString& title, Order order, bool showKeys, int top,
                               QWidget* parent)
    : QWidget(parent), order_(order), showKeys_(showKeys), top_(top) {
    auto* heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);  // bar labels as "3 299", like the rest of the interface
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    view_ = new QChartView(chart);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setFrameShape(QFrame::NoFrame);

    message_ = new QLabel;
    message_->setWordWrap(true);
    message_->setAlignment(Qt::AlignCenter);
    message_->setForegroundRole(QPalette::PlaceholderText);
    message_->setMinimumHeight(60);

    stack_ = new QStackedWidget;
    stack_->addWidget(view_);
    stack_->addWidget(message_);

    caption_ = new QLabel;
    caption_->setForegroundRole(QPalette::PlaceholderText);
    QFont small = caption_->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    caption_->setFont(small);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(stack_);
    layout->addWidget(caption_);
}

QChart* BreakdownChart::chart() const {
    return view_->chart();
}

bool BreakdownChart::isAvailable() const {
    return stack_->currentWidget() == view_;
}

QString BreakdownChart::categoryLabel(const cmcsim::BreakdownRow& row) const {
    return showKeys_ ? text(row.key) + QStringLiteral(" · ") + text(row.label) : text(row.label);
}

void BreakdownChart::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    applyLabels();
}

// Qt Charts gives the category axis at most 40 % of the chart's width and clips longer labels.
void BreakdownChart::applyLabels() {
    const auto axes = view_->chart()->axes(Qt::Vertical);
    auto* axis = axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis*>(axes.first());
    if (!axis || labels_.isEmpty()) return;
    const QFontMetricsF metrics(axis->labelsFont());
    const qreal room = std::max<qreal>(40, 0.4 * view_->width() - 24);
    QStringList categories;
    for (const auto& label : labels_) {
        QString elided = metrics.elidedText(label, Qt::ElideRight, room);
        while (categories.contains(elided)) elided += QChar(0x200B);  // categories must differ
        categories << elided;
    }
    if (axis->categories() != categories) axis->setCategories(categories);
}

QString BreakdownChart::rowDetails(int index) const {
    const auto& row = rows_[static_cast<std::size_t>(index)];
    const double share =
        totalCount_ ? 100.0 * static_cast<double>(row.count) / static_cast<double>(totalCount_)
                    : 0.0;
    QString title = text(row.label).toHtmlEscaped();
    if (showKeys_) title = text(row.key).toHtmlEscaped() + QStringLiteral(" — ") + title;
    const QString action = selected_.contains(keys_[index])
                               ? tr("Cliquer pour retirer ce filtre")
                               : tr("Cliquer pour filtrer sur cette catégorie");
    return tr("<b>%1</b><br>%2 (%3 %)<br>%4<br><i>%5</i>")
        .arg(title, Counts::lines(static_cast<double>(row.count)), number(share, 1),
             Counts::employees(static_cast<double>(row.employees)), action);
}

void BreakdownChart::setUnavailable(const QString& reason) {
    message_->setText(reason);
    stack_->setCurrentWidget(message_);
    stack_->setFixedHeight(70);
    caption_->clear();
    keys_.clear();
    labels_.clear();
    rows_.clear();
    selected_.clear();
}

void BreakdownChart::setBreakdown(const cmcsim::Breakdown& breakdown, const QStringList& selected) {
    selected_ = selected;
    totalCount_ = breakdown.totalCount;
    rows_ = breakdown.rows;
    if (order_ == Order::Largest && rows_.size() > static_cast<std::size_t>(top_))
        rows_.resize(static_cast<std::size_t>(top_));
    // A selected category stays visible even when it is not among the largest.
    if (order_ == Order::Largest)
        for (const auto& row : breakdown.rows)
            if (selected.contains(text(row.key)) &&
                std::none_of(rows_.begin(), rows_.end(),
                             [&](const auto& r) { return r.key == row.key; }))
                rows_.push_back(row);

    // Horizontal bars draw the first category at the bottom: reverse so the first row is on top.
    std::reverse(rows_.begin(), rows_.end());
    keys_.clear();
    labels_.clear();
    auto* set = new QBarSet(QString());
    QList<int> highlighted;
    std::uint64_t largest = 1;
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const auto& row = rows_[i];
        keys_ << text(row.key);
        labels_ << categoryLabel(row);
        *set << static_cast<qreal>(row.count);
        largest = std::max(largest, row.count);
        if (selected.contains(keys_.back())) highlighted << static_cast<int>(i);
    }
    set->setColor(selected.isEmpty() ? kBar : kMuted);
    set->setBorderColor(Qt::transparent);
    set->setSelectedColor(kSelected);
    set->selectBars(highlighted);
    set->setLabelColor(palette().color(QPalette::WindowText));

    auto* chart = view_->chart();
    chart->removeAllSeries();
    for (auto* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(12);
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->setGridLineVisible(false);
    categoryAxis->setLineVisible(false);
    categoryAxis->setTruncateLabels(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    applyLabels();
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, static_cast<double>(largest) * 1.2);
    valueAxis->setVisible(false);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    connect(set, &QBarSet::clicked, this, [this](int index) {
        if (index >= 0 && index < keys_.size()) Q_EMIT keyClicked(keys_[index]);
    });
    connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
        if (status && index >= 0 && index < keys_.size())
            QToolTip::showText(QCursor::pos(), rowDetails(index), view_);
        else
            QToolTip::hideText();
    });
    view_->setCursor(rows_.empty() ? Qt::ArrowCursor : Qt::PointingHandCursor);

    stack_->setCurrentWidget(view_);
    stack_->setFixedHeight(std::max(90, 24 + 24 * static_cast<int>(rows_.size())));
    if (breakdown.rows.empty()) {
        caption_->setText(tr("Aucune ligne dans la sélection."));
    } else if (rows_.size() < breakdown.rows.size()) {
        caption_->setText(
            tr("%1 première(s) catégorie(s) sur %2 — %3, %4", nullptr,
               static_cast<int>(rows_.size()))
                .arg(rows_.size())
                .arg(breakdown.rows.size())
                .arg(Counts::lines(static_cast<double>(breakdown.totalCount)),
                     Counts::employees(static_cast<double>(breakdown.totalEmployees))));
    } else {
        caption_->setText(
            tr("%1, %2").arg(Counts::lines(static_cast<double>(breakdown.totalCount)),
                             Counts::employees(static_cast<double>(breakdown.totalEmployees))));
    }
}
