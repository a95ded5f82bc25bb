#include "compare/VerdictTable.h"

#include <QHeaderView>

#include "cmcsim/compare/ComparisonTables.h"
#include "evaluation/EvaluationWorkspace.h"

namespace {

QString shortText(const cmcsim::IndicatorResult& r) {
    switch (r.verdict) {
        case cmcsim::Verdict::Acquis:
            return QStringLiteral("A %1").arg(r.score);
        case cmcsim::Verdict::PartiellementAcquis:
            return QStringLiteral("P %1").arg(r.score);
        case cmcsim::Verdict::NonAcquis:
            return QStringLiteral("N %1").arg(r.score);
        case cmcsim::Verdict::AApprecier:
            break;
    }
    return QStringLiteral("—");
}

}  // namespace

VerdictTable::VerdictTable(QWidget* parent) : QTableWidget(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setDefaultSectionSize(64);
}

void VerdictTable::setComparison(const cmcsim::AttemptComparison& c, bool indicators) {
    const auto& columns = indicators ? c.indicators : c.criteria;
    clear();
    setColumnCount(static_cast<int>(columns.size()) + 1);
    setRowCount(static_cast<int>(c.attempts.size()));
    auto* candidate = new QTableWidgetItem(tr("Candidat"));
    setHorizontalHeaderItem(0, candidate);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        auto* header = new QTableWidgetItem(QString::fromStdString(columns[i].id));
        header->setToolTip(QString::fromStdString(columns[i].label));
        setHorizontalHeaderItem(static_cast<int>(i) + 1, header);
    }
    for (std::size_t row = 0; row < c.attempts.size(); ++row) {
        const auto& a = c.attempts[row];
        auto* name =
            new QTableWidgetItem(QString::fromStdString(a.name()) +
                                 (a.warnings.empty() ? QString() : QStringLiteral(" (!)")));
        QString tip = QString::fromStdString(a.file.string() + " — " + a.endText());
        for (const auto& w : a.warnings) tip += QStringLiteral("\n! ") + QString::fromStdString(w);
        name->setToolTip(tip);
        setItem(static_cast<int>(row), 0, name);
        const auto& results = indicators ? a.results : a.criteria;
        for (std::size_t i = 0; i < results.size(); ++i) {
            auto* item = new QTableWidgetItem(shortText(results[i]));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(EvaluationWorkspace::verdictColour(results[i].verdict));
            item->setToolTip(QStringLiteral("%1 %2\n%3")
                                 .arg(QString::fromStdString(columns[i].id),
                                      QString::fromStdString(columns[i].label),
                                      QString::fromStdString(
                                          cmcsim::ComparisonTables::verdictText(results[i]))));
            setItem(static_cast<int>(row), static_cast<int>(i) + 1, item);
        }
    }
    resizeColumnToContents(0);
}
