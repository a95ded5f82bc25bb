#include "meeting/MeetingList.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingTranscript.h"
#include "common/StudioText.h"
#include "common/WrappingItemDelegate.h"

using namespace studio;

MeetingList::MeetingList(QWidget* parent) : QTreeWidget(parent) {
    setObjectName(QStringLiteral("meetingList"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    // A narrow list at 1366×768: the subject wraps rather than being cut.
    WrappingItemDelegate::install(this);
    setColumnCount(kColumns);
    setHeaderLabels({tr("Rendez-vous"), tr("Confiance"), tr("Issue")});
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(kMeeting, QHeaderView::Stretch);
    header()->setSectionResizeMode(kTrust, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(kOutcome, QHeaderView::ResizeToContents);
    headerItem()->setToolTip(kTrust, tr("Confiance de l'entreprise, sur 100"));
    headerItem()->setToolTip(kOutcome, tr("Issue du rendez-vous : en cours, signé, prochaine "
                                          "étape obtenue ou perdu"));
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
        const auto name = text(cmcsim::oneLine(market.companies[t.company].name));
        const auto subject = record ? text(cmcsim::oneLine(record->subject)) : QString();
        const auto phase = tr("Phase : %1").arg(text(cmcsim::meetingPhaseLabel(t.phase)));
        QStringList lines{tr("n° %1 — %2").arg(t.meeting).arg(name)};
        if (!subject.isEmpty()) lines << tr("« %1 »").arg(subject);
        lines << phase;
        item->setText(kMeeting, lines.join(QLatin1Char('\n')));
        item->setData(kMeeting, Qt::UserRole, t.meeting);
        item->setToolTip(kMeeting,
                         tr("%1 (SIRET %2)").arg(name, text(t.siret)) +
                             (subject.isEmpty() ? QString() : QStringLiteral("\n") + subject) +
                             QStringLiteral("\n") + phase);
        item->setText(kTrust, number(t.trust));
        item->setToolTip(kTrust, tr("Confiance : %1 / 100").arg(number(t.trust)));
        item->setTextAlignment(kTrust, Qt::AlignRight | Qt::AlignTop);
        item->setText(kOutcome, text(cmcsim::meetingOutcomeLabel(t.outcome)));
        item->setToolTip(kOutcome, item->text(kOutcome));
        item->setTextAlignment(kOutcome, Qt::AlignLeft | Qt::AlignTop);
        if (t.outcome == cmcsim::MeetingOutcome::Signed)
            item->setForeground(kOutcome, QColor(0x1b, 0x7a, 0x2f));
        else if (t.outcome == cmcsim::MeetingOutcome::Lost)
            item->setForeground(kOutcome, QColor(0xb0, 0x00, 0x20));
        if (t.meeting == keep) setCurrentItem(item);
    }
}

int MeetingList::selected() const {
    const auto* item = currentItem();
    return item ? item->data(kMeeting, Qt::UserRole).toInt() : 0;
}

void MeetingList::select(int meeting) {
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->data(kMeeting, Qt::UserRole).toInt() == meeting) {
            setCurrentItem(topLevelItem(i));
            return;
        }
}
