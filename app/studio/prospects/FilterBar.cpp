#include "prospects/FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <map>
#include <set>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Territory.h"
#include "common/CoverageLevels.h"
#include "common/FoldingCompleter.h"
#include "common/MultiSelectButton.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;

namespace {
QDate toQDate(cmcsim::Date d) {
    return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
}
cmcsim::Date fromQDate(const QDate& d) {
    return cmcsim::Date::fromCivil(d.year(), static_cast<unsigned>(d.month()),
                                   static_cast<unsigned>(d.day()));
}
std::vector<std::string> values(const QStringList& list) {
    std::vector<std::string> out;
    for (const auto& v : list) out.push_back(v.toStdString());
    return out;
}
QStringList qValues(const std::vector<std::string>& list) {
    QStringList out;
    for (const auto& v : list) out << text(v);
    return out;
}

// The marks checklist's values: verified / flagged / noted, yes or no, and tags.
const QString kVerified = QStringLiteral("verifiee"), kNotVerified = QStringLiteral("!verifiee");
const QString kFlagged = QStringLiteral("signalee"), kNotFlagged = QStringLiteral("!signalee");
const QString kNoted = QStringLiteral("annotee"), kNotNoted = QStringLiteral("!annotee");
const QString kTags = QStringLiteral("etiquettes"), kTagPrefix = QStringLiteral("#");

// Yes, no, or either (both or neither checked).
std::optional<bool> yesNo(const QStringList& checked, const QString& yes, const QString& no) {
    const bool y = checked.contains(yes), n = checked.contains(no);
    return y == n ? std::nullopt : std::optional<bool>(y);
}
void addYesNo(QStringList& out, std::optional<bool> value, const QString& yes, const QString& no) {
    if (value) out << (*value ? yes : no);
}
}  // namespace

FilterBar::FilterBar(StudioSession& session, QWidget* parent) : QWidget(parent), session_(session) {
    const auto& ref = session.reference();
    const auto& market = session.market();
    text_ = new QLineEdit;
    text_->setObjectName(QStringLiteral("filterText"));
    text_->setPlaceholderText(tr("Rechercher un nom ou un SIRET"));
    text_->setToolTip(tr("Chaque mot cherché, sans tenir compte des majuscules ni des accents"));
    text_->setClearButtonEnabled(true);

    sector_ = new MultiSelectButton(tr("Secteurs"), tr("tous"));
    for (char s = 'A'; s <= 'U'; ++s) {
        if (!ref.naf.hasSection(s)) continue;
        const QString section(QChar::fromLatin1(s));
        sector_->addItem(QStringLiteral("%1 – %2").arg(section, text(ref.naf.sectionLabel(s))),
                         section);
        std::set<std::string> seen;
        for (const auto& code : ref.naf.codes())
            if (code.section == s && seen.insert(code.division).second)
                sector_->addItem(
                    QStringLiteral("%1 – %2").arg(text(code.division), text(code.divisionLabel)),
                    text(code.division), section);
    }
    sizeBand_ = new MultiSelectButton(tr("Tranches"), tr("toutes"));
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
    departement_ = new MultiSelectButton(tr("Départements"), tr("tous"));
    for (const auto& [code, _] : departements) {
        const auto* dep = ref.geography.departement(code);
        departement_->addItem(
            QStringLiteral("%1 – %2").arg(text(code), dep ? text(dep->name) : QString()),
            text(code));
    }
    commune_ = new QLineEdit;
    commune_->setPlaceholderText(tr("Commune"));
    commune_->setClearButtonEnabled(true);
    auto* completer = new FoldingCompleter(commune_, FoldingCompleter::fromList(communeNames));
    radius_ = new QSpinBox;
    radius_->setRange(0, 300);
    radius_->setSuffix(tr(" km"));
    radius_->setSpecialValueText(tr("commune seule"));
    radius_->setToolTip(tr("Distance autour de la commune (0 : la commune seule)"));

    // Agreements in use, the most frequent first.
    std::map<std::int16_t, int> agreements;
    for (const auto& p : market.prospects) ++agreements[p.idcc];
    std::vector<std::pair<int, std::int16_t>> byCount;
    for (const auto& [idcc, n] : agreements) byCount.emplace_back(-n, idcc);
    std::sort(byCount.begin(), byCount.end());
    idcc_ = new MultiSelectButton(tr("Conventions"), tr("toutes"));
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
    insurer_ = new MultiSelectButton(tr("Assureurs"), tr("tous"));
    level_ = new MultiSelectButton(tr("Niveaux"), tr("tous"));
    for (int level = 1; level <= 4; ++level)
        level_->addItem(coverageLevelName(level), QString::number(level));
    marks_ = new MultiSelectButton(tr("Marques"), tr("toutes"));
    renewal_ = new QCheckBox(tr("Échéance du"));
    renewalFrom_ = new QDateEdit(toQDate(session.scenario().startDate));
    renewalTo_ = new QDateEdit(toQDate(session.scenario().startDate.plusDays(365)));
    for (auto* edit : {renewalFrom_, renewalTo_}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    auto* clearButton = new QPushButton(tr("Effacer les filtres"));
    saved_ = new QComboBox;
    saved_->setObjectName(QStringLiteral("savedFilters"));
    saved_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    saved_->setMinimumContentsLength(16);
    saved_->setToolTip(tr("Recharger un filtre enregistré"));
    auto* save = new QPushButton(tr("Enregistrer…"));
    save->setToolTip(tr("Enregistre le filtre courant sous un nom"));
    studio::guardCommand(save, session_);

    auto* first = new QHBoxLayout;
    first->addWidget(text_, 3);
    for (auto* button : {sector_, sizeBand_, idcc_, departement_}) first->addWidget(button, 2);
    first->addWidget(commune_, 2);
    first->addWidget(radius_);
    auto* second = new QHBoxLayout;
    for (auto* button : {insurer_, level_}) second->addWidget(button, 2);
    second->addWidget(renewal_);
    second->addWidget(renewalFrom_);
    second->addWidget(new QLabel(tr("au")));
    second->addWidget(renewalTo_);
    second->addWidget(marks_, 2);
    second->addWidget(clearButton);
    second->addStretch(1);
    second->addWidget(saved_, 2);
    second->addWidget(save);
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(first);
    rows->addLayout(second);

    for (auto* button : {sector_, sizeBand_, departement_, idcc_, insurer_, level_, marks_})
        connect(button, &MultiSelectButton::selectionChanged, this, &FilterBar::emitChange);
    connect(text_, &QLineEdit::textChanged, this, &FilterBar::emitChange);
    connect(commune_, &QLineEdit::editingFinished, this, &FilterBar::emitChange);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &FilterBar::emitChange);
    connect(radius_, &QSpinBox::valueChanged, this, &FilterBar::emitChange);
    connect(renewal_, &QCheckBox::toggled, this, &FilterBar::emitChange);
    connect(renewalFrom_, &QDateEdit::dateChanged, this, &FilterBar::emitChange);
    connect(renewalTo_, &QDateEdit::dateChanged, this, &FilterBar::emitChange);
    connect(clearButton, &QPushButton::clicked, this, &FilterBar::clear);
    connect(save, &QPushButton::clicked, this, &FilterBar::askAndSaveFilter);
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
    const auto insurers = insurer_->checked();
    insurer_->clearItems();
    if (coverKnown) {
        for (const auto& c : session_.market().competitors)
            insurer_->addItem(text(c.name), text(c.code));
        insurer_->addItem(tr("Sans contrat collectif"), QStringLiteral("aucun"));
        insurer_->setChecked(insurers);
    }
    const auto reason = coverKnown ? QString()
                                   : tr("Révélé par l'étude de veille concurrentielle (ou, pour "
                                        "vos clients, l'extrait de portefeuille)");
    for (auto* button : {insurer_, level_}) button->setUnavailable(reason);
    for (auto* w : std::initializer_list<QWidget*>{renewal_, renewalFrom_, renewalTo_}) {
        w->setEnabled(coverKnown);
        w->setToolTip(reason);
    }

    const auto marks = marks_->checked(true);
    marks_->clearItems();
    marks_->addItem(tr("Vérifiées"), kVerified);
    marks_->addItem(tr("Non vérifiées"), kNotVerified);
    marks_->addItem(tr("Signalées"), kFlagged);
    marks_->addItem(tr("Non signalées"), kNotFlagged);
    marks_->addItem(tr("Avec une note"), kNoted);
    marks_->addItem(tr("Sans note"), kNotNoted);
    const auto tags = session_.view().marks().allTags();
    if (!tags.empty()) {
        marks_->addItem(tr("Étiquetées"), kTags);
        for (const auto& tag : tags) marks_->addItem(text(tag), kTagPrefix + text(tag), kTags);
    }
    marks_->setChecked(marks);

    const auto current = saved_->currentData().toString();
    saved_->clear();
    saved_->addItem(tr("Filtres enregistrés…"), QString());
    for (const auto& [name, _] : session_.state().filters())
        saved_->addItem(text(name), text(name));
    saved_->setCurrentIndex(std::max(0, saved_->findData(current)));
    loading_ = false;
}

cmcsim::ProspectFilter FilterBar::filter() const {
    cmcsim::ProspectFilter f;
    // Whole sections stay sections; as soon as one section is partly chosen, every chosen
    // division is listed (a section and a division of another one: OR).
    const auto sectors = sector_->checked();
    const bool wholeSections =
        std::all_of(sectors.begin(), sectors.end(), [](const QString& v) { return v.size() == 1; });
    if (wholeSections)
        f.sections = values(sectors);
    else
        f.divisions = values(sector_->checked(true));
    f.sizeBands = values(sizeBand_->checked());
    f.departements = values(departement_->checked());
    f.idcc = values(idcc_->checked());
    if (insurer_->isEnabled()) {
        f.insurers = values(insurer_->checked());
        for (const auto& level : level_->checked()) f.coverageLevels.push_back(level.toInt());
    }
    const auto marks = marks_->checked(true);
    f.verified = yesNo(marks, kVerified, kNotVerified);
    f.flagged = yesNo(marks, kFlagged, kNotFlagged);
    f.noted = yesNo(marks, kNoted, kNotNoted);
    for (const auto& m : marks)
        if (m.startsWith(kTagPrefix)) f.tags.push_back(m.mid(kTagPrefix.size()).toStdString());
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
    // Sections AND divisions: the divisions of those sections.
    QStringList sectors = qValues(f.sections);
    if (!f.divisions.empty()) {
        sectors.clear();
        const auto& naf = session_.reference().naf;
        for (const auto& division : f.divisions) {
            const auto it = std::find_if(naf.codes().begin(), naf.codes().end(),
                                         [&](const auto& c) { return c.division == division; });
            if (it == naf.codes().end()) continue;
            if (f.sections.empty() || std::find(f.sections.begin(), f.sections.end(),
                                                std::string(1, it->section)) != f.sections.end())
                sectors << text(division);
        }
    }
    sector_->setChecked(sectors);
    sizeBand_->setChecked(qValues(f.sizeBands));
    // A saved filter may name values this file's lists lack (an agreement, a département of no
    // line, a tag no longer used): they are added, so nothing of the filter is lost.
    const auto& ref = session_.reference();
    for (const auto& code : f.departements)
        if (!departement_->hasValue(text(code))) {
            const auto* dep = ref.geography.departement(code);
            departement_->addItem(
                QStringLiteral("%1 – %2").arg(text(code), dep ? text(dep->name) : QString()),
                text(code));
        }
    departement_->setChecked(qValues(f.departements));
    for (const auto& code : f.idcc)
        if (const auto i = ref.idcc.find(code); i && !idcc_->hasValue(text(code)))
            idcc_->addItem(
                QStringLiteral("%1 – %2").arg(text(code), text(cmcsim::IdccCatalogue::shortTitle(
                                                              ref.idcc.agreements()[*i].title))),
                text(code));
    idcc_->setChecked(qValues(f.idcc));
    insurer_->setChecked(qValues(f.insurers));
    QStringList levels;
    for (const auto level : f.coverageLevels) levels << QString::number(level);
    level_->setChecked(levels);
    QStringList marks;
    addYesNo(marks, f.verified, kVerified, kNotVerified);
    addYesNo(marks, f.flagged, kFlagged, kNotFlagged);
    addYesNo(marks, f.noted, kNoted, kNotNoted);
    for (const auto& tag : f.tags) {
        if (!marks_->hasValue(kTags)) marks_->addItem(tr("Étiquetées"), kTags);
        if (!marks_->hasValue(kTagPrefix + text(tag)))
            marks_->addItem(text(tag), kTagPrefix + text(tag), kTags);
        marks << kTagPrefix + text(tag);
    }
    marks_->setChecked(marks);
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

void FilterBar::askAndSaveFilter() {
    bool ok = false;
    const auto name = QInputDialog::getText(this, tr("Enregistrer le filtre"),
                                            tr("Nom du filtre :"), QLineEdit::Normal, {}, &ok)
                          .trimmed();
    if (ok && !name.isEmpty()) saveFilter(name);
}

bool FilterBar::saveFilter(const QString& name) {
    if (!session_.run(tr("Enregistrement du filtre « %1 »").arg(name), cmcsim::command::kSaveFilter,
                      {{"nom", name.toStdString()}, {"filtre", filter().toJson()}}))
        return false;
    refresh();
    saved_->setCurrentIndex(std::max(0, saved_->findData(name)));
    Q_EMIT notice(tr("✔ Filtre « %1 » enregistré : il se recharge depuis « Filtres "
                     "enregistrés ».")
                      .arg(name));
    return true;
}
