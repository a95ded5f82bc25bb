#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

// Edits a column of a RecordTable with a drop-down list of its allowed texts (an event's type,
// a competitor's id), so that a trainer picks a value instead of typing it; the cell keeps the
// chosen text, and a text not in the list (a file's unknown value) stays until changed.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ChoiceDelegate(QObject* parent = nullptr) : QStyledItemDelegate(parent) {}

    void setChoices(const QStringList& choices) { choices_ = choices; }
    const QStringList& choices() const { return choices_; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QStringList choices_;
};
