#include "scenario/EventsPage.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "cmcsim/sim/MarketEvent.h"
#include "scenario/ChoiceDelegate.h"
#include "scenario/FormText.h"
#include "scenario/RecordTable.h"

namespace {
enum Column { kId, kType, kWeek, kCompetitor, kRate, kThreshold, kText };

// The kinds a trainer scripts (the PASS is the calendar's), by their file codes.
const cmcsim::MarketEventKind kScriptable[] = {
    cmcsim::MarketEventKind::CompetitorRateRise, cmcsim::MarketEventKind::ResignationNotice,
    cmcsim::MarketEventKind::ClaimsDrift, cmcsim::MarketEventKind::ThresholdCrossing};

QString labelOf(const std::string& code) {
    for (const auto kind : kScriptable)
        if (code == cmcsim::marketEventCode(kind))
            return QString::fromUtf8(cmcsim::marketEventLabel(kind));
    return QString::fromStdString(code);
}

// The code of a label, or the text itself (an unknown one the loader then reports).
std::string codeOf(const QString& label) {
    for (const auto kind : kScriptable)
        if (label == QString::fromUtf8(cmcsim::marketEventLabel(kind)))
            return cmcsim::marketEventCode(kind);
    return label.toStdString();
}
}  // namespace

EventsPage::EventsPage(QWidget* parent) : ScenarioPage(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(
        tr("Les semaines génèrent elles-mêmes des événements de veille ; déclarez ici ceux de "
           "l'histoire du scénario, chacun dans sa semaine. Hausse d'un concurrent : son "
           "identifiant et le taux (0,06 pour 6 %). Franchissement de seuil : 11 ou 50 salariés. "
           "L'entreprise concernée (un client, une entreprise proche du seuil) est tirée au sort "
           "par la graine. Texte : ce que lit le candidat à la place de la phrase générée, "
           "{entreprise} y est remplacé par son nom."));
    help->setWordWrap(true);
    layout->addWidget(help);
    events_ =
        new RecordTable(QStringLiteral("$.evenements"),
                        {{QStringLiteral("id"), tr("Identifiant"), QStringLiteral("evenement")},
                         {QStringLiteral("type"), tr("Type"), labelOf("preavis_resiliation")},
                         {QStringLiteral("semaine"), tr("Semaine"), QStringLiteral("1")},
                         {QStringLiteral("concurrent"), tr("Concurrent"), {}},
                         {QStringLiteral("taux"), tr("Taux de hausse"), {}},
                         {QStringLiteral("seuil"), tr("Seuil"), {}},
                         {QStringLiteral("texte"), tr("Texte lu par le candidat"), {}}});
    auto* types = new ChoiceDelegate(this);
    QStringList labels;
    for (const auto kind : kScriptable) labels << QString::fromUtf8(cmcsim::marketEventLabel(kind));
    types->setChoices(labels);
    events_->table()->setItemDelegateForColumn(kType, types);
    competitors_ = new ChoiceDelegate(this);
    events_->table()->setItemDelegateForColumn(kCompetitor, competitors_);
    auto* thresholds = new ChoiceDelegate(this);
    thresholds->setChoices({QString(), QStringLiteral("11"), QStringLiteral("50")});
    events_->table()->setItemDelegateForColumn(kThreshold, thresholds);
    bindTable(events_);
    layout->addWidget(events_);
}

void EventsPage::offerCompetitors(const std::vector<cmcsim::CompetitorSpec>& competitors) {
    QStringList ids = {QString()};
    for (const auto& c : competitors)
        if (!c.id.empty()) ids << QString::fromStdString(c.id);
    competitors_->setChoices(ids);
}

void EventsPage::load(const cmcsim::Scenario& s) {
    offerCompetitors(s.competitors);
    QList<QStringList> rows;
    for (const auto& e : s.events)
        rows << QStringList{QString::fromStdString(e.id),
                            labelOf(e.type),
                            QString::number(e.week),
                            QString::fromStdString(e.competitor),
                            e.type == "hausse_concurrent" ? formtext::number(e.rate) : QString(),
                            e.threshold > 0 ? QString::number(e.threshold) : QString(),
                            QString::fromStdString(e.text)};
    events_->setRows(rows);
}

void EventsPage::store(cmcsim::Scenario& s, std::vector<cmcsim::Problem>& problems) const {
    s.events.clear();
    for (int r = 0; r < events_->rowCount(); ++r) {
        const auto row = events_->row(r);
        cmcsim::ScriptedEvent e;
        e.id = row[kId].toStdString();
        e.type = codeOf(row[kType]);
        e.week = static_cast<int>(cellInteger(events_, r, kWeek, problems, 1));
        // Only the columns of its type: a competitor left on a notice row is not written.
        if (e.type == "hausse_concurrent") {
            e.competitor = row[kCompetitor].toStdString();
            e.rate = cellNumber(events_, r, kRate, problems);
        }
        if (e.type == "franchissement_seuil")
            e.threshold = static_cast<int>(cellInteger(events_, r, kThreshold, problems));
        e.text = row[kText].toStdString();
        s.events.push_back(std::move(e));
    }
}
