#pragma once

#include <QStringList>
#include <QToolButton>

class QFrame;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

// A compact button that opens a checklist to choose several values of one filter criterion
// (sectors, size bands, agreements…), with a search field that ignores case and accents (the
// engine's TextQuery). Items may have children: checking a parent (a NAF section) checks its
// children (its divisions). The button shows "Title : all", the one value chosen, or a count.
class MultiSelectButton : public QToolButton {
    Q_OBJECT
public:
    MultiSelectButton(const QString& title, const QString& none, QWidget* parent = nullptr);

    void clearItems();
    // Adds an item; with `parentValue`, under the item of that value.
    void addItem(const QString& label, const QString& value, const QString& parentValue = {});
    // The values of the checked items: a parent fully checked stands for its children unless
    // `leaves` is true, in which case only items without children are listed.
    QStringList checked(bool leaves = false) const;
    // Checks exactly these values (a parent's value checks all its children); no signal.
    void setChecked(const QStringList& values);
    bool hasItems() const;
    bool hasValue(const QString& value) const;
    // Disables the button with the reason as its tooltip (what reveals the values); an empty
    // reason enables it again.
    void setUnavailable(const QString& reason);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The checklist, opened under the button (for tests and screenshots).
    QFrame* popup() const { return popup_; }
    void showPopup();

Q_SIGNALS:
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateText();
    void applySearch(const QString& text);
    QList<QTreeWidgetItem*> allItems() const;

    QString title_, none_, unavailable_;
    QFrame* popup_ = nullptr;
    QLineEdit* search_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    bool loading_ = false;
};
