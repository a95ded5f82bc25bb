#include "weeks/WeekResultsPanel.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/Dashboard.h"
#include "cmcsim/sim/WeekReport.h"
#include "common/StudioSession.h"
#include "weeks/ContactTable.h"
#include "weeks/WeekText.h"

using namespace studio;

namespace {
QTreeWidget* tree(const char* name, const QStringList& headers, int stretch) {
    auto* t = new QTreeWidget;
    t->setObjectName(QString::fromLatin1(name));
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->setSortingEnabled(false);
    t->header()->setStretchLastSection(false);
    t->header()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return t;
}

void fit(QTreeWidget* t, int stretch) {
    for (int c = 0; c < t->columnCount(); ++c)
        if (c != stretch) t->resizeColumnToContents(c);
}

QTreeWidgetItem* companyItem(QTreeWidget* t, const QStringList& columns, std::uint32_t company) {
    auto* item = new QTreeWidgetItem(t, columns);
    item->setData(0, Qt::UserRole, company);
    return item;
}

QString done(std::int64_t made, std::int64_t planned) {
    return QStringLiteral("%1 / %2").arg(number(static_cast<double>(made)),
                                         number(static_cast<double>(planned)));
}
}  // namespace

WeekResultsPanel::WeekResultsPanel(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    selector_ = new QComboBox;
    selector_->setObjectName(QStringLiteral("weekSelector"));
    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("weekSummary"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    executions_ = tree("weekExecutions",
                       {tr("Action"), tr("Type"), tr("Contacts faits / prévus"), tr("Joints"),
                        tr("Heures faites / prévues"), tr("Coût dépensé / prévu"), tr("Reportés"),
                        tr("Abandonnés"), tr("Limite")},
                       8);
    contacts_ = new ContactTable;
    steps_ = tree("weekSteps", {tr("Étape"), tr("Entreprise"), tr("SIRET"), tr("Détail")}, 3);
    renewals_ = tree("weekRenewals",
                     {tr("Échéance"), tr("Entreprise"), tr("SIRET"), tr("Issue"),
                      tr("Revue avant l'échéance"), tr("Prime annuelle"), tr("Motif")},
                     6);
    events_ =
        tree("weekEvents",
             {tr("Date"), tr("Type"), tr("Ce qu'il annonce"), tr("Source"), tr("Date d'effet")}, 2);
    events_->setWordWrap(true);
    missed_ = new QLabel;
    missed_->setObjectName(QStringLiteral("weekMissedEvents"));
    missed_->setWordWrap(true);
    auto* watch = new QWidget;
    auto* watchLayout = new QVBoxLayout(watch);
    watchLayout->addWidget(events_, 1);
    watchLayout->addWidget(missed_);
    sections_ = new QTabWidget;
    sections_->setObjectName(QStringLiteral("weekSections"));
    sections_->addTab(executions_, QString());
    sections_->addTab(contacts_, QString());
    sections_->addTab(steps_, QString());
    sections_->addTab(renewals_, QString());
    sections_->addTab(watch, QString());
    for (auto* t : {steps_, renewals_})
        t->setToolTip(tr("Double-cliquer pour ouvrir l'entreprise dans le fichier prospects"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Semaine jouée :")));
    top->addWidget(selector_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(summary_);
    layout->addWidget(sections_, 1);
    connect(selector_, &QComboBox::currentIndexChanged, this, &WeekResultsPanel::showSelected);
    connect(contacts_, &ContactTable::companyActivated, this, &WeekResultsPanel::companyActivated);
    for (auto* t : {steps_, renewals_})
        connect(t, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
            Q_EMIT companyActivated(item->data(0, Qt::UserRole).toUInt());
        });
}

int WeekResultsPanel::week() const {
    return selector_->currentData().toInt();
}

void WeekResultsPanel::refresh() {
    const auto& weeks = session_.campaign().weeks();
    const int played = static_cast<int>(weeks.size());
    // A new week played shows it; otherwise the week chosen stays (if it still exists).
    const int chosen = played != played_ || week() == 0 ? played : std::min(week(), played);
    played_ = played;
    {
        const QSignalBlocker block(selector_);
        selector_->clear();
        for (const auto& w : weeks)
            selector_->addItem(tr("Semaine %1 (du %2)").arg(w.week).arg(text(w.start.french())),
                               w.week);
        selector_->setCurrentIndex(selector_->findData(chosen));
    }
    showSelected();
}

bool WeekResultsPanel::showWeek(int week) {
    const int index = selector_->findData(week);
    if (index < 0) return false;
    selector_->setCurrentIndex(index);
    showSelected();
    return true;
}

void WeekResultsPanel::showSelected() {
    executions_->clear();
    steps_->clear();
    renewals_->clear();
    events_->clear();
    const auto& campaign = session_.campaign();
    const int w = week();
    if (w < 1 || w > static_cast<int>(campaign.weeks().size())) {
        summary_->setText(
            tr("Aucune semaine jouée : le bouton « Semaine suivante » joue la "
               "première avec le plan d'actions."));
        contacts_->showWeek(cmcsim::WeekResult{}, campaign);
        missed_->clear();
        sections_->setEnabled(false);
        return;
    }
    sections_->setEnabled(true);
    const auto& r = campaign.weeks()[static_cast<std::size_t>(w - 1)];
    const auto& market = campaign.market();
    // The dashboard's week: the daily call objective and the calls per day the engine counts.
    const auto dashboard = cmcsim::Dashboard::of(campaign, session_.state());
    const auto& d = dashboard.weeks[static_cast<std::size_t>(w - 1)];
    QString calls = tr("pas d'objectif d'appels par jour");
    if (d.dailyCallsObjective > 0) {
        const bool met = d.callsPerDay + 1e-9 >= static_cast<double>(d.dailyCallsObjective);
        calls = tr("objectif d'appels par jour : %1, réalisé : %2 par jour — <b>%3</b>")
                    .arg(number(static_cast<double>(d.dailyCallsObjective)),
                         number(d.callsPerDay, 1), met ? tr("atteint") : tr("non atteint"));
    }
    summary_->setText(
        tr("<b>Semaine %1</b> (du %2 au %3) — temps : %4 h utilisées sur %5 h ; budget : %6 "
           "dépensés sur %7 disponibles ; %8 ; signatures : %9 (%10 de primes annuelles)")
            .arg(r.week)
            .arg(text(r.start.french()), text(r.start.plusDays(6).french()), number(r.hoursUsed, 1),
                 number(r.capacityHours, 1), euros(r.spentEur), euros(r.budgetAvailableEur), calls)
            .arg(r.signatures)
            .arg(euros(r.premiumsSignedEur)));

    for (const auto& x : r.executions) {
        const auto* action =
            session_.state().weekRuns()[static_cast<std::size_t>(w - 1)].plan.action(x.action);
        auto* item = new QTreeWidgetItem(
            executions_,
            {text(x.action), weeks::channelLabel(x.channel), done(x.contacts, x.plannedContacts),
             number(static_cast<double>(x.reached)),
             QStringLiteral("%1 / %2").arg(number(x.hours, 1), number(x.plannedHours, 1)),
             QStringLiteral("%1 / %2").arg(euros(x.costEur), euros(x.plannedCostEur)),
             number(static_cast<double>(x.carried)), number(static_cast<double>(x.dropped)),
             x.limit.empty() ? tr("tout est fait") : text(x.limit)});
        // Figures right-aligned, as in the agenda (found on the 1366×768 walk: they were left).
        for (int c = 2; c <= 7; ++c) item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (action) item->setToolTip(0, text(action->description));
        if (!x.limit.empty()) item->setForeground(8, QColor(0xb0, 0x00, 0x20));
    }
    fit(executions_, 8);
    contacts_->showWeek(r, campaign);

    std::int64_t meetings = 0;
    for (const auto& c : r.contacts) {
        if (!c.meetingBooked) continue;
        ++meetings;
        companyItem(steps_,
                    {tr("Rendez-vous pris"), weeks::companyName(market, c.company),
                     weeks::companySiret(market, c.company),
                     tr("par « %1 » (%2)").arg(text(c.action), weeks::channelLabel(c.channel))},
                    c.company);
    }
    for (const auto& s : r.steps) {
        QString detail;
        if (s.stage == cmcsim::FunnelStage::Discovery) detail = tr("rendez-vous tenu");
        if (s.stage == cmcsim::FunnelStage::Signed)
            detail = tr("prime annuelle %1").arg(euros(s.annualPremiumEur));
        if (s.stage == cmcsim::FunnelStage::Lost)
            detail = text(cmcsim::WeekReport::reasonLabel(campaign, s.reason));
        if (s.stage == cmcsim::FunnelStage::Negotiation && s.retentionOffer)
            detail = tr("son assureur lui fait une offre de rétention");
        companyItem(steps_,
                    {text(cmcsim::funnelStageLabel(s.stage)), weeks::companyName(market, s.company),
                     weeks::companySiret(market, s.company), detail},
                    s.company);
    }
    fit(steps_, 3);

    // The portfolio's renewals show once its extract is bought (PortfolioSight).
    for (const auto& n : r.portfolioKnown ? r.renewals : decltype(r.renewals){}) {
        auto* item = companyItem(
            renewals_,
            {text(n.renewal.french()), weeks::companyName(market, n.company),
             weeks::companySiret(market, n.company), n.kept ? tr("reste client") : tr("perdu"),
             n.reviewed ? tr("oui") : tr("non"), euros(n.annualPremiumEur), text(n.reason)},
            n.company);
        if (!n.kept) item->setForeground(3, QColor(0xb0, 0x00, 0x20));
    }
    fit(renewals_, 6);

    // An event the candidate's sources did not bring is counted, never named (WeekReport).
    int missed = 0;
    for (const auto& e : r.events) {
        if (!cmcsim::WeekReport::shows(e, r)) continue;  // a client named before the extract
        if (!e.reached) {
            ++missed;
            continue;
        }
        auto* item = new QTreeWidgetItem(
            events_, {text(e.date.french()), text(cmcsim::marketEventLabel(e.kind)), text(e.text),
                      text(e.source),
                      e.effective == cmcsim::Date{} ? QString() : text(e.effective.french())});
        item->setToolTip(2, text(e.text));
        if (e.company >= 0) item->setData(0, Qt::UserRole, static_cast<qlonglong>(e.company));
    }
    fit(events_, 2);
    missed_->setText(missed == 0 ? QString()
                                 : tr("%n événement(s) non reçu(s) par les sources que vous ne "
                                      "suivez pas",
                                      nullptr, missed));

    const int reached = events_->topLevelItemCount();
    sections_->setTabText(0, tr("Actions (%1)").arg(r.executions.size()));
    sections_->setTabText(1, tr("Contacts et réponses (%1)").arg(r.contacts.size()));
    sections_->setTabText(
        2, tr("Pipeline (%1)").arg(static_cast<qlonglong>(r.steps.size()) + meetings));
    sections_->setTabText(3, r.portfolioKnown
                                 ? tr("Échéances du portefeuille (%1)").arg(r.renewals.size())
                                 : tr("Échéances du portefeuille (extrait non acheté)"));
    sections_->setTabText(4, tr("Veille (%1)").arg(reached));
}
