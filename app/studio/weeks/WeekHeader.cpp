#include "weeks/WeekHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/sim/Campaign.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"

using namespace studio;

WeekHeader::WeekHeader(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    title_ = new QLabel;
    title_->setObjectName(QStringLiteral("weekTitle"));
    title_->setWordWrap(true);
    resources_ = new QLabel;
    resources_->setObjectName(QStringLiteral("weekResources"));
    resources_->setWordWrap(true);
    next_ = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")),
                            tr("Semaine suivante"));
    next_->setObjectName(QStringLiteral("weekNext"));
    goTo_ = new QPushButton(QIcon::fromTheme(QStringLiteral("media-seek-forward")),
                            tr("Aller à la semaine…"));
    goTo_->setObjectName(QStringLiteral("weekGoTo"));
    for (auto* b : {next_, goTo_}) guardCommand(b, session_);

    auto* texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(title_);
    texts->addWidget(resources_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(texts, 1);
    layout->addWidget(next_);
    layout->addWidget(goTo_);
    connect(next_, &QPushButton::clicked, this, &WeekHeader::nextRequested);
    connect(goTo_, &QPushButton::clicked, this, &WeekHeader::goToRequested);
}

void WeekHeader::refresh() {
    const auto& state = session_.state();
    const auto& scenario = session_.scenario();
    const int played = static_cast<int>(state.weekRuns().size());
    const int next = played + 1;
    const bool remaining = next <= scenario.durationWeeks;
    const cmcsim::PlanCalendar calendar(scenario, state.plan().weeklyCapacityHours);
    if (const auto* week = remaining ? calendar.week(next) : nullptr) {
        QStringList holidays;
        for (const auto& h : week->holidays)
            holidays << QStringLiteral("%1 (%2)").arg(text(h.name), text(h.date.french()));
        title_->setText(tr("<b>Semaine %1 sur %2</b> — du lundi %3 au dimanche %4%5")
                            .arg(next)
                            .arg(scenario.durationWeeks)
                            .arg(text(week->first.french()), text(week->last.french()),
                                 holidays.isEmpty()
                                     ? QString()
                                     : tr(" ; jours fériés : %1").arg(holidays.join(tr(", ")))));
    } else {
        title_->setText(
            tr("<b>Les %1 semaines de l'épreuve sont jouées</b>").arg(scenario.durationWeeks));
    }
    // The weeks charge the budget the studies left; Campaign::spentEur is what the weeks spent.
    const double budget = std::max(0.0, state.budgetLeft() - session_.campaign().spentEur());
    const auto* week = calendar.week(std::min(next, scenario.durationWeeks));
    resources_->setText(
        tr("Capacité de la semaine : %1 h (jours fériés déduits) — budget restant : %2")
            .arg(number(week ? week->capacityHours : 0, 1), euros(budget)) +
        QStringLiteral(" — ") + tr("%n semaine(s) jouée(s)", nullptr, played));
    const bool open = remaining && !state.sealed() && !session_.evaluator();
    const QString why = state.sealed() ? tr("L'épreuve est remise : plus aucune semaine ne se joue")
                        : !remaining   ? tr("La dernière semaine de l'épreuve est jouée")
                                       : QString();
    for (auto* b : {next_, goTo_}) {
        b->setEnabled(open);
        if (!session_.evaluator() && !why.isEmpty()) b->setToolTip(why);
    }
    if (!open) return;
    next_->setToolTip(tr("Joue la semaine %1 : les actions du plan, les réponses des "
                         "entreprises, la veille et les échéances")
                          .arg(next));
    goTo_->setToolTip(tr("Joue plusieurs semaines à la suite ; s'arrête au premier refus"));
}
