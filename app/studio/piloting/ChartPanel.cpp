#include "piloting/ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

ChartPanel::ChartPanel(const QString& title, QWidget* parent) : QWidget(parent) {
    auto* heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    // Room on the right for the last tick's label of a bottom axis ("4 000" was cut to "4 00").
    chart->setMargins(QMargins(0, 0, 24, 0));
    chart->legend()->setAlignment(Qt::AlignBottom);
    view_ = new QChartView(chart);
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setFrameShape(QFrame::NoFrame);
    view_->setMinimumHeight(220);
    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("chartMessage"));
    message_->setWordWrap(true);
    message_->setAlignment(Qt::AlignCenter);
    message_->setMargin(16);
    auto palette = message_->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    message_->setPalette(palette);
    pages_ = new QStackedWidget;
    pages_->addWidget(view_);
    pages_->addWidget(message_);
    row_ = new QHBoxLayout;
    row_->addWidget(pages_, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addLayout(row_);
}

QChart* ChartPanel::chart() const {
    return view_->chart();
}

void ChartPanel::clear() {
    auto* c = view_->chart();
    c->removeAllSeries();
    for (auto* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
}

QString ChartPanel::message() const {
    return pages_->currentWidget() == message_ ? message_->text() : QString();
}

void ChartPanel::showMessage(const QString& text) {
    message_->setText(text);
    pages_->setCurrentWidget(message_);
}

void ChartPanel::showChart() {
    pages_->setCurrentWidget(view_);
}
