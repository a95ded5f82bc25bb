#include "prospects/FlagDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

FlagDialog::FlagDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Signaler une anomalie"));
    kind_ = new QComboBox;
    kind_->addItem(tr("Doublon"), QStringLiteral("doublon"));
    kind_->addItem(tr("Établissement fermé"), QStringLiteral("fermee"));
    kind_->addItem(tr("Donnée erronée (effectif, activité, contact…)"),
                   QStringLiteral("donnee_erronee"));
    reason_ = new QPlainTextEdit;
    reason_->setPlaceholderText(tr("Motif : ce qui vous fait penser que la fiche est fausse"));
    reason_->setTabChangesFocus(true);
    message_ = new QLabel(tr("Écrivez le motif du signalement pour pouvoir le valider."));
    message_->setWordWrap(true);
    message_->setForegroundRole(QPalette::PlaceholderText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Anomalie"), kind_);
    form->addRow(tr("Motif"), reason_);
    form->addRow(message_);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FlagDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reason_, &QPlainTextEdit::textChanged, this, &FlagDialog::validate);
    validate();
}

QString FlagDialog::kind() const {
    return kind_->currentData().toString();
}

QString FlagDialog::reason() const {
    return reason_->toPlainText().trimmed();
}

void FlagDialog::validate() {
    const bool written = !reason().isEmpty();
    ok_->setEnabled(written);
    message_->setVisible(!written);
}

void FlagDialog::accept() {
    if (reason().isEmpty()) {
        validate();
        reason_->setFocus();
        return;
    }
    QDialog::accept();
}
