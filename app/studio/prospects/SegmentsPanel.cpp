#include "prospects/SegmentsPanel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cmcsim/core/FrenchFormat.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "prospects/SegmentDialog.h"

namespace {
QTableWidgetItem* cell(const QString& value, bool number = false) {
    auto* item = new QTableWidgetItem(value);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
constexpr int kQualification = 7;  // the last column

QString count(double n) {
    return QString::fromStdString(cmcsim::frenchNumber(n, 0));
}
}  // namespace

SegmentsPanel::SegmentsPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    table_ = new QTableWidget(0, 8);
    table_->setObjectName(QStringLiteral("segmentsTable"));
    table_->setHorizontalHeaderLabels(
        {tr("Segment"), tr("Établ. (vous)"), tr("Établ. (filtre)"), tr("Salariés (vous)"),
         tr("Salariés (filtre)"), tr("Potentiel €/an"), tr("Transformation"), tr("Qualification")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    // The qualification takes the width left and wraps, so nothing hides past the right edge at
    // 1366 pixels; the figures keep their natural width.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(kQualification, QHeaderView::Stretch);
    table_->setWordWrap(true);
    table_->setTextElideMode(Qt::ElideRight);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* create = new QPushButton(tr("Nouveau segment depuis le filtre…"));
    auto* edit = new QPushButton(tr("Modifier…"));
    auto* remove = new QPushButton(tr("Supprimer"));
    auto* apply = new QPushButton(tr("Appliquer le filtre"));
    auto* exportButton = new QPushButton(tr("Exporter en CSV…"));
    auto* buttons = new QHBoxLayout;
    for (auto* b : {create, edit, remove, apply, exportButton}) buttons->addWidget(b);
    for (auto* b : {create, edit, remove}) studio::guardCommand(b, session_);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(table_);
    // Always the buttons, the header and about three segments, whatever the splitter does.
    table_->setMinimumHeight(table_->horizontalHeader()->sizeHint().height() +
                             3 * (table_->fontMetrics().height() + 8));
    connect(create, &QPushButton::clicked, this, &SegmentsPanel::create);
    connect(edit, &QPushButton::clicked, this, &SegmentsPanel::edit);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &SegmentsPanel::edit);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const auto* s = selected()) this->remove(s->id);
    });
    connect(apply, &QPushButton::clicked, this, [this] {
        if (const auto* s = selected()) Q_EMIT applyFilter(s->filter);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (const auto* s = selected())
            Q_EMIT exportRequested(s->filter, QString::fromStdString(s->name));
    });
    refresh();
}

void SegmentsPanel::refresh() {
    const auto& segments = session_.state().segments();
    table_->setRowCount(static_cast<int>(segments.size()));
    for (int r = 0; r < static_cast<int>(segments.size()); ++r) {
        const auto& s = segments[static_cast<std::size_t>(r)];
        const auto lines = session_.view().filter(s.filter);
        const auto employees = session_.view().employees(lines);
        table_->setItem(r, 0, cell(QString::fromStdString(s.name)));
        table_->setItem(r, 1, cell(count(static_cast<double>(s.establishments)), true));
        table_->setItem(r, 2, cell(count(static_cast<double>(lines.size())), true));
        table_->setItem(r, 3, cell(count(static_cast<double>(s.employees)), true));
        table_->setItem(r, 4, cell(count(static_cast<double>(employees)), true));
        table_->setItem(r, 5, cell(count(s.premiumPotentialEur), true));
        table_->setItem(
            r, 6,
            cell(QString::fromStdString(cmcsim::frenchNumber(s.expectedConversion * 100, 1)) +
                     QStringLiteral(" %"),
                 true));
        table_->setItem(
            r, kQualification,
            cell(QString::fromStdString(s.qualification).section(QLatin1Char('\n'), 0, 0)));
        table_->item(r, kQualification)->setToolTip(QString::fromStdString(s.qualification));
    }
}

const cmcsim::Segment* SegmentsPanel::selected() const {
    const int row = table_->currentRow();
    const auto& segments = session_.state().segments();
    return row >= 0 && row < static_cast<int>(segments.size())
               ? &segments[static_cast<std::size_t>(row)]
               : nullptr;
}

bool SegmentsPanel::save(const cmcsim::Segment& segment) {
    return session_.run(tr("Segment « %1 »").arg(QString::fromStdString(segment.name)),
                        cmcsim::command::kSaveSegment, segment.toJson());
}

bool SegmentsPanel::remove(const std::string& id) {
    return session_.run(tr("Suppression d'un segment"), cmcsim::command::kDeleteSegment,
                        {{"id", id}});
}

void SegmentsPanel::create() {
    cmcsim::Segment segment;
    Q_EMIT currentFilterRequested(segment.filter);
    segment.id = QStringLiteral("seg-%1").arg(QDateTime::currentMSecsSinceEpoch()).toStdString();
    const auto lines = session_.view().filter(segment.filter);
    SegmentDialog dialog(segment, lines.size(), session_.view().employees(lines), this);
    if (dialog.exec() == QDialog::Accepted) save(dialog.segment());
}

void SegmentsPanel::edit() {
    const auto* current = selected();
    if (!current) return;
    const auto lines = session_.view().filter(current->filter);
    SegmentDialog dialog(*current, lines.size(), session_.view().employees(lines), this);
    if (dialog.exec() == QDialog::Accepted) save(dialog.segment());
}
