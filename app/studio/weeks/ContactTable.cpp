#include "weeks/ContactTable.h"

#include <QStandardItem>
#include <QVBoxLayout>

#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/WeekReport.h"
#include "weeks/CompanyTable.h"
#include "weeks/WeekText.h"

using namespace studio;

ContactTable::ContactTable(QWidget* parent) : QWidget(parent) {
    rows_ = new CompanyTable(QStringLiteral("weekContacts"), tr("Toutes les réponses"));
    rows_->addCategory(tr("Non joints"), NotReached);
    rows_->addCategory(tr("Joints sans suite"), Reached);
    rows_->addCategory(tr("Intéressés, à rappeler"), Interested);
    rows_->addCategory(tr("Rendez-vous pris"), Meeting);
    rows_->addCategory(tr("Refus"), Refused);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows_);
    connect(rows_, &CompanyTable::companyActivated, this, &ContactTable::companyActivated);
}

void ContactTable::showWeek(const cmcsim::WeekResult& week, const cmcsim::Campaign& campaign) {
    rows_->reset({tr("Entreprise"), tr("SIRET"), tr("Action"), tr("Canal"), tr("Réponse"),
                  tr("Motif du refus"), tr("Rappel")});
    const QString answers[] = {tr("Non joint"), tr("Joint, sans suite"), tr("Intéressé"),
                               tr("Rendez-vous pris"), tr("Refus")};
    const auto& market = campaign.market();
    for (const auto& c : week.contacts) {
        const Answer answer = !c.reached           ? NotReached
                              : c.meetingBooked    ? Meeting
                              : !c.refusal.empty() ? Refused
                              : c.interested       ? Interested
                                                   : Reached;
        rows_->appendRow(
            c.company, answer,
            {weeks::cell(weeks::companyName(market, c.company)),
             weeks::cell(weeks::companySiret(market, c.company)),
             weeks::cell(c.action == "introduction" ? tr("Introduction") : text(c.action)),
             weeks::cell(weeks::channelLabel(c.channel)),
             weeks::cell(answers[answer], static_cast<int>(answer)),
             weeks::cell(c.refusal.empty()
                             ? QString()
                             : text(cmcsim::WeekReport::reasonLabel(campaign, c.refusal))),
             weeks::cell(c.callback ? tr("Rappel demandé")
                         : c.warm   ? tr("Contact chaud")
                                    : QString())});
    }
    rows_->fitColumns();
}
