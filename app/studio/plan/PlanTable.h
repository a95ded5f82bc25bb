#pragma once

#include <QString>
#include <QStringList>
#include <Qt>

class QTableWidget;
class QTableWidgetItem;

// The tables of the plan workspace's pages: one way to build them and their read-only cells, and
// the roles their first cells carry for the plan checks' warnings to select a row.
namespace studio::planTable {

constexpr int kActionRole = Qt::UserRole;       // an action's id, a version's index
constexpr int kWeekRole = Qt::UserRole + 1;     // a week's number
constexpr int kSegmentRole = Qt::UserRole + 2;  // a segment's id

// A table named `name` (for tests) with `headers`, whole rows selected one at a time.
QTableWidget* make(const QString& name, const QStringList& headers);
// The row of `table` selected, -1 when none is (the current cell alone is not a selection).
int selectedRow(const QTableWidget* table);
// A cell the candidate cannot edit.
QTableWidgetItem* cell(const QString& value, Qt::Alignment align = Qt::AlignLeft);
// A read-only figure, right-aligned.
QTableWidgetItem* figure(const QString& value);

}  // namespace studio::planTable
