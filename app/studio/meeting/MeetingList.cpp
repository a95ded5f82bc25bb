#include "meeting/MeetingList.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "common/StudioText.h"

using namespace studio;

MeetingList::MeetingList(QWidget* parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("meetingList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setColumnCount(kColumns);
    setHeaderLabels(
        {tr("N°"), tr("Entreprise"), tr("Objet"), tr("Phase"), tr("Confiance"), tr("Issue")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(kCompany, QHeaderView::Stretch);
    for (int c : {kNumber, kPhase, kTrust, kOutcome})
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(kSubject, QHeaderView::Interactive);
    setColumnWidth(kSubject, 90);
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this] { Q_EMIT meetingSelected(selected()); });
}

void MeetingList::showMeetings(const std::vector<cmcsim::MeetingTranscript>& meetings,
                               const cmcsim::AttemptState& state, const cmcsim::Market& market) {
    const int keep = selected();
    const QSignalBlocker block(this);
    clear();
    for (const auto& t : meetings) {
        const auto* record = state.meetings().meeting(t.meeting);
        auto* item = new QTreeWidgetItem(this);
        item->setText(kNumber, QString::number(t.meeting));
        item->setData(kNumber, Qt::UserRole, t.meeting);
        item->setText(kCompany, text(cmcsim::oneLine(market.companies[t.company].name)));
        item->setToolTip(kCompany, tr("SIRET %1").arg(text(t.siret)));
        const auto subject = record ? text(cmcsim::oneLine(record->subject)) : QString();
        item->setText(kSubject, subject);
        item->setToolTip(kSubject, subject);
        item->setText(kPhase, text(cmcsim::meetingPhaseLabel(t.phase)));
        item->setText(kTrust, number(t.trust));
        item->setTextAlignment(kTrust, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(kOutcome, text(cmcsim::meetingOutcomeLabel(t.outcome)));
        if (t.outcome == cmcsim::MeetingOutcome::Signed)
            item->setForeground(kOutcome, QColor(0x1b, 0x7a, 0x2f));
        else if (t.outcome == cmcsim::MeetingOutcome::Lost)
            item->setForeground(kOutcome, QColor(0xb0, 0x00, 0x20));
        if (t.meeting == keep) setCurrentItem(item);
    }
}

int MeetingList::selected() const {
    const auto* item = currentItem();
    return item ? item->data(kNumber, Qt::UserRole).toInt() : 0;
}

void MeetingList::select(int meeting) {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(kNumber, Qt::UserRole).toInt() == meeting) {
            setCurrentItem(topLevelItem(i));
            return;
        }
}
