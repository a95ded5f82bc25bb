#include "evaluation/GridVerdicts.h"

#include <QSignalBlocker>
#include <QTableWidget>

#include "evaluation/EvaluationWorkspace.h"

QComboBox* GridVerdicts::chooser(const QString& unset) {
    auto* box = new QComboBox;
    box->addItem(unset, -1);
    for (std::size_t i = 0; i < kOrder.size(); ++i) {
        box->addItem(EvaluationWorkspace::verdictText(kOrder[i]), static_cast<int>(i));
        box->setItemData(box->count() - 1, EvaluationWorkspace::verdictColour(kOrder[i]),
                         Qt::BackgroundRole);
    }
    return box;
}

void GridVerdicts::select(QComboBox& box, std::optional<cmcsim::Verdict> verdict) {
    int index = 0;
    for (std::size_t i = 0; verdict && i < kOrder.size(); ++i)
        if (kOrder[i] == *verdict) index = static_cast<int>(i) + 1;
    box.setCurrentIndex(index);
}

std::optional<cmcsim::Verdict> GridVerdicts::selected(const QComboBox& box) {
    const int i = box.currentData().toInt();
    if (i < 0 || i >= static_cast<int>(kOrder.size())) return std::nullopt;
    return kOrder[static_cast<std::size_t>(i)];
}

std::vector<std::pair<std::string, cmcsim::Judgement>> GridVerdicts::judgements(
    const QTableWidget& table, int verdictColumn, int commentColumn) {
    std::vector<std::pair<std::string, cmcsim::Judgement>> out;
    for (int row = 0; row < table.rowCount(); ++row) {
        const auto* box = qobject_cast<const QComboBox*>(table.cellWidget(row, verdictColumn));
        const auto verdict = box ? selected(*box) : std::nullopt;
        if (!verdict) continue;
        out.emplace_back(
            table.item(row, 0)->data(Qt::UserRole).toString().toStdString(),
            cmcsim::Judgement{*verdict,
                              table.item(row, commentColumn)->text().trimmed().toStdString()});
    }
    return out;
}

void GridVerdicts::lock(QTableWidget& table, int verdictColumn, int commentColumn, bool locked) {
    const QSignalBlocker quiet(&table);
    for (int row = 0; row < table.rowCount(); ++row) {
        if (auto* box = table.cellWidget(row, verdictColumn)) box->setEnabled(!locked);
        if (auto* item = table.item(row, commentColumn))
            item->setFlags(locked ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    }
}
