#include "FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <map>

#include "CoverageLevels.h"
#include "StudioSession.h"
#include "StudioText.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Territory.h"

using namespace studio;

namespace {
QDate toQDate(cmcsim::Date d) {
    return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
}
cmcsim::Date fromQDate(const QDate& d) {
    return cmcsim::Date::fromCivil(d.year(), static_cast<unsigned>(d.month()),
                                   static_cast<unsigned>(d.day()));
}
std::vector<std::string> chosen(const QComboBox* box) {
    const auto value = box->currentData().toString();
    return value.isEmpty() ? std::vector<std::string>{}
                           : std::vector<std::string>{value.toStdString()};
}
void choose(QComboBox* box, const std::vector<std::string>& values) {
    const int at = values.empty() ? 0 : box->findData(text(values.front()));
    box->setCurrentIndex(std::max(0, at));
}
}  // namespace

FilterBar::FilterBar(StudioSession& session, QWidget* parent) : QWidget(parent), session_(session) {
    const auto& ref = session.reference();
    const auto& market = session.market();
    section_ = new QComboBox;
    section_->addItem(tr("Tous secteurs"), QString());
    for (char s = 'A'; s <= 'U'; ++s)
        if (ref.naf.hasSection(s))
            section_->addItem(
                QStringLiteral("%1 – %2").arg(QChar(s), text(ref.naf.sectionLabel(s))),
                QString(QChar(s)));
    sizeBand_ = new QComboBox;
    sizeBand_->addItem(tr("Toutes tranches"), QString());
    for (const auto& band : ref.sizes.insee())
        sizeBand_->addItem(text(band.label), text(band.code));

    const cmcsim::Territory territory(ref.geography, session.scenario());
    std::map<std::string, int> departements;
    QStringList communeNames;
    for (const auto c : territory.communes()) {
        const auto& commune = ref.geography.communes()[c];
        ++departements[commune.departement];
        communeNames << QStringLiteral("%1 (%2)").arg(text(commune.name), text(commune.code));
    }
    departement_ = new QComboBox;
    departement_->addItem(tr("Tous départements"), QString());
    for (const auto& [code, _] : departements) {
        const auto* dep = ref.geography.departement(code);
        departement_->addItem(
            QStringLiteral("%1 – %2").arg(text(code), dep ? text(dep->name) : QString()),
            text(code));
    }
    commune_ = new QLineEdit;
    commune_->setPlaceholderText(tr("Commune"));
    commune_->setClearButtonEnabled(true);
    auto* completer = new QCompleter(communeNames, commune_);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    commune_->setCompleter(completer);
    radius_ = new QSpinBox;
    radius_->setRange(0, 300);
    radius_->setSuffix(tr(" km"));
    radius_->setSpecialValueText(tr("commune seule"));
    radius_->setToolTip(tr("Distance autour de la commune (0 : la commune seule)"));

    std::map<std::int16_t, int> agreements;
    for (const auto& p : market.prospects) ++agreements[p.idcc];
    std::vector<std::pair<int, std::int16_t>> byCount;
    for (const auto& [idcc, n] : agreements) byCount.emplace_back(-n, idcc);
    std::sort(byCount.begin(), byCount.end());
    idcc_ = new QComboBox;
    idcc_->addItem(tr("Toutes conventions"), QString());
    for (const auto& [_, idcc] : byCount) {
        if (idcc < 0) {
            idcc_->addItem(tr("Sans convention collective"), QStringLiteral("0000"));
            continue;
        }
        const auto& a = ref.idcc.agreements()[static_cast<std::size_t>(idcc)];
        idcc_->addItem(QStringLiteral("%1 – %2").arg(
                           text(a.idcc), text(cmcsim::IdccCatalogue::shortTitle(a.title))),
                       text(a.idcc));
    }
    insurer_ = new QComboBox;
    level_ = new QComboBox;
    level_->addItem(tr("Tous niveaux"), QString());
    for (int level = 1; level <= 4; ++level)
        level_->addItem(coverageLevelName(level), QString::number(level));
    renewal_ = new QCheckBox(tr("Échéance du"));
    renewalFrom_ = new QDateEdit(toQDate(session.scenario().startDate));
    renewalTo_ = new QDateEdit(toQDate(session.scenario().startDate.plusDays(365)));
    for (auto* edit : {renewalFrom_, renewalTo_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    text_ = new QLineEdit;
    text_->setPlaceholderText(tr("Rechercher un nom ou un SIRET"));
    text_->setClearButtonEnabled(true);
    auto* clearButton = new QPushButton(tr("Effacer les filtres"));
    saved_ = new QComboBox;
    auto* save = new QPushButton(tr("Enregistrer…"));
    save->setToolTip(tr("Enregistre le filtre courant sous un nom"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(text_, 0, 0, 1, 2);
    grid->addWidget(section_, 0, 2);
    grid->addWidget(sizeBand_, 0, 3);
    grid->addWidget(idcc_, 0, 4);
    grid->addWidget(new QLabel(tr("Filtres enregistrés :")), 0, 5);
    grid->addWidget(saved_, 0, 6);
    grid->addWidget(save, 0, 7);
    grid->addWidget(departement_, 1, 0);
    grid->addWidget(commune_, 1, 1);
    grid->addWidget(radius_, 1, 2);
    grid->addWidget(insurer_, 1, 3);
    grid->addWidget(level_, 1, 4);
    auto* window = new QHBoxLayout;
    window->addWidget(renewal_);
    window->addWidget(renewalFrom_);
    window->addWidget(new QLabel(tr("au")));
    window->addWidget(renewalTo_);
    grid->addLayout(window, 1, 5, 1, 2);
    grid->addWidget(clearButton, 1, 7);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(4, 1);

    for (auto* box : {section_, sizeBand_, departement_, idcc_, insurer_, level_, saved_}) {
        // Long labels (NAF sections, agreements) must not widen the window: they elide instead.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == saved_ ? 14 : 18);
    }
    for (auto* box : {section_, sizeBand_, departement_, idcc_, insurer_, level_})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);
    connect(text_, &QLineEdit::textChanged, this, &FilterBar::emitChange);
    connect(commune_, &QLineEdit::editingFinished, this, &FilterBar::emitChange);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &FilterBar::emitChange);
    connect(radius_, &QSpinBox::valueChanged, this, &FilterBar::emitChange);
    connect(renewal_, &QCheckBox::toggled, this, &FilterBar::emitChange);
    connect(renewalFrom_, &QDateEdit::dateChanged, this, &FilterBar::emitChange);
    connect(renewalTo_, &QDateEdit::dateChanged, this, &FilterBar::emitChange);
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    connect(save, &QPushButton::clicked, this, &FilterBar::saveFilter);
    connect(saved_, &QComboBox::activated, this, [this](int index) {
        const auto name = saved_->itemData(index).toString().toStdString();
        const auto& filters = session_.state().filters();
        if (const auto it = filters.find(name); it != filters.end()) setFilter(it->second);
    });
    refresh();
}

void FilterBar::refresh() {
    const auto knowledge = session_.state().knowledge();
    const bool coverKnown = knowledge.insurers || knowledge.portfolio;
    loading_ = true;
    const auto current = insurer_->currentData().toString();
    insurer_->clear();
    insurer_->addItem(coverKnown ? tr("Tous assureurs") : tr("Assureur : étude nécessaire"),
                      QString());
    if (coverKnown) {
        for (const auto& c : session_.market().competitors)
            insurer_->addItem(text(c.name), text(c.code));
        insurer_->addItem(tr("Sans contrat collectif"), QStringLiteral("aucun"));
    }
    insurer_->setCurrentIndex(std::max(0, insurer_->findData(current)));
    for (auto* w :
         std::initializer_list<QWidget*>{insurer_, level_, renewal_, renewalFrom_, renewalTo_}) {
        w->setEnabled(coverKnown);
        w->setToolTip(coverKnown ? QString()
                                 : tr("Révélé par l'étude de veille concurrentielle (ou, pour vos "
                                      "clients, l'extrait de portefeuille)"));
    }
    saved_->clear();
    saved_->addItem(tr("—"), QString());
    for (const auto& [name, _] : session_.state().filters())
        saved_->addItem(text(name), text(name));
    loading_ = false;
}

cmcsim::ProspectFilter FilterBar::filter() const {
    cmcsim::ProspectFilter f;
    f.sections = chosen(section_);
    f.sizeBands = chosen(sizeBand_);
    f.departements = chosen(departement_);
    f.idcc = chosen(idcc_);
    f.insurers = chosen(insurer_);
    if (const auto level = level_->currentData().toString(); !level.isEmpty())
        f.coverageLevels = {level.toInt()};
    const auto commune = commune_->text();
    const auto open = commune.lastIndexOf(QLatin1Char('(')),
               close = commune.lastIndexOf(QLatin1Char(')'));
    if (open >= 0 && close > open) {
        const auto code = commune.mid(open + 1, close - open - 1).toStdString();
        if (radius_->value() > 0) {
            f.aroundCommune = code;
            f.radiusKm = radius_->value();
        } else {
            f.communes = {code};
        }
    }
    if (renewal_->isChecked() && renewal_->isEnabled()) {
        f.renewalFrom = fromQDate(renewalFrom_->date());
        f.renewalTo = fromQDate(renewalTo_->date());
    }
    f.text = text_->text().trimmed().toStdString();
    return f;
}

void FilterBar::setFilter(const cmcsim::ProspectFilter& f) {
    loading_ = true;
    choose(section_, f.sections);
    choose(sizeBand_, f.sizeBands);
    choose(departement_, f.departements);
    choose(idcc_, f.idcc);
    choose(insurer_, f.insurers);
    level_->setCurrentIndex(
        f.coverageLevels.empty()
            ? 0
            : std::max(0, level_->findData(QString::number(f.coverageLevels.front()))));
    const auto code = !f.aroundCommune.empty() ? f.aroundCommune
                      : f.communes.empty()     ? std::string()
                                               : f.communes.front();
    commune_->clear();
    if (const auto index = session_.reference().geography.communeIndex(code))
        commune_->setText(QStringLiteral("%1 (%2)").arg(
            text(session_.reference().geography.communes()[*index].name), text(code)));
    radius_->setValue(static_cast<int>(f.radiusKm));
    renewal_->setChecked(f.renewalFrom.has_value());
    if (f.renewalFrom) renewalFrom_->setDate(toQDate(*f.renewalFrom));
    if (f.renewalTo) renewalTo_->setDate(toQDate(*f.renewalTo));
    text_->setText(text(f.text));
    loading_ = false;
    emitChange();
}

void FilterBar::clear() {
    setFilter({});
}

void FilterBar::emitChange() {
    if (!loading_) Q_EMIT filterChanged(filter());
}

void FilterBar::saveFilter() {
    bool ok = false;
    const auto name = QInputDialog::getText(this, tr("Enregistrer le filtre"),
                                            tr("Nom du filtre :"), QLineEdit::Normal, {}, &ok)
                          .trimmed();
    if (!ok || name.isEmpty()) return;
    session_.run(tr("Enregistrement du filtre « %1 »").arg(name), cmcsim::command::kSaveFilter,
                 {{"nom", name.toStdString()}, {"filtre", filter().toJson()}});
}
