#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Lets the items of a tree view wrap their text over as many lines as the column's width needs,
// instead of eliding it: Qt computes an item's height without its column's width, so a long
// sentence (a meeting's subject, a choice of what to say) got one line cut by "…". Columns sized
// to their contents keep one line. Installed by install(), which also lays the rows out again
// when a column is resized.
class WrappingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView* view);

    // Turns word wrap on for `view` and gives it this delegate.
    static void install(QTreeView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* view_;
};
