#pragma once

#include <QSortFilterProxyModel>

// Filters a table of the Semaine workspace on a category (a number kept in column 0 under
// kCategoryRole, all when -1) and on a text found in any column (case and accents ignored);
// sorts on weeks::kSortRole.
class TableFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    static constexpr int kCategoryRole = Qt::UserRole + 2;

    explicit TableFilter(QObject* parent = nullptr);
    void setCategory(int category);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    int category_ = -1;
    QString text_;  // folded
};
