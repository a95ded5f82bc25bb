#include "plan/ObjectiveDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

ObjectiveDialog::ObjectiveDialog(int weeks, int firstWeek, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("planObjectiveDialog"));
    setWindowTitle(tr("Objectif du plan"));
    scope_ = new QComboBox;
    scope_->setObjectName(QStringLiteral("objectiveScope"));
    scope_->addItem(tr("Semaine"));
    scope_->addItem(tr("Mois"));
    week_ = new QSpinBox;
    week_->setObjectName(QStringLiteral("objectiveWeek"));
    week_->setRange(std::min(firstWeek, std::max(1, weeks)), std::max(1, weeks));
    month_ = new QComboBox;
    month_->setObjectName(QStringLiteral("objectiveMonth"));
    const QLocale french(QLocale::French);
    for (int m = 1; m <= 12; ++m) month_->addItem(french.standaloneMonthName(m), m);
    month_->setVisible(false);
    contracts_ = new QSpinBox;
    contracts_->setObjectName(QStringLiteral("objectiveContracts"));
    contracts_->setRange(0, 1'000'000);
    premiums_ = new QDoubleSpinBox;
    premiums_->setObjectName(QStringLiteral("objectivePremiums"));
    premiums_->setRange(0, 1e9);
    premiums_->setDecimals(0);
    premiums_->setGroupSeparatorShown(true);
    premiums_->setSuffix(tr(" €"));
    calls_ = new QSpinBox;
    calls_->setObjectName(QStringLiteral("objectiveCalls"));
    calls_->setRange(0, 1000);

    auto* when = new QHBoxLayout;
    when->addWidget(scope_);
    when->addWidget(week_, 1);
    when->addWidget(month_, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Période"), when);
    form->addRow(tr("Nouveaux contrats"), contracts_);
    form->addRow(tr("Primes annuelles signées"), premiums_);
    form->addRow(tr("Appels par jour"), calls_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(scope_, &QComboBox::currentIndexChanged, this, [this](int index) {
        week_->setVisible(index == 0);
        month_->setVisible(index == 1);
        calls_->setEnabled(index == 0);  // a daily call objective is set for a week
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

cmcsim::PlanObjective ObjectiveDialog::objective() const {
    cmcsim::PlanObjective o;
    if (scope_->currentIndex() == 0) {
        o.week = week_->value();
        o.dailyCalls = calls_->value();
    } else {
        o.month = month_->currentData().toInt();
    }
    o.newContracts = contracts_->value();
    o.premiumsEur = premiums_->value();
    return o;
}
