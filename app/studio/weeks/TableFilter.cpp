#include "weeks/TableFilter.h"

#include "cmcsim/core/TextFold.h"
#include "weeks/WeekText.h"

namespace {
// Lower case without accents (the engine's folding): "Hôtel" matches "hotel".
QString folded(const QString& s) {
    return QString::fromStdString(cmcsim::foldText(s.toStdString()));
}
}  // namespace

TableFilter::TableFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(weeks::kSortRole);
    setSortLocaleAware(true);
}

void TableFilter::setCategory(int category) {
    category_ = category;
    invalidateFilter();
}

void TableFilter::setText(const QString& text) {
    text_ = folded(text.trimmed());
    invalidateFilter();
}

bool TableFilter::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const auto* model = sourceModel();
    if (category_ >= 0 && model->index(row, 0, parent).data(kCategoryRole).toInt() != category_)
        return false;
    if (text_.isEmpty()) return true;
    for (int column = 0; column < model->columnCount(parent); ++column)
        if (folded(model->index(row, column, parent).data().toString()).contains(text_))
            return true;
    return false;
}
