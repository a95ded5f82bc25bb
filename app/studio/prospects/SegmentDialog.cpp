#include "prospects/SegmentDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include "common/Counts.h"

SegmentDialog::SegmentDialog(const cmcsim::Segment& segment, std::uint64_t filterLines,
                             std::uint64_t filterEmployees, QWidget* parent)
    : QDialog(parent), segment_(segment) {
    setWindowTitle(tr("Segment"));
    name_ = new QLineEdit(QString::fromStdString(segment.name));
    qualification_ = new QPlainTextEdit(QString::fromStdString(segment.qualification));
    qualification_->setPlaceholderText(
        tr("Qualification : pourquoi cette cible, ses besoins, ses obligations (convention, "
           "catégories), le bon moment (échéances), le canal et l'argument"));
    establishments_ = new QSpinBox;
    establishments_->setRange(0, 10'000'000);
    establishments_->setGroupSeparatorShown(true);
    establishments_->setValue(static_cast<int>(segment.establishments));
    employees_ = new QSpinBox;
    employees_->setRange(0, 100'000'000);
    employees_->setGroupSeparatorShown(true);
    employees_->setValue(static_cast<int>(segment.employees));
    potential_ = new QDoubleSpinBox;
    potential_->setRange(0, 1e10);
    potential_->setDecimals(0);
    potential_->setGroupSeparatorShown(true);
    potential_->setSuffix(tr(" €/an"));
    potential_->setValue(segment.premiumPotentialEur);
    conversion_ = new QDoubleSpinBox;
    conversion_->setRange(0, 100);
    conversion_->setDecimals(1);
    conversion_->setSuffix(tr(" %"));
    conversion_->setValue(segment.expectedConversion * 100);
    auto* reference = new QLabel(
        tr("Le filtre de ce segment donne aujourd'hui <b>%1</b> du fichier et <b>%2</b>.")
            .arg(Counts::lines(static_cast<double>(filterLines)),
                 Counts::employees(static_cast<double>(filterEmployees))));
    reference->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Nom"), name_);
    form->addRow(tr("Qualification"), qualification_);
    form->addRow(reference);
    form->addRow(tr("Établissements (votre estimation)"), establishments_);
    form->addRow(tr("Salariés (votre estimation)"), employees_);
    form->addRow(tr("Potentiel de cotisations"), potential_);
    form->addRow(tr("Taux de transformation attendu"), conversion_);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!name_->text().trimmed().isEmpty());
    };
    connect(name_, &QLineEdit::textChanged, this, validate);
    validate();
    resize(560, 520);
}

cmcsim::Segment SegmentDialog::segment() const {
    auto s = segment_;
    s.name = name_->text().trimmed().toStdString();
    s.qualification = qualification_->toPlainText().trimmed().toStdString();
    s.establishments = establishments_->value();
    s.employees = employees_->value();
    s.premiumPotentialEur = potential_->value();
    s.expectedConversion = conversion_->value() / 100.0;
    return s;
}
