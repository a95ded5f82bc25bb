#pragma once

#include <QList>
#include <QPair>
#include <QWidget>
#include <vector>

#include "cmcsim/core/InputError.h"
#include "cmcsim/scenario/Scenario.h"

class QLineEdit;
class RecordTable;

// A page of the scenario editor: shows some fields of a scenario, writes them back, and shows
// the loader's validation errors at the field each JSON path names.
class ScenarioPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void load(const cmcsim::Scenario& scenario) = 0;
    // Writes the page's fields into `scenario`; a field it cannot read (a number badly
    // written) is added to `problems` at its JSON path.
    virtual void store(cmcsim::Scenario& scenario,
                       std::vector<cmcsim::Problem>& problems) const = 0;

    // Marks the field of `problem` when the page holds it (the longest path of its fields
    // that leads to the problem's place); the widget marked, or nullptr.
    QWidget* mark(const cmcsim::Problem& problem);
    void clearMarks();

Q_SIGNALS:
    void edited();

protected:
    // `widget` shows the field at `path` ("$.title"); its edits emit edited().
    void bind(const QString& path, QWidget* widget);
    void bindTable(RecordTable* table);
    // A line edit bound to `path`.
    QLineEdit* line(const QString& path, const QString& placeholder = {});
    // Reads a number field, or records "nombre attendu" at its path.
    static double numberOf(const QLineEdit* field, const QString& path,
                           std::vector<cmcsim::Problem>& problems, double fallback = 0);
    static long long integerOf(const QLineEdit* field, const QString& path,
                               std::vector<cmcsim::Problem>& problems, long long fallback = 0);
    // The same for a cell of a table.
    static double cellNumber(const RecordTable* table, int row, int column,
                             std::vector<cmcsim::Problem>& problems, double fallback = 0);
    static long long cellInteger(const RecordTable* table, int row, int column,
                                 std::vector<cmcsim::Problem>& problems, long long fallback = 0);
    static void addProblem(std::vector<cmcsim::Problem>& problems, const QString& path,
                           const QString& what);

private:
    QList<QPair<QString, QWidget*>> fields_;
    QList<RecordTable*> tables_;
    QList<QWidget*> marked_;
};
