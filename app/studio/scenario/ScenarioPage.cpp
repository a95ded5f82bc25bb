#include "scenario/ScenarioPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
// Whether `place` is `path` or lies under it ("$.a.b" under "$.a", "$.a[0]" under "$.a").
bool under(const QString& place, const QString& path) {
    return place == path || place.startsWith(path + '.') || place.startsWith(path + '[');
}
}  // namespace

void ScenarioPage::bind(const QString& path, QWidget* widget) {
    fields_.append({path, widget});
    const auto changed = [this] { Q_EMIT edited(); };
    if (auto* e = qobject_cast<QLineEdit*>(widget))
        connect(e, &QLineEdit::textEdited, this, changed);
    if (auto* t = qobject_cast<QPlainTextEdit*>(widget))
        connect(t, &QPlainTextEdit::textChanged, this, changed);
    if (auto* c = qobject_cast<QComboBox*>(widget))
        connect(c, &QComboBox::activated, this, changed);
    if (auto* b = qobject_cast<QCheckBox*>(widget)) connect(b, &QCheckBox::clicked, this, changed);
    if (auto* d = qobject_cast<QDateEdit*>(widget))
        connect(d, &QDateEdit::dateChanged, this, changed);
    if (auto* s = qobject_cast<QSpinBox*>(widget))
        connect(s, &QSpinBox::valueChanged, this, changed);
}

void ScenarioPage::bindTable(RecordTable* table) {
    tables_.append(table);
    connect(table, &RecordTable::edited, this, &ScenarioPage::edited);
}

QLineEdit* ScenarioPage::line(const QString& path, const QString& placeholder) {
    auto* edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setObjectName(path);
    bind(path, edit);
    return edit;
}

QWidget* ScenarioPage::mark(const cmcsim::Problem& problem) {
    const auto place = QString::fromStdString(problem.where);
    const auto what = QString::fromStdString(problem.what);
    for (auto* table : tables_)
        if (table->mark(place, what)) {
            marked_.append(table);
            return table;
        }
    QWidget* best = nullptr;
    qsizetype length = -1;
    for (const auto& [path, widget] : fields_)
        if (under(place, path) && path.size() > length) {
            best = widget;
            length = path.size();
        }
    if (!best) return nullptr;
    best->setStyleSheet(QStringLiteral("border: 2px solid #c0392b;"));
    const auto previous = best->toolTip();
    best->setToolTip(previous.isEmpty() || !marked_.contains(best) ? what : previous + '\n' + what);
    marked_.append(best);
    return best;
}

void ScenarioPage::clearMarks() {
    for (auto* w : marked_) {
        if (auto* table = qobject_cast<RecordTable*>(w)) {
            table->clearMarks();
            continue;
        }
        w->setStyleSheet({});
        w->setToolTip({});
    }
    marked_.clear();
}

double ScenarioPage::numberOf(const QLineEdit* field, const QString& path,
                              std::vector<cmcsim::Problem>& problems, double fallback) {
    const auto value = formtext::parseNumber(field->text());
    if (!value) addProblem(problems, path, tr("nombre attendu (ex. 0,85)"));
    return value.value_or(fallback);
}

long long ScenarioPage::integerOf(const QLineEdit* field, const QString& path,
                                  std::vector<cmcsim::Problem>& problems, long long fallback) {
    const auto value = formtext::parseInteger(field->text());
    if (!value) addProblem(problems, path, tr("nombre entier attendu"));
    return value.value_or(fallback);
}

double ScenarioPage::cellNumber(const RecordTable* table, int row, int column,
                                std::vector<cmcsim::Problem>& problems, double fallback) {
    const auto value = formtext::parseNumber(table->row(row)[column]);
    if (!value) addProblem(problems, table->cellPath(row, column), tr("nombre attendu"));
    return value.value_or(fallback);
}

long long ScenarioPage::cellInteger(const RecordTable* table, int row, int column,
                                    std::vector<cmcsim::Problem>& problems, long long fallback) {
    const auto value = formtext::parseInteger(table->row(row)[column]);
    if (!value) addProblem(problems, table->cellPath(row, column), tr("nombre entier attendu"));
    return value.value_or(fallback);
}

void ScenarioPage::addProblem(std::vector<cmcsim::Problem>& problems, const QString& path,
                              const QString& what) {
    problems.push_back({path.toStdString(), what.toStdString()});
}
