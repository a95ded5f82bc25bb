#include "plan/PlanHistoryPage.h"

#include <QDateTime>
#include <QLocale>
#include <QTableWidget>
#include <QTextBrowser>
#include <algorithm>
#include <utility>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/JournalText.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "plan/PlanTable.h"
#include "plan/PlanText.h"
#include "plan/PlanWorkspace.h"

using namespace studio;
using namespace studio::planTable;
using planText::hours;

namespace {

// What changed from `before` to `after`, "action « x » ajoutée ; capacité 35 h → 24 h".
QString actionDiff(const cmcsim::ActionPlan& before, const cmcsim::ActionPlan& after) {
    QStringList lines;
    for (const auto& a : after.actions) {
        const auto* old = before.action(a.id);
        if (!old)
            lines << PlanWorkspace::tr("action « %1 » ajoutée").arg(html(a.id));
        else if (old->toJson() != a.toJson())
            lines << PlanWorkspace::tr("action « %1 » modifiée").arg(html(a.id));
    }
    for (const auto& a : before.actions)
        if (!after.action(a.id))
            lines << PlanWorkspace::tr("action « %1 » retirée").arg(html(a.id));
    if (before.weeklyCapacityHours != after.weeklyCapacityHours)
        lines << PlanWorkspace::tr("capacité %1 → %2")
                     .arg(hours(before.weeklyCapacityHours), hours(after.weeklyCapacityHours));
    if (before.objectives.size() != after.objectives.size() ||
        !std::equal(before.objectives.begin(), before.objectives.end(), after.objectives.begin(),
                    [](const auto& x, const auto& y) { return x.toJson() == y.toJson(); }))
        lines << PlanWorkspace::tr("objectifs modifiés");
    if (before.targets.size() != after.targets.size() ||
        !std::equal(before.targets.begin(), before.targets.end(), after.targets.begin(),
                    [](const auto& x, const auto& y) { return x.toJson() == y.toJson(); }))
        lines << PlanWorkspace::tr("cibles modifiées");
    return lines.join(QStringLiteral(" ; "));
}

// The weeks played with version `version` of the plan (0: before any), "1 à 3", "2, 4" (empty
// when none), and how many.
std::pair<QString, int> weeksPlayedWith(const cmcsim::AttemptState& state, int version) {
    std::vector<int> weeks;
    for (const auto& run : state.weekRuns())
        if (planText::versionAt(state, run.entry) == version) weeks.push_back(run.week);
    QStringList spans;
    for (std::size_t i = 0; i < weeks.size();) {
        std::size_t j = i;
        while (j + 1 < weeks.size() && weeks[j + 1] == weeks[j] + 1) ++j;
        spans << (j == i ? QString::number(weeks[i])
                         : PlanWorkspace::tr("%1 à %2").arg(weeks[i]).arg(weeks[j]));
        i = j + 1;
    }
    return {spans.join(QStringLiteral(", ")), static_cast<int>(weeks.size())};
}

}  // namespace

// Its strings keep the translation context they were translated in, PlanWorkspace's.
PlanHistoryPage::PlanHistoryPage(StudioSession& session, QWidget* parent)
    : QSplitter(Qt::Vertical, parent), session_(session) {
    history_ = make(
        QStringLiteral("planHistory"),
        {PlanWorkspace::tr("Version"), PlanWorkspace::tr("Entrée"),
         PlanWorkspace::tr("Date simulée"), PlanWorkspace::tr("Enregistrée le"),
         PlanWorkspace::tr("Après"), PlanWorkspace::tr("Changement"), PlanWorkspace::tr("Actions"),
         PlanWorkspace::tr("Capacité"), PlanWorkspace::tr("Semaines jouées\navec cette version")});
    version_ = new QTextBrowser;
    version_->setObjectName(QStringLiteral("planVersion"));
    addWidget(history_);
    addWidget(version_);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    connect(history_, &QTableWidget::currentCellChanged, this,
            [this](int row) { showVersion(row); });
}

void PlanHistoryPage::refresh() {
    const auto& state = session_.state();
    const auto& versions = state.planVersions();
    const auto& journal = session_.journal();
    history_->setRowCount(static_cast<int>(versions.size()));
    for (int r = 0; r < history_->rowCount(); ++r) {
        const auto& v = versions[static_cast<std::size_t>(r)];
        const auto entry = std::find_if(journal.begin(), journal.end(),
                                        [&](const auto& e) { return e.sequence == v.entry; });
        int weeksBefore = 0;
        for (const auto& weekRun : state.weekRuns())
            if (weekRun.entry < v.entry) weeksBefore = std::max(weeksBefore, weekRun.week);
        auto* version = figure(QString::number(r + 1));
        version->setData(kActionRole, r);
        history_->setItem(r, 0, version);
        history_->setItem(r, 1, figure(QString::number(v.entry)));
        if (entry != journal.end()) {
            history_->setItem(r, 2, cell(text(entry->simulatedDate.french())));
            history_->setItem(
                r, 3,
                cell(
                    QLocale(QLocale::French)
                        .toString(
                            QDateTime::fromString(text(entry->wallTime), Qt::ISODate).toLocalTime(),
                            QLocale::ShortFormat)));
        }
        history_->setItem(
            r, 4,
            cell(weeksBefore ? PlanWorkspace::tr("%n semaine(s) jouée(s)", "", weeksBefore)
                             : PlanWorkspace::tr("avant la 1re semaine")));
        static const cmcsim::ActionPlan none;
        const auto& before = r > 0 ? versions[static_cast<std::size_t>(r - 1)].plan : none;
        history_->setItem(r, 5, cell(actionDiff(before, v.plan)));
        history_->setItem(r, 6, figure(QString::number(v.plan.actions.size())));
        history_->setItem(r, 7, figure(hours(v.plan.weeklyCapacityHours)));
        history_->setItem(r, 8, cell(weeksPlayedWith(state, r + 1).first));
    }
    history_->resizeColumnsToContents();
    history_->setColumnWidth(5, std::min(history_->columnWidth(5), 420));
    if (history_->rowCount() > 0 &&
        (history_->currentRow() < 0 || history_->currentRow() >= history_->rowCount() - 2))
        history_->selectRow(history_->rowCount() - 1);
    // The version shown below is the one in sight above (a tester saw version 17 described
    // under rows 3 to 11).
    if (auto* current = history_->item(history_->currentRow(), 0)) history_->scrollToItem(current);
    showVersion(history_->currentRow());
}

void PlanHistoryPage::showVersion(int row) {
    const auto& state = session_.state();
    const auto& versions = state.planVersions();
    // Weeks played before the plan's first change ran with the initial plan, without actions.
    const auto [initial, initialCount] = weeksPlayedWith(state, 0);
    const auto beforeAny = initial.isEmpty()
                               ? QString()
                               : PlanWorkspace::tr(
                                     "<p>Semaine(s) %1 jouée(s) avec le plan initial, "
                                     "sans objectif ni action.</p>",
                                     "", initialCount)
                                     .arg(initial);
    if (row < 0 || row >= static_cast<int>(versions.size())) {
        version_->setHtml(
            PlanWorkspace::tr("<i>Aucune version du plan : chaque modification du plan en "
                              "enregistre une.</i>") +
            beforeAny);
        return;
    }
    const auto& plan = versions[static_cast<std::size_t>(row)].plan;
    QString page =
        PlanWorkspace::tr("<b>Version %1</b> (entrée %2) : capacité %3 par semaine, %n action(s)",
                          "", static_cast<int>(plan.actions.size()))
            .arg(row + 1)
            .arg(versions[static_cast<std::size_t>(row)].entry)
            .arg(hours(plan.weeklyCapacityHours));
    page += QStringLiteral("<ul>");
    for (const auto& a : plan.actions)
        page += PlanWorkspace::tr(
                    "<li><b>%1</b> — %2, %3, semaines %4 à %5, %6 contacts par semaine, %7 par "
                    "semaine, budget %8</li>")
                    .arg(html(a.id), html(cmcsim::actionKindLabel(a.kind)),
                         planText::target(a, session_.state()).toHtmlEscaped())
                    .arg(a.firstWeek)
                    .arg(a.lastWeek)
                    .arg(a.contactsPerWeek)
                    .arg(hours(a.hoursPerWeek), euros(a.budgetEur));
    page += QStringLiteral("</ul>");
    for (const auto& o : plan.objectives)
        page += PlanWorkspace::tr("%1 : %n contrat(s), %2 de primes<br>", "",
                                  static_cast<int>(o.newContracts))
                    .arg(planText::period(o), euros(o.premiumsEur));
    const auto [played, playedCount] = weeksPlayedWith(state, row + 1);
    page += played.isEmpty()
                ? PlanWorkspace::tr("<p>Aucune semaine jouée avec cette version.</p>")
                : PlanWorkspace::tr("<p>Semaine(s) jouée(s) avec cette version : %1.</p>", "",
                                    playedCount)
                      .arg(played);
    if (row == 0) page = beforeAny + page;
    version_->setHtml(page);
}
