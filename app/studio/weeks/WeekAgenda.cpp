#include "weeks/WeekAgenda.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/sim/Campaign.h"
#include "common/StudioSession.h"
#include "weeks/WeekText.h"

using namespace studio;

namespace {
enum ActionColumn { kAction, kKind, kTarget, kContacts, kHours, kEuros, kActionColumns };
}

WeekAgenda::WeekAgenda(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    actions_ = new QTreeWidget;
    actions_->setObjectName(QStringLiteral("weekAgendaActions"));
    actions_->setRootIsDecorated(false);
    actions_->setColumnCount(kActionColumns);
    actions_->setHeaderLabels({tr("Action"), tr("Type"), tr("Cible"), tr("Contacts"), tr("Heures"),
                               tr("Coût de la semaine")});
    actions_->header()->setSectionResizeMode(kTarget, QHeaderView::Stretch);
    actions_->header()->setStretchLastSection(false);
    totals_ = new QLabel;
    totals_->setWordWrap(true);
    objective_ = new QLabel;
    objective_->setObjectName(QStringLiteral("weekAgendaObjective"));
    meetings_ = new QTreeWidget;
    meetings_->setObjectName(QStringLiteral("weekAgendaMeetings"));
    meetings_->setRootIsDecorated(false);
    meetings_->setHeaderLabels({tr("Entreprise"), tr("SIRET"), tr("Pris par"), tr("Canal")});
    meetings_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    meetings_->header()->setStretchLastSection(false);
    meetings_->setToolTip(tr("Double-cliquer pour ouvrir l'entreprise dans le fichier prospects"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("<b>Actions du plan cette semaine</b> (coût du modèle : "
                      "contacts, heures et euros imputés)")));
    layout->addWidget(actions_, 3);
    layout->addWidget(totals_);
    layout->addWidget(objective_);
    layout->addWidget(new QLabel(tr("<b>Rendez-vous de la semaine</b>")));
    layout->addWidget(meetings_, 2);
    connect(meetings_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT companyActivated(item->data(0, Qt::UserRole).toUInt());
    });
}

void WeekAgenda::showWeek(int week) {
    actions_->clear();
    meetings_->clear();
    const auto& state = session_.state();
    const auto& plan = state.plan();
    const auto& costs = session_.reference().actionCosts;
    double hours = 0, eur = 0;
    for (const auto& action : plan.actions) {
        if (!action.runsIn(week)) continue;
        const auto cost = costs.cost(action);
        hours += cost.hoursPerWeek;
        eur += cost.eurPerWeek;
        QString target;
        if (!action.segmentId.empty())
            for (const auto& s : state.segments())
                if (s.id == action.segmentId) target = tr("Segment « %1 »").arg(text(s.name));
        if (target.isEmpty() && !action.sirets.empty())
            target =
                tr("%n entreprise(s) nommée(s)", nullptr, static_cast<int>(action.sirets.size()));
        if (target.isEmpty() && !action.prescriberKind.empty())
            target = tr("Prescripteurs : %1").arg(text(action.prescriberKind));
        if (target.isEmpty() && action.kind == cmcsim::ActionKind::PortfolioReview)
            target = tr("Clients du portefeuille");
        auto* item = new QTreeWidgetItem(
            actions_, {text(action.id), text(cmcsim::actionKindLabel(action.kind)), target,
                       number(static_cast<double>(cost.contactsPerWeek)),
                       number(cost.hoursPerWeek, 1), euros(cost.eurPerWeek)});
        item->setToolTip(kAction, text(action.description));
        for (int c : {kContacts, kHours, kEuros}) item->setTextAlignment(c, Qt::AlignRight);
    }
    for (int c = 0; c < kActionColumns; ++c)
        if (c != kTarget) actions_->resizeColumnToContents(c);
    const cmcsim::PlanCalendar calendar(session_.scenario(), plan.weeklyCapacityHours);
    const auto* planWeek = calendar.week(week);
    totals_->setText(actions_->topLevelItemCount() == 0
                         ? tr("Aucune action du plan ne court cette semaine.")
                         : tr("Total : %1 h sur %2 h de capacité, %3 de coût de la semaine")
                               .arg(number(hours, 1),
                                    number(planWeek ? planWeek->capacityHours : 0, 1), euros(eur)));
    const auto* objective = plan.objective(week, 0);
    objective_->setText(objective && objective->dailyCalls > 0
                            ? tr("Objectif d'appels par jour : <b>%1</b>")
                                  .arg(number(static_cast<double>(objective->dailyCalls)))
                            : tr("Pas d'objectif d'appels par jour pour cette semaine"));
    const auto& campaign = session_.campaign();
    const auto& market = session_.market();
    for (const auto& [company, progress] : campaign.progress()) {
        if (progress.stage != cmcsim::FunnelStage::Meeting || progress.nextStep != week) continue;
        auto* item = new QTreeWidgetItem(
            meetings_, {weeks::companyName(market, company), weeks::companySiret(market, company),
                        text(progress.action), weeks::channelLabel(progress.channel)});
        item->setData(0, Qt::UserRole, company);
    }
}
