#include "scenario/TerritoryPage.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>
#include <algorithm>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioSize.h"
#include "common/StudioText.h"
#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
const QString kDepartement = QStringLiteral(" (département)");
const QString kCommune = QStringLiteral(" (commune)");
}  // namespace

TerritoryPage::TerritoryPage(const cmcsim::ReferenceData& reference, QWidget* parent)
    : ScenarioPage(parent), reference_(reference) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    search_ = new QLineEdit;
    search_->setPlaceholderText(tr("Chercher un département ou une commune (nom ou code)…"));
    QStringList entries;
    for (const auto& d : reference.geography.departements())
        entries << QString::fromStdString(d.code + " — " + d.name) + kDepartement;
    for (const auto& c : reference.geography.communes())
        entries << QString::fromStdString(c.name + " — " + c.code) + kCommune;
    auto* completer = new QCompleter(entries, search_);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    search_->setCompleter(completer);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& entry) {
                if (addFound(entry)) search_->clear();
            });
    form->addRow(tr("Ajouter"), search_);
    departements_ = line(QStringLiteral("$.territory.departements"), tr("codes : 15, 76, 2A"));
    communes_ = line(QStringLiteral("$.territory.communes"), tr("codes INSEE : 76540, 76758"));
    form->addRow(tr("Départements"), departements_);
    form->addRow(tr("Communes"), communes_);
    layout->addLayout(form);
    auto* aroundBox = new QGroupBox(tr("Rayons autour d'une commune"));
    auto* aroundLayout = new QVBoxLayout(aroundBox);
    around_ =
        new RecordTable(QStringLiteral("$.territory.around"),
                        {{QStringLiteral("commune"), tr("Commune (code INSEE)"), {}},
                         {QStringLiteral("radius_km"), tr("Rayon (km)"), QStringLiteral("10")}});
    bindTable(around_);
    aroundLayout->addWidget(around_);
    layout->addWidget(aroundBox);
    auto* count = new QFormLayout;
    mode_ = new QComboBox;
    mode_->addItem(tr("Nombre d'établissements"));
    mode_->addItem(tr("Densité (part de la densité nationale)"));
    bind(QStringLiteral("$.establishments"), mode_);
    amount_ = line(QStringLiteral("$.establishments.count"));
    bind(QStringLiteral("$.establishments.density_share"), amount_);
    count->addRow(tr("Établissements"), mode_);
    count->addRow(tr("Valeur"), amount_);
    size_ = new QLabel;
    size_->setWordWrap(true);
    count->addRow(QString(), size_);
    layout->addLayout(count);
}

bool TerritoryPage::addFound(const QString& entry) {
    const auto code = [&](bool commune) {
        const auto parts =
            entry.section(kCommune, 0, 0).section(kDepartement, 0, 0).split(QStringLiteral(" — "));
        return commune ? parts.value(1) : parts.value(0);
    };
    QLineEdit* list = nullptr;
    QString value;
    if (entry.endsWith(kDepartement)) {
        list = departements_;
        value = code(false);
    } else if (entry.endsWith(kCommune)) {
        list = communes_;
        value = code(true);
    }
    if (!list || value.isEmpty()) return false;
    auto codes = formtext::parseList(list->text());
    if (std::find(codes.begin(), codes.end(), value.toStdString()) == codes.end())
        codes.push_back(value.toStdString());
    list->setText(formtext::list(codes));
    Q_EMIT edited();
    return true;
}

void TerritoryPage::load(const cmcsim::Scenario& s) {
    departements_->setText(formtext::list(s.departements));
    communes_->setText(formtext::list(s.communes));
    QList<QStringList> rows;
    for (const auto& a : s.around)
        rows << QStringList{QString::fromStdString(a.commune), formtext::number(a.radiusKm)};
    around_->setRows(rows);
    mode_->setCurrentIndex(s.densityShare ? 1 : 0);
    amount_->setText(s.densityShare ? formtext::number(*s.densityShare)
                                    : QString::number(s.establishmentCount.value_or(0)));
    showSize(s);
}

void TerritoryPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    s.departements = formtext::parseList(departements_->text());
    s.communes = formtext::parseList(communes_->text());
    s.around.clear();
    for (int r = 0; r < around_->rowCount(); ++r) {
        const auto row = around_->row(r);
        s.around.push_back({row[0].toStdString(), cellNumber(around_, r, 1, problems)});
    }
    s.establishmentCount.reset();
    s.densityShare.reset();
    if (mode_->currentIndex() == 1)
        s.densityShare =
            numberOf(amount_, QStringLiteral("$.establishments.density_share"), problems);
    else
        s.establishmentCount =
            integerOf(amount_, QStringLiteral("$.establishments.count"), problems);
}

void TerritoryPage::showSize(const cmcsim::Scenario& s) {
    try {
        const auto size = cmcsim::ScenarioSize::of(reference_, s);
        size_->setText(tr("%1 communes, %2 habitants : %3 établissements à générer.")
                           .arg(studio::number(static_cast<double>(size.communes.size())),
                                studio::number(static_cast<double>(size.population)),
                                studio::number(static_cast<double>(size.establishments))));
    } catch (const std::exception&) {
        size_->setText(tr("Territoire incomplet : la taille du marché n'est pas encore connue."));
    }
}
