#include "plan/PlanTable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableWidget>

namespace studio::planTable {

QTableWidget* make(const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    // The last column (a description, a note) takes the width left: no empty strip on the right.
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

int selectedRow(const QTableWidget* table) {
    const auto rows = table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

QTableWidgetItem* cell(const QString& value, Qt::Alignment align) {
    auto* item = new QTableWidgetItem(value);
    item->setToolTip(value);  // a cut segment name or description reads whole on hover
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* figure(const QString& value) {
    return cell(value, Qt::AlignRight);
}

}  // namespace studio::planTable
