#include "common/WrappingItemDelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

WrappingItemDelegate::WrappingItemDelegate(QTreeView* view)
    : QStyledItemDelegate(view), view_(view) {}

void WrappingItemDelegate::install(QTreeView* view) {
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    view->setItemDelegate(new WrappingItemDelegate(view));
    // Heights depend on the widths: lay the rows out again once a resize settles.
    auto* relayout = new QTimer(view);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    QObject::connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    QObject::connect(view->header(), &QHeaderView::sectionResized, relayout,
                     qOverload<>(&QTimer::start));
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    // A column sized to its contents is as wide as its longest text: nothing to wrap.
    if (view_->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem o(option);
    initStyleOption(&o, index);
    int width = view_->columnWidth(index.column());
    if (index.column() == view_->header()->logicalIndex(0)) {  // the tree's indentation
        int depth = view_->rootIsDecorated() ? 1 : 0;
        for (auto p = index.parent(); p.isValid(); p = p.parent()) ++depth;
        width -= depth * view_->indentation();
    }
    // A valid rectangle: the style wraps the text to its width (QCommonStyle::viewItemSize).
    o.rect = QRect(0, 0, std::max(width, 40), 1);
    const auto* style = view_->style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &o, QSize(), view_);
}
