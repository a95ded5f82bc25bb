#include "scenario/PlayersPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
QStringList cells(const cmcsim::CompetitorSpec& c) {
    return {QString::fromStdString(c.id),      QString::fromStdString(c.name),
            QString::fromStdString(c.kind),    QString::fromStdString(c.archetype),
            formtext::number(c.marketShare),   formtext::number(c.priceLevel),
            QString::number(c.guaranteeLevel), formtext::number(c.serviceQuality)};
}
}  // namespace

PlayersPage::PlayersPage(QWidget* parent) : ScenarioPage(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* box = new QGroupBox(tr("Concurrents (noms fictifs)"));
    auto* boxLayout = new QVBoxLayout(box);
    competitors_ = new RecordTable(
        QStringLiteral("$.competitors"),
        {{QStringLiteral("id"), tr("Identifiant"), QStringLiteral("concurrent")},
         {QStringLiteral("name"), tr("Nom"), {}},
         {QStringLiteral("kind"), tr("Famille"), QStringLiteral("compagnie_assurance")},
         {QStringLiteral("archetype"), tr("Archétype"), {}},
         {QStringLiteral("market_share"), tr("Part de marché"), QStringLiteral("0,1")},
         {QStringLiteral("price_level"), tr("Prix"), QStringLiteral("1")},
         {QStringLiteral("guarantee_level"), tr("Garanties 1–4"), QStringLiteral("2")},
         {QStringLiteral("service_quality"), tr("Service 0–1"), QStringLiteral("0,5")}});
    bindTable(competitors_);
    boxLayout->addWidget(competitors_);
    layout->addWidget(box, 3);
    auto* mutuelle = new QGroupBox(tr("Votre mutuelle"));
    auto* form = new QFormLayout(mutuelle);
    const QString m = QStringLiteral("$.mutuelle.");
    name_ = line(m + QStringLiteral("name"));
    kind_ = line(m + QStringLiteral("kind"),
                 tr("mutuelle, institution_prevoyance, compagnie_assurance"));
    archetype_ = line(m + QStringLiteral("archetype"), tr("facultatif : mutuelle_regionale…"));
    share_ = line(m + QStringLiteral("market_share"));
    price_ = line(m + QStringLiteral("price_level"));
    guarantee_ = line(m + QStringLiteral("guarantee_level"));
    service_ = line(m + QStringLiteral("service_quality"));
    form->addRow(tr("Nom"), name_);
    form->addRow(tr("Famille"), kind_);
    form->addRow(tr("Archétype"), archetype_);
    form->addRow(tr("Part de marché (0 à 1)"), share_);
    form->addRow(tr("Niveau de prix (1 = marché)"), price_);
    form->addRow(tr("Niveau de garanties (1 à 4)"), guarantee_);
    form->addRow(tr("Qualité de service (0 à 1)"), service_);
    layout->addWidget(mutuelle, 2);
}

void PlayersPage::load(const cmcsim::Scenario& s) {
    QList<QStringList> rows;
    for (const auto& c : s.competitors) rows << cells(c);
    competitors_->setRows(rows);
    const auto mine = cells(s.mutuelle);
    QLineEdit* fields[] = {name_, kind_, archetype_, share_, price_, guarantee_, service_};
    for (int i = 0; i < 7; ++i) fields[i]->setText(mine[i + 1]);
}

void PlayersPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    s.competitors.clear();
    for (int r = 0; r < competitors_->rowCount(); ++r) {
        const auto row = competitors_->row(r);
        cmcsim::CompetitorSpec c;
        c.id = row[0].toStdString();
        c.name = row[1].toStdString();
        c.kind = row[2].toStdString();
        c.archetype = row[3].toStdString();
        c.marketShare = cellNumber(competitors_, r, 4, problems);
        c.priceLevel = cellNumber(competitors_, r, 5, problems, 1);
        c.guaranteeLevel = static_cast<int>(cellInteger(competitors_, r, 6, problems, 2));
        c.serviceQuality = cellNumber(competitors_, r, 7, problems, 0.5);
        s.competitors.push_back(std::move(c));
    }
    const QString m = QStringLiteral("$.mutuelle.");
    s.mutuelle.id = "mutuelle";
    s.mutuelle.name = name_->text().toStdString();
    s.mutuelle.kind = kind_->text().trimmed().toStdString();
    s.mutuelle.archetype = archetype_->text().trimmed().toStdString();
    s.mutuelle.marketShare = numberOf(share_, m + QStringLiteral("market_share"), problems);
    s.mutuelle.priceLevel = numberOf(price_, m + QStringLiteral("price_level"), problems, 1);
    s.mutuelle.guaranteeLevel =
        static_cast<int>(integerOf(guarantee_, m + QStringLiteral("guarantee_level"), problems, 2));
    s.mutuelle.serviceQuality =
        numberOf(service_, m + QStringLiteral("service_quality"), problems, 0.5);
}
