#include "scenario/ChoiceDelegate.h"

#include <QComboBox>

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->addItems(choices_);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    const auto text = index.data(Qt::EditRole).toString();
    if (combo->findText(text) < 0 && !text.isEmpty()) combo->addItem(text);
    combo->setCurrentIndex(combo->findText(text));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const {
    model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
}
