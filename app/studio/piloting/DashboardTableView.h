#pragma once

#include <QTableWidget>

#include "cmcsim/report/DashboardTables.h"

// A table of the dashboard (DashboardTables) as the studio shows it: the same figures as the
// PDF and the workbook, in French, figures right-aligned, "sans objet" greyed.
class DashboardTableView : public QTableWidget {
    Q_OBJECT
public:
    explicit DashboardTableView(QWidget* parent = nullptr);
    void setTable(const cmcsim::DashboardTable& table);
};
