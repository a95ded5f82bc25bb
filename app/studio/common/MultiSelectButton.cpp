#include "common/MultiSelectButton.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/TextQuery.h"

namespace {
constexpr int kValue = Qt::UserRole;
constexpr int kFolded = Qt::UserRole + 1;
constexpr int kButtonWidth = 175;   // preferred, px
constexpr int kMinimumWidth = 110;  // below, the summary is elided
}  // namespace

MultiSelectButton::MultiSelectButton(const QString& title, const QString& none, QWidget* parent)
    : QToolButton(parent), title_(title), none_(none) {
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setMaximumWidth(kButtonWidth + 60);

    popup_ = new QFrame(this, Qt::Popup);
    popup_->setFrameShape(QFrame::StyledPanel);
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Rechercher…"));
    search_->setClearButtonEnabled(true);
    tree_ = new QTreeWidget;
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(false);
    tree_->setUniformRowHeights(true);
    auto* clear = new QPushButton(tr("Tout décocher"));
    auto* close = new QPushButton(tr("Fermer"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(clear);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(popup_);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(search_);
    layout->addWidget(tree_, 1);
    layout->addLayout(buttons);

    // Checking a parent changes every child: one signal once the tree has settled.
    auto* settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(0);
    connect(settle, &QTimer::timeout, this, [this] {
        updateText();
        Q_EMIT selectionChanged();
    });
    connect(tree_, &QTreeWidget::itemChanged, this, [this, settle] {
        if (!loading_) settle->start();
    });
    connect(search_, &QLineEdit::textChanged, this, &MultiSelectButton::applySearch);
    connect(clear, &QPushButton::clicked, this, [this, settle] {
        setChecked({});
        settle->start();
    });
    connect(close, &QPushButton::clicked, popup_, &QWidget::hide);
    connect(this, &QToolButton::clicked, this, &MultiSelectButton::showPopup);
    updateText();
}

void MultiSelectButton::clearItems() {
    loading_ = true;
    tree_->clear();
    loading_ = false;
    updateText();
}

void MultiSelectButton::addItem(const QString& label, const QString& value,
                                const QString& parentValue) {
    QTreeWidgetItem* parent = nullptr;
    if (!parentValue.isEmpty())
        for (int i = 0; i < tree_->topLevelItemCount(); ++i)
            if (tree_->topLevelItem(i)->data(0, kValue).toString() == parentValue)
                parent = tree_->topLevelItem(i);
    loading_ = true;
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(tree_);
    item->setText(0, label);
    item->setToolTip(0, label);
    item->setData(0, kValue, value);
    item->setData(0, kFolded, QString::fromStdString(cmcsim::foldText(label.toStdString())));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
    item->setCheckState(0, Qt::Unchecked);
    if (parent) tree_->setRootIsDecorated(true);
    loading_ = false;
}

void MultiSelectButton::setUnavailable(const QString& reason) {
    unavailable_ = reason;
    setEnabled(reason.isEmpty());
    updateText();
}

QSize MultiSelectButton::sizeHint() const {
    return {kButtonWidth, QToolButton::sizeHint().height()};
}

QSize MultiSelectButton::minimumSizeHint() const {
    return {kMinimumWidth, QToolButton::sizeHint().height()};
}

bool MultiSelectButton::hasItems() const {
    return tree_->topLevelItemCount() > 0;
}

bool MultiSelectButton::hasValue(const QString& value) const {
    const auto items = allItems();
    return std::any_of(items.begin(), items.end(), [&value](const QTreeWidgetItem* item) {
        return item->data(0, kValue).toString() == value;
    });
}

QList<QTreeWidgetItem*> MultiSelectButton::allItems() const {
    QList<QTreeWidgetItem*> items;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* top = tree_->topLevelItem(i);
        items << top;
        for (int c = 0; c < top->childCount(); ++c) items << top->child(c);
    }
    return items;
}

QStringList MultiSelectButton::checked(bool leaves) const {
    QStringList values;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        const auto* top = tree_->topLevelItem(i);
        if (top->childCount() == 0 || (!leaves && top->checkState(0) == Qt::Checked)) {
            if (top->checkState(0) == Qt::Checked) values << top->data(0, kValue).toString();
            continue;
        }
        for (int c = 0; c < top->childCount(); ++c)
            if (top->child(c)->checkState(0) == Qt::Checked)
                values << top->child(c)->data(0, kValue).toString();
    }
    return values;
}

void MultiSelectButton::setChecked(const QStringList& values) {
    loading_ = true;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* top = tree_->topLevelItem(i);
        const bool whole = values.contains(top->data(0, kValue).toString());
        if (top->childCount() == 0 || whole) {
            top->setCheckState(0, whole ? Qt::Checked : Qt::Unchecked);
            continue;
        }
        for (int c = 0; c < top->childCount(); ++c)
            top->child(c)->setCheckState(
                0, values.contains(top->child(c)->data(0, kValue).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
    loading_ = false;
    updateText();
}

void MultiSelectButton::applySearch(const QString& text) {
    const cmcsim::TextQuery query(text.toStdString());
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* top = tree_->topLevelItem(i);
        bool anyChild = false;
        for (int c = 0; c < top->childCount(); ++c) {
            auto* child = top->child(c);
            const bool match = query.matches(child->data(0, kFolded).toString().toStdString());
            child->setHidden(!match);
            anyChild = anyChild || match;
        }
        top->setHidden(!anyChild && !query.matches(top->data(0, kFolded).toString().toStdString()));
        top->setExpanded(!query.empty() && anyChild);
    }
}

void MultiSelectButton::showPopup() {
    const auto below = mapToGlobal(QPoint(0, height()));
    QSize size(std::max(width(), 440), 440);
    QPoint at = below;
    if (const auto* screen = this->screen()) {
        const auto area = screen->availableGeometry();
        size = size.boundedTo(area.size());
        at.setX(std::clamp(at.x(), area.left(), area.right() - size.width()));
        if (at.y() + size.height() > area.bottom())
            at.setY(std::max(area.top(), mapToGlobal(QPoint(0, 0)).y() - size.height()));
    }
    popup_->resize(size);
    popup_->move(at);
    popup_->show();
    search_->setFocus();
}

void MultiSelectButton::resizeEvent(QResizeEvent* event) {
    QToolButton::resizeEvent(event);
    updateText();
}

void MultiSelectButton::updateText() {
    const auto values = checked(false);
    QStringList labels;
    for (const auto* item : allItems())
        if (values.contains(item->data(0, kValue).toString())) labels << item->text(0);
    QString summary;
    if (labels.isEmpty())
        summary = none_;
    else if (labels.size() == 1)
        summary = labels.front();
    else
        summary = tr("%n choix", nullptr, static_cast<int>(labels.size()));
    const auto full = QStringLiteral("%1 : %2").arg(title_, summary);
    const int room = std::max(40, width() - 28);
    setText(fontMetrics().elidedText(full, Qt::ElideRight, room) + QStringLiteral(" ▾"));
    if (!unavailable_.isEmpty())
        setToolTip(unavailable_);
    else if (labels.isEmpty())
        setToolTip(full);
    else
        setToolTip(title_ + QStringLiteral(" :\n• ") + labels.join(QStringLiteral("\n• ")));
}
