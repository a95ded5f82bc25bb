#include "tender/TenderList.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QSignalBlocker>

#include "cmcsim/tender/TenderDesk.h"
#include "common/StudioText.h"
#include "tender/TenderText.h"

using namespace studio;

TenderList::TenderList(QWidget* parent) : QTableWidget(0, kColumns, parent) {
    setObjectName(QStringLiteral("tenderList"));
    setHorizontalHeaderLabels({tr("Entreprise"), tr("Dépôt des offres"), tr("Étape")});
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const auto id = currentId(); !id.isEmpty()) Q_EMIT tenderChosen(id);
    });
}

void TenderList::fill(const cmcsim::TenderDesk& desk) {
    const auto selected = currentId();
    {
        const QSignalBlocker block(this);
        const auto statuses = desk.list();
        setRowCount(static_cast<int>(statuses.size()));
        for (int row = 0; row < rowCount(); ++row) {
            const auto& s = statuses[static_cast<std::size_t>(row)];
            const auto& t = *s.tender;
            auto* company = new QTableWidgetItem(text(s.company));
            company->setData(Qt::UserRole, text(t.id));
            company->setToolTip(tr("Appel d'offres %1 : %2, niveau %3 demandé")
                                    .arg(text(t.id), text(t.productsLabel()))
                                    .arg(t.level));
            setItem(row, kCompany, company);
            auto* deadline = new QTableWidgetItem(tenderText::week(desk, t.submissionWeek));
            deadline->setToolTip(tenderText::countdown(desk.week(), t.submissionWeek));
            setItem(row, kDeadline, deadline);
            setItem(row, kStage, new QTableWidgetItem(text(s.stage)));
        }
        resizeRowsToContents();
    }
    if (!select(selected) && rowCount() > 0) {
        const QSignalBlocker block(this);
        selectRow(0);
    }
}

void TenderList::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    // Company 38 %, deadline 32 % (its header "Dépôt des offres" whole at 1366×768), stage the
    // rest (the last section stretches); the cells wrap their text.
    const int width = viewport()->width();
    setColumnWidth(kCompany, width * 38 / 100);
    setColumnWidth(kDeadline, width * 32 / 100);
    resizeRowsToContents();
}

QString TenderList::currentId() const {
    const auto rows = selectionModel()->selectedRows();
    if (rows.isEmpty()) return {};
    const auto* cell = item(rows.front().row(), kCompany);
    return cell ? cell->data(Qt::UserRole).toString() : QString();
}

bool TenderList::select(const QString& id) {
    if (id.isEmpty()) return false;
    for (int row = 0; row < rowCount(); ++row)
        if (item(row, kCompany)->data(Qt::UserRole).toString() == id) {
            const QSignalBlocker block(this);
            selectRow(row);
            return true;
        }
    return false;
}
