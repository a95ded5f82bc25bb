#include "plan/PlanCalendarPage.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <map>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/reference/ReferenceData.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "plan/PlanTable.h"
#include "plan/PlanText.h"
#include "plan/PlanWorkspace.h"

using namespace studio;
using namespace studio::planTable;
using planText::hours;

// Its strings keep the translation context they were translated in, PlanWorkspace's.
PlanCalendarPage::PlanCalendarPage(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    capacity_ = new QDoubleSpinBox;
    capacity_->setObjectName(QStringLiteral("planCapacity"));
    // The legal weekly maximum the journal enforces (datasets/regles_plan.csv).
    capacity_->setRange(0, session.reference().planRules.rule("capacite_max_legale").threshold);
    capacity_->setDecimals(1);
    capacity_->setSuffix(PlanWorkspace::tr(" h par semaine de 5 jours"));
    apply_ = new QPushButton(PlanWorkspace::tr("Appliquer"));
    apply_->setObjectName(QStringLiteral("planApplyCapacity"));
    note_ = new QLabel;
    calendar_ =
        make(QStringLiteral("planCalendar"),
             {PlanWorkspace::tr("Semaine"), PlanWorkspace::tr("Du"), PlanWorkspace::tr("Au"),
              PlanWorkspace::tr("Jours\nouvrés"), PlanWorkspace::tr("Jours fériés"),
              PlanWorkspace::tr("Capacité"), PlanWorkspace::tr("Heures du modèle / capacité"),
              PlanWorkspace::tr("Heures\ndéclarées"), PlanWorkspace::tr("Actions"),
              PlanWorkspace::tr("État")});
    auto* layout = new QVBoxLayout(this);
    auto* capacityRow = new QHBoxLayout;
    capacityRow->addWidget(new QLabel(PlanWorkspace::tr("Capacité commerciale :")));
    capacityRow->addWidget(capacity_);
    capacityRow->addWidget(apply_);
    capacityRow->addWidget(note_, 1);
    layout->addLayout(capacityRow);
    layout->addWidget(calendar_, 1);
    guardCommand(apply_, session_);
    guardCommand(capacity_, session_);
    connect(apply_, &QPushButton::clicked, this, &PlanCalendarPage::applyCapacity);
}

bool PlanCalendarPage::applyCapacity() {
    const bool done =
        session_.run(PlanWorkspace::tr("Capacité de %1 par semaine").arg(hours(capacity_->value())),
                     cmcsim::command::kPlanCapacity, {{"heures_semaine", capacity_->value()}});
    if (!done) refresh();  // the spin box shows the plan's capacity again
    return done;
}

void PlanCalendarPage::refresh() {
    const auto& state = session_.state();
    const auto& plan = state.plan();
    capacity_->setValue(plan.weeklyCapacityHours);
    const cmcsim::PlanCalendar calendar(session_.scenario(), plan.weeklyCapacityHours);
    note_->setText(calendar.alsaceMoselle()
                       ? PlanWorkspace::tr("Jours fériés d'Alsace-Moselle compris")
                       : QString());
    // A played week shows the plan it ran with (WeekRun::plan), not the plan now.
    std::map<int, const cmcsim::WeekRun*> runs;
    for (const auto& run : state.weekRuns()) runs[run.week] = &run;
    const auto& weeks = calendar.weeks();
    calendar_->setRowCount(static_cast<int>(weeks.size()));
    for (int r = 0; r < calendar_->rowCount(); ++r) {
        auto w = weeks[static_cast<std::size_t>(r)];
        const auto found = runs.find(w.number);
        const auto* run = found == runs.end() ? nullptr : found->second;
        const auto& weekPlan = run ? run->plan : plan;
        if (run)
            w.capacityHours = cmcsim::PlanCalendar::weekOf(session_.scenario(), w.number,
                                                           weekPlan.weeklyCapacityHours)
                                  .capacityHours;
        const double model = weekPlan.modelledHours(w.number, session_.reference().actionCosts);
        auto* weekItem = figure(QString::number(w.number));
        weekItem->setData(kWeekRole, w.number);
        calendar_->setItem(r, 0, weekItem);
        calendar_->setItem(r, 1, cell(text(w.first.french())));
        calendar_->setItem(r, 2, cell(text(w.last.french())));
        calendar_->setItem(r, 3, figure(QString::number(w.workingDays.size())));
        QStringList holidays;
        for (const auto& h : w.holidays)
            holidays << QStringLiteral("%1 %2").arg(text(h.date.french()).left(5), text(h.name));
        calendar_->setItem(r, 4, cell(holidays.join(QStringLiteral(", "))));
        calendar_->setItem(r, 5, figure(hours(w.capacityHours)));
        // One bar per row, kept across refreshes (a replaced cell widget lingers until deleted).
        auto* bar = qobject_cast<QProgressBar*>(calendar_->cellWidget(r, 6));
        if (!bar) {
            bar = new QProgressBar;
            calendar_->setCellWidget(r, 6, bar);
        }
        const bool over = model > w.capacityHours + 1e-9;
        bar->setRange(0, std::max(1, static_cast<int>(std::lround(w.capacityHours * 10))));
        bar->setValue(std::min(bar->maximum(), static_cast<int>(std::lround(model * 10))));
        bar->setFormat(PlanWorkspace::tr("%1 sur %2").arg(hours(model), hours(w.capacityHours)));
        bar->setTextVisible(true);
        bar->setStyleSheet(QStringLiteral("QProgressBar{border:1px solid #999;border-radius:2px;"
                                          "text-align:center;background:white}"
                                          "QProgressBar::chunk{background:%1}")
                               .arg(over ? QStringLiteral("#d9534f") : QStringLiteral("#7fb77e")));
        bar->setProperty("over", over);
        calendar_->setItem(r, 7, figure(hours(weekPlan.plannedHours(w.number))));
        QStringList running;
        for (const auto& a : weekPlan.actions)
            if (a.runsIn(w.number)) running << text(a.id);
        calendar_->setItem(r, 8, cell(running.join(QStringLiteral(", "))));
        auto* status = cell(run ? PlanWorkspace::tr("jouée") : QString());
        if (run) {
            const int version = planText::versionAt(state, run->entry);
            status->setToolTip(
                version > 0
                    ? PlanWorkspace::tr("Semaine jouée avec la version %1 du plan (ses actions et "
                                        "sa capacité, montrées ici) : verrouillée")
                          .arg(version)
                    : PlanWorkspace::tr("Semaine jouée avant toute modification du plan : "
                                        "verrouillée"));
        }
        calendar_->setItem(r, 9, status);
        if (run)
            for (int c = 0; c < calendar_->columnCount(); ++c)
                if (auto* item = calendar_->item(r, c)) item->setForeground(Qt::darkGray);
    }
    calendar_->resizeColumnsToContents();
    calendar_->setColumnWidth(6, std::max(calendar_->columnWidth(6), 180));
    calendar_->setColumnWidth(4, std::min(calendar_->columnWidth(4), 260));
}
