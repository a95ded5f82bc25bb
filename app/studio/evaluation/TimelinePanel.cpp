#include "evaluation/TimelinePanel.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "evaluation/TimelineText.h"

using namespace studio;

namespace {
enum Column { Number, SimulatedDate, WallTime, Kind, Description, Hesitation, ColumnCount };
}  // namespace

TimelinePanel::TimelinePanel(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    setObjectName(QStringLiteral("timeline"));
    receipt_ = new QLabel;
    receipt_->setObjectName(QStringLiteral("receiptCheck"));
    receipt_->setWordWrap(true);
    receipt_->hide();
    position_ = new QLabel;
    position_->setObjectName(QStringLiteral("timelinePosition"));
    changes_ = new QLabel;
    changes_->setObjectName(QStringLiteral("timelineChanges"));
    changes_->setWordWrap(true);
    changes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    slider_ = new QSlider(Qt::Horizontal);
    slider_->setObjectName(QStringLiteral("timelineSlider"));
    slider_->setPageStep(10);
    const auto button = [this](QStyle::StandardPixmap icon, const QString& text,
                               const QString& tip) {
        auto* b = new QToolButton;
        b->setIcon(style()->standardIcon(icon));
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setToolTip(tip);
        return b;
    };
    first_ = button(QStyle::SP_MediaSkipBackward, tr("Début"),
                    tr("Première entrée (création de l'épreuve)"));
    previous_ = button(QStyle::SP_MediaSeekBackward, tr("Précédente"), tr("Entrée précédente"));
    next_ = button(QStyle::SP_MediaSeekForward, tr("Suivante"), tr("Entrée suivante"));
    last_ = button(QStyle::SP_MediaSkipForward, tr("Fin"),
                   tr("Dernière entrée (l'épreuve telle que remise)"));
    previous_->setObjectName(QStringLiteral("timelinePrevious"));
    next_->setObjectName(QStringLiteral("timelineNext"));
    table_ = new QTableWidget(0, ColumnCount);
    table_->setObjectName(QStringLiteral("timelineTable"));
    table_->setHorizontalHeaderLabels({tr("N°"), tr("Date simulée"), tr("Heure réelle"),
                                       tr("Action"), tr("Ce qu'elle a fait"), tr("Hésitation")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 6);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    table_->setWordWrap(false);
    const std::pair<int, int> widths[] = {
        {Number, 50}, {SimulatedDate, 95}, {WallTime, 140}, {Kind, 190}, {Hesitation, 230}};
    for (const auto& [column, width] : widths) table_->setColumnWidth(column, width);

    auto* controls = new QHBoxLayout;
    for (auto* b : {first_, previous_}) controls->addWidget(b);
    controls->addWidget(slider_, 1);
    for (auto* b : {next_, last_}) controls->addWidget(b);
    controls->addWidget(position_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(receipt_);
    layout->addLayout(controls);
    layout->addWidget(changes_);
    layout->addWidget(table_, 1);

    apply_ = new QTimer(this);
    apply_->setSingleShot(true);
    apply_->setInterval(0);
    connect(apply_, &QTimer::timeout, this, [this] {
        if (slider_->value() != session_.shownEntry()) session_.showEntry(slider_->value());
    });
    connect(slider_, &QSlider::valueChanged, this, [this] {
        showPosition();
        apply_->start();
    });
    connect(first_, &QToolButton::clicked, this, [this] { setEntry(1); });
    connect(previous_, &QToolButton::clicked, this, [this] { setEntry(entry() - 1); });
    connect(next_, &QToolButton::clicked, this, [this] { setEntry(entry() + 1); });
    connect(last_, &QToolButton::clicked, this, [this] { setEntry(slider_->maximum()); });
    connect(table_, &QTableWidget::cellClicked, this, [this](int row, int) { setEntry(row + 1); });
    fill();
}

void TimelinePanel::fill() {
    const auto& journal = session_.journal();
    const auto hesitations = TimelineText::hesitations(journal);
    table_->setRowCount(static_cast<int>(journal.size()));
    for (std::size_t i = 0; i < journal.size(); ++i) {
        const auto& e = journal[i];
        const auto h = hesitations.find(e.sequence);
        const auto hesitation =
            h == hesitations.end() ? QString() : TimelineText::hesitationText(h->second);
        const QStringList cells = {QString::number(e.sequence),
                                   text(e.simulatedDate.french()),
                                   TimelineText::wallTime(e),
                                   TimelineText::kind(e),
                                   TimelineText::description(session_, e),
                                   hesitation};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (!hesitation.isEmpty()) {
                // A hesitation: the action was undone later (and perhaps redone).
                auto font = item->font();
                font.setItalic(true);
                font.setStrikeOut(h->second.redoneBy == 0 && c != Hesitation);
                item->setFont(font);
                item->setForeground(QColor(0x8d, 0x5a, 0x00));
            }
            table_->setItem(static_cast<int>(i), c, item);
        }
    }
    greyFrom_ = table_->rowCount();  // no row greyed yet
    const QSignalBlocker block(slider_);
    slider_->setRange(journal.empty() ? 0 : 1, static_cast<int>(journal.size()));
    slider_->setValue(static_cast<int>(session_.shownEntry()));
    showPosition();
}

void TimelinePanel::setEntry(std::int64_t sequence) {
    slider_->setValue(static_cast<int>(
        std::clamp<std::int64_t>(sequence, slider_->minimum(), slider_->maximum())));
    apply_->stop();
    if (slider_->value() != session_.shownEntry()) session_.showEntry(slider_->value());
}

std::int64_t TimelinePanel::entry() const {
    return slider_->value();
}

void TimelinePanel::setReceiptMessage(const QString& message, bool matches) {
    receipt_->setText(message);
    receipt_->setStyleSheet(matches ? QStringLiteral("background:#e8f5e9;color:#1b5e20;padding:4px")
                                    : QStringLiteral("background:#b00020;color:white;padding:4px"));
    receipt_->show();
}

void TimelinePanel::showPosition() {
    const int k = slider_->value();
    const auto& journal = session_.journal();
    if (k < 1 || k > static_cast<int>(journal.size())) {
        position_->clear();
        return;
    }
    const auto& e = journal[static_cast<std::size_t>(k - 1)];
    position_->setText(
        tr("Entrée %1 sur %2 — %3").arg(k).arg(journal.size()).arg(text(e.simulatedDate.french())));
    QStringList changed;
    for (const auto& line : session_.engine().timeline().changesAt(k)) changed << text(line);
    changes_->setText(tr("<b>L'entrée %1 a changé :</b> %2")
                          .arg(k)
                          .arg(changed.join(QStringLiteral(" ; ")).toHtmlEscaped()));
    first_->setEnabled(k > 1);
    previous_->setEnabled(k > 1);
    next_->setEnabled(k < slider_->maximum());
    last_->setEnabled(k < slider_->maximum());
    // Entries after the one shown are greyed: the workspaces do not show them yet. Only the rows
    // between the previous entry and this one change.
    for (int row = std::min(k, greyFrom_); row < std::max(k, greyFrom_); ++row)
        for (int c = 0; c < ColumnCount; ++c)
            if (auto* item = table_->item(row, c))
                item->setData(Qt::BackgroundRole,
                              row + 1 > k ? QVariant(QColor(0xdd, 0xdd, 0xdd)) : QVariant());
    greyFrom_ = k;
    table_->selectRow(k - 1);
    table_->scrollToItem(table_->item(k - 1, 0));
}
