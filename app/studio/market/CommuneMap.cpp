#include "market/CommuneMap.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_map>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Territory.h"
#include "common/Counts.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;

CommuneMap::CommuneMap(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    const auto& geography = session_.reference().geography;
    const auto& all = geography.communes();
    communes_ = cmcsim::Territory(geography, session_.scenario()).communes();
    slot_.assign(all.size(), -1);
    for (std::size_t i = 0; i < communes_.size(); ++i)
        slot_[communes_[i]] = static_cast<std::int32_t>(i);
    for (const auto& row : session_.view().rows())  // lines placed outside the territory, if any
        if (slot_[row.commune] < 0) {
            slot_[row.commune] = static_cast<std::int32_t>(communes_.size());
            communes_.push_back(row.commune);
        }
    double latitude = 0;
    for (const auto c : communes_)
        latitude += all[c].latitude / static_cast<double>(communes_.size());
    const double xScale =
        std::cos(latitude * std::numbers::pi / 180.0);  // a degree east as long as north
    std::vector<QPointF> positions;
    positions.reserve(communes_.size());
    QStringList names, groupNames;
    names.reserve(static_cast<qsizetype>(communes_.size()));
    std::unordered_map<std::string, std::uint32_t> groupByCode;
    for (const auto c : communes_) {
        const auto& commune = all[c];
        positions.emplace_back(commune.longitude * xScale, commune.latitude);
        names << text(commune.name);
        const auto [it, added] = groupByCode.try_emplace(
            commune.departement, static_cast<std::uint32_t>(departements_.size()));
        if (added) {
            departements_.push_back(commune.departement);
            const auto* d = geography.departement(commune.departement);
            groupNames << (d ? text(d->name) : text(commune.departement));
            groupCommunes_.push_back(0);
            groupPopulation_.push_back(0);
        }
        groupOf_.push_back(it->second);
        ++groupCommunes_[it->second];
        groupPopulation_[it->second] += commune.population;
    }

    measureBox_ = new QComboBox;
    choiceBox_ = new QComboBox;
    choiceBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* overview = new QPushButton(tr("Vue d'ensemble"));
    overview->setToolTip(tr("Revenir à la vue de tout le territoire"));
    auto* bar = new QHBoxLayout;
    for (QWidget* part :
         std::initializer_list<QWidget*>{new QLabel(tr("Mesure :")), measureBox_, choiceBox_})
        bar->addWidget(part);
    bar->addStretch();
    bar->addWidget(overview);

    view_ = new CommuneCanvas;
    view_->setPlaces(std::move(positions), std::move(names), groupOf_, std::move(groupNames));
    view_->setDescriber([this](const MapMark& mark) {
        return mark.kind == MapMark::Commune ? details(communes_[mark.index])
                                             : departementDetails(mark.index);
    });

    legend_ = new QLabel;
    legend_->setWordWrap(true);
    legend_->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    layout->addWidget(legend_);

    connect(overview, &QPushButton::clicked, this, &CommuneMap::resetZoom);
    connect(view_, &CommuneCanvas::communeClicked, this, [this](std::uint32_t place) {
        Q_EMIT communeClicked(
            text(session_.reference().geography.communes()[communes_[place]].code));
    });
    connect(view_, &CommuneCanvas::scaleChanged, this, &CommuneMap::updateLegend);
    connect(measureBox_, &QComboBox::currentIndexChanged, this, [this] {
        updateChoices();
        replot();
    });
    connect(choiceBox_, &QComboBox::currentIndexChanged, this, [this] { replot(); });
    updateChoices();
}

void CommuneMap::updateChoices() {
    const QSignalBlocker blockMeasure(measureBox_);
    const QSignalBlocker blockChoice(choiceBox_);
    const Measure current = measure();
    const bool insurersKnown = session_.state().knowledge().insurers;
    measureBox_->clear();
    measureBox_->addItem(tr("Établissements"), Establishments);
    measureBox_->addItem(tr("Salariés"), Employees);
    measureBox_->addItem(tr("Membres d'un segment"), SegmentMembers);
    if (insurersKnown) measureBox_->addItem(tr("Part d'un assureur"), InsurerShare);
    measureBox_->setItemData(2, tr("Lignes d'un segment enregistré, dans la sélection courante"),
                             Qt::ToolTipRole);
    measureBox_->setToolTip(
        insurersKnown
            ? QString()
            : tr("La part d'un assureur apparaît une fois la veille concurrentielle achetée."));
    measureBox_->setCurrentIndex(std::max(0, measureBox_->findData(static_cast<int>(current))));

    const QString previous = choiceBox_->currentData().toString();
    choiceBox_->clear();
    if (measure() == SegmentMembers) {
        for (const auto& segment : session_.state().segments())
            choiceBox_->addItem(text(segment.name), text(segment.id));
        if (choiceBox_->count() == 0) choiceBox_->addItem(tr("Aucun segment enregistré"));
    } else if (measure() == InsurerShare) {
        for (const auto& c : session_.market().competitors)
            choiceBox_->addItem(text(c.name), text(c.code));
    }
    choiceBox_->setVisible(choiceBox_->count() > 0);
    choiceBox_->setEnabled(!choiceBox_->itemData(0).isNull());
    choiceBox_->setCurrentIndex(std::max(0, choiceBox_->findData(previous)));
}

void CommuneMap::showLines(const std::vector<std::uint32_t>& lines,
                           const QStringList& selectedCommunes) {
    lines_ = lines;
    selectedCommunes_ = selectedCommunes;
    updateChoices();
    replot();
}

void CommuneMap::replot() {
    const auto& rows = session_.view().rows();
    const Measure m = measure();
    const std::string choice = choiceBox_->currentData().toString().toStdString();
    // The chosen insurer's index among the competitors, or -3 (matches no line).
    int insurer = -3;
    const auto& competitors = session_.market().competitors;
    for (std::size_t i = 0; i < competitors.size(); ++i)
        if (m == InsurerShare && competitors[i].code == choice) insurer = static_cast<int>(i);
    value_.assign(communes_.size(), 0.0);
    lineCount_.assign(communes_.size(), 0);
    for (const auto i : lines_) {
        const auto& row = rows[i];
        const auto s = static_cast<std::size_t>(slot_[row.commune]);
        ++lineCount_[s];
        if (m == Establishments) value_[s] += 1;
        if (m == Employees) value_[s] += row.headcount;
        if (row.insurer == insurer) value_[s] += 1;  // divided by the commune's lines below
    }
    if (m == SegmentMembers) {
        const auto& segments = session_.state().segments();
        const auto it = std::find_if(segments.begin(), segments.end(),
                                     [&](const auto& s) { return s.id == choice; });
        if (it != segments.end()) {
            const auto members = session_.view().filter(it->filter);
            std::vector<std::uint32_t> both;
            std::set_intersection(members.begin(), members.end(), lines_.begin(), lines_.end(),
                                  std::back_inserter(both));
            for (const auto i : both) value_[static_cast<std::size_t>(slot_[rows[i].commune])] += 1;
        }
    }
    active_ = 0;
    for (std::size_t s = 0; s < communes_.size(); ++s) {
        if (m == InsurerShare && lineCount_[s]) value_[s] /= lineCount_[s];
        active_ += lineCount_[s] ? 1 : 0;
    }
    std::vector<bool> ringed(communes_.size(), false);
    for (const auto& code : selectedCommunes_)
        if (const auto index = session_.reference().geography.communeIndex(code.toStdString());
            index && slot_[*index] >= 0)
            ringed[static_cast<std::size_t>(slot_[*index])] = true;
    // A share is sized by the commune's lines (a 100 % of one line is not a big market) and
    // coloured by the share; the other measures set both.
    view_->setValues(lineCount_, value_, m == InsurerShare, ringed);
    updateLegend();
}

void CommuneMap::updateLegend() {
    const auto swatch = [](const QColor& c) {
        return QStringLiteral("<span style='color:%1'>●</span>").arg(c.name());
    };
    const bool share = measure() == InsurerShare;
    const bool departements = view_->level() == CommuneCanvas::Level::Departements;
    const QString scale =
        share ? tr("taille : lignes ; couleur : %1 %2 %3 part faible à forte (max. %4 dans la vue)")
              : tr("taille et couleur : %1 %2 %3 faible à fort (max. %4 dans la vue)");
    const QString ramp =
        scale.arg(swatch(CommuneCanvas::shade(0)), swatch(CommuneCanvas::shade(0.5)),
                  swatch(CommuneCanvas::shade(1)), formatValue(view_->maxValue()));
    const auto count = [](auto n) { return number(static_cast<double>(n)); };
    const QString shown =
        departements
            ? tr("Par département : %1 département(s) avec des lignes, %2 commune(s) sur %3 — "
                 "par département, %4.",
                 nullptr, view_->activeMarks())
                  .arg(count(view_->activeMarks()), count(active_), count(communes_.size()), ramp)
            : tr("%1 commune(s) avec des lignes sur %2 — par commune, %3.", nullptr, active_)
                  .arg(count(active_), count(communes_.size()), ramp);
    const QString help =
        departements ? tr("Molette ou clic sur un département : zoomer jusqu'aux communes ; "
                          "glisser : déplacer la carte.")
                     : tr("Molette : zoom ; glisser : déplacer ; clic droit : zoom arrière ; "
                          "clic sur une commune : la sélectionner.");
    legend_->setText(shown + QStringLiteral("<br><span style='color:#57606a'>") + help +
                     QStringLiteral("</span>"));
}

QString CommuneMap::measureName() const {
    switch (measure()) {
        case Employees:
            return tr("salariés");
        case SegmentMembers:
            return tr("membres du segment « %1 »").arg(choiceBox_->currentText());
        case InsurerShare:
            return tr("part de %1").arg(choiceBox_->currentText());
        default:
            return tr("établissements");
    }
}

QString CommuneMap::formatValue(double value) const {
    if (measure() == InsurerShare) return tr("%1 %").arg(number(100 * value, 1));
    return number(value);
}

QString CommuneMap::details(std::uint32_t commune) const {
    const auto& c = session_.reference().geography.communes()[commune];
    const auto s = static_cast<std::size_t>(slot_[commune]);
    QString html = tr("<b>%1</b> (%2)<br>Population : %3<br>%4 dans la sélection")
                       .arg(text(c.name).toHtmlEscaped(), text(c.code),
                            Counts::inhabitants(c.population), Counts::lines(lineCount_[s]));
    if (lineCount_[s] && measure() != Establishments)
        html += QStringLiteral("<br>") +
                tr("%1 : %2").arg(measureName().toHtmlEscaped(), formatValue(value_[s]));
    return html;
}

QString CommuneMap::departementDetails(std::uint32_t group) const {
    const auto& code = departements_.at(group);
    const auto* d = session_.reference().geography.departement(code);
    const auto lines = view_->groupLines(group);
    QString html =
        tr("<b>%1</b> (%2)<br>%3 commune(s) du territoire, population : %4<br>%5 dans la "
           "sélection",
           nullptr, static_cast<int>(groupCommunes_[group]))
            .arg((d ? text(d->name) : text(code)).toHtmlEscaped(), text(code))
            .arg(groupCommunes_[group])
            .arg(Counts::inhabitants(static_cast<double>(groupPopulation_[group])),
                 Counts::lines(lines));
    if (lines && measure() != Establishments)
        html += QStringLiteral("<br>") + tr("%1 : %2").arg(measureName().toHtmlEscaped(),
                                                           formatValue(view_->groupValue(group)));
    return html + QStringLiteral("<br><i>") + tr("Cliquer pour voir ses communes") +
           QStringLiteral("</i>");
}

void CommuneMap::resetZoom() {
    view_->resetView();
}
