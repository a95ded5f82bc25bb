#include "scenario/GeneralPage.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include "scenario/FormText.h"

GeneralPage::GeneralPage(QWidget* parent) : ScenarioPage(parent) {
    auto* form = new QFormLayout(this);
    id_ = line(QStringLiteral("$.id"), tr("minuscules, chiffres et tirets : rouen-ze"));
    title_ = line(QStringLiteral("$.title"));
    author_ = line(QStringLiteral("$.author"), tr("facultatif : formateur ou centre"));
    version_ = line(QStringLiteral("$.version"), tr("facultatif : 1.0"));
    brief_ = new QPlainTextEdit;
    brief_->setObjectName(QStringLiteral("$.brief"));
    bind(QStringLiteral("$.brief"), brief_);
    start_ = new QDateEdit;
    start_->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    start_->setCalendarPopup(true);
    start_->setObjectName(QStringLiteral("$.start_date"));
    bind(QStringLiteral("$.start_date"), start_);
    weeks_ = new QSpinBox;
    weeks_->setRange(0, 104);
    weeks_->setSuffix(tr(" semaines"));
    weeks_->setObjectName(QStringLiteral("$.duration_weeks"));
    bind(QStringLiteral("$.duration_weeks"), weeks_);
    seed_ = line(QStringLiteral("$.seed"));
    form->addRow(tr("Identifiant"), id_);
    form->addRow(tr("Titre"), title_);
    form->addRow(tr("Auteur"), author_);
    form->addRow(tr("Version du scénario"), version_);
    form->addRow(tr("Consigne au candidat"), brief_);
    form->addRow(tr("Début (un lundi)"), start_);
    form->addRow(tr("Durée"), weeks_);
    form->addRow(tr("Graine du marché"), seed_);
}

void GeneralPage::load(const cmcsim::Scenario& s) {
    id_->setText(QString::fromStdString(s.id));
    title_->setText(QString::fromStdString(s.title));
    author_->setText(QString::fromStdString(s.author));
    version_->setText(QString::fromStdString(s.version));
    const QSignalBlocker blockBrief(brief_), blockStart(start_), blockWeeks(weeks_);
    brief_->setPlainText(QString::fromStdString(s.brief));
    start_->setDate(QDate::fromString(QString::fromStdString(s.startDate.iso()), Qt::ISODate));
    weeks_->setValue(s.durationWeeks);
    seed_->setText(QString::number(s.seed));
}

void GeneralPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    s.id = id_->text().toStdString();
    s.title = title_->text().toStdString();
    s.author = author_->text().toStdString();
    s.version = version_->text().toStdString();
    s.brief = brief_->toPlainText().toStdString();
    if (const auto d = cmcsim::Date::parseIso(start_->date().toString(Qt::ISODate).toStdString()))
        s.startDate = *d;
    s.durationWeeks = weeks_->value();
    const auto seed = integerOf(seed_, QStringLiteral("$.seed"), problems);
    if (seed < 0) addProblem(problems, QStringLiteral("$.seed"), tr("nombre positif attendu"));
    s.seed = static_cast<std::uint64_t>(std::max(0LL, seed));
}
