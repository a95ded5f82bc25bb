#include "piloting/DashboardTableView.h"

#include <QHeaderView>

#include "common/StudioText.h"

DashboardTableView::DashboardTableView(QWidget* parent) : QTableWidget(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

void DashboardTableView::setTable(const cmcsim::DashboardTable& table) {
    clear();
    setColumnCount(static_cast<int>(table.header.size()));
    setRowCount(static_cast<int>(table.rows.size()));
    QStringList header;
    for (const auto& h : table.header) header << studio::text(h);
    setHorizontalHeaderLabels(header);
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 0; c < table.rows[r].size() && c < table.header.size(); ++c) {
            const auto& cell = table.rows[r][c];
            auto* item = new QTableWidgetItem(studio::text(cell.french()));
            if (cell.kind != cmcsim::DashboardCell::Kind::Text)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (cell.missing) item->setForeground(palette().placeholderText());
            setItem(static_cast<int>(r), static_cast<int>(c), item);
        }
}
