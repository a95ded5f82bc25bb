#include "plan/PlanWorkspace.h"

#include <QDateTime>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <optional>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/plan/PlanReview.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "plan/ActionDialog.h"
#include "plan/ObjectiveDialog.h"
#include "plan/PlanText.h"

using namespace studio;

namespace {

constexpr int kActionRole = Qt::UserRole;
constexpr int kWeekRole = Qt::UserRole + 1;
constexpr int kSegmentRole = Qt::UserRole + 2;

QTableWidget* table(const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

// A cell the candidate cannot edit.
QTableWidgetItem* cell(const QString& value, Qt::Alignment align = Qt::AlignLeft) {
    auto* item = new QTableWidgetItem(value);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* figure(const QString& value) {
    return cell(value, Qt::AlignRight);
}

QString hours(double h) {
    return number(h, 1) + QStringLiteral(" h");
}

// A number typed in a cell, French or not ("1 250,5", "1250.5 €"); nullopt when not one.
std::optional<double> typedNumber(QString typed) {
    typed.remove(QLatin1Char(' ')).remove(QChar(0x202F)).remove(QChar(0x00A0));
    typed.remove(QStringLiteral("€")).remove(QStringLiteral("h"));
    bool ok = false;
    double value = QLocale(QLocale::French).toDouble(typed, &ok);
    if (!ok) value = typed.toDouble(&ok);
    if (!ok || value < 0) return std::nullopt;
    return value;
}

// "45 % Santé BTP, 10 % Commerce": the shares above zero of the policy's segments.
QString shares(const std::vector<double>& values,
               const std::vector<cmcsim::SegmentCriteria>& segments) {
    QStringList parts;
    for (std::size_t i = 0; i < values.size() && i < segments.size(); ++i)
        if (values[i] > 0)
            parts << percent(values[i], 0) + QLatin1Char(' ') + text(segments[i].label);
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

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

}  // namespace

PlanWorkspace::PlanWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    // Objectifs
    objectives_ = table(QStringLiteral("planObjectives"),
                        {tr("Période"), tr("Nouveaux contrats"), tr("Primes annuelles (€)"),
                         tr("Appels par jour")});
    objectives_->setToolTip(tr("Double-cliquer sur un chiffre pour le modifier"));
    objectivesSummary_ = new QLabel;
    objectivesSummary_->setObjectName(QStringLiteral("planObjectivesSummary"));
    objectivesSummary_->setWordWrap(true);
    objectivesSummary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    objectivesSummary_->setMinimumWidth(320);
    addObjective_ = new QPushButton(tr("Ajouter un objectif…"));
    addObjective_->setObjectName(QStringLiteral("planAddObjective"));
    removeObjective_ = new QPushButton(tr("Retirer l'objectif"));
    auto* objectivesPage = new QWidget;
    auto* objectivesButtons = new QHBoxLayout;
    objectivesButtons->addWidget(addObjective_);
    objectivesButtons->addWidget(removeObjective_);
    objectivesButtons->addStretch();
    auto* objectivesLeft = new QVBoxLayout;
    objectivesLeft->addWidget(objectives_, 1);
    objectivesLeft->addLayout(objectivesButtons);
    auto* objectivesLayout = new QHBoxLayout(objectivesPage);
    objectivesLayout->addLayout(objectivesLeft, 3);
    objectivesLayout->addWidget(objectivesSummary_, 2);

    // Cibles
    targets_ = table(QStringLiteral("planTargets"),
                     {tr("Segment (cocher : cible du plan)"), tr("Priorité"), tr("Lignes"),
                      tr("Dans les segments prioritaires"), tr("Dans les segments exclus")});
    targets_->setToolTip(
        tr("Cocher un segment pour en faire une cible ; double-cliquer sur la priorité "
           "(1 la plus haute) pour la changer"));
    auto* targetsPage = new QWidget;
    auto* targetsLayout = new QVBoxLayout(targetsPage);
    targetsLayout->addWidget(
        new QLabel(tr("Les segments viennent du fichier prospects ; leur part dans les segments "
                      "de la politique commerciale est comptée sur les lignes telles que vous "
                      "les voyez.")));
    targetsLayout->addWidget(targets_, 1);

    // Actions
    actions_ = table(
        QStringLiteral("planActions"),
        {tr("Identifiant"), tr("Type"), tr("Cible"), tr("Semaines"), tr("Contacts\npar sem."),
         tr("Heures / sem.\ndéclarées"), tr("Heures / sem.\ndu modèle"), tr("Budget\ndéclaré"),
         tr("Budget\ndu modèle"), tr("Rendement\nattendu"), tr("Description")});
    actions_->setToolTip(tr("Double-cliquer sur une action pour la modifier"));
    addAction_ = new QPushButton(tr("Ajouter une action…"));
    addAction_->setObjectName(QStringLiteral("planAddAction"));
    editAction_ = new QPushButton(tr("Modifier…"));
    editAction_->setObjectName(QStringLiteral("planEditAction"));
    removeAction_ = new QPushButton(tr("Retirer l'action"));
    removeAction_->setObjectName(QStringLiteral("planRemoveAction"));
    auto* actionsPage = new QWidget;
    auto* actionsLayout = new QVBoxLayout(actionsPage);
    actionsLayout->addWidget(actions_, 1);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(addAction_);
    actionButtons->addWidget(editAction_);
    actionButtons->addWidget(removeAction_);
    actionButtons->addStretch();
    actionsLayout->addLayout(actionButtons);

    // Calendrier
    capacity_ = new QDoubleSpinBox;
    capacity_->setObjectName(QStringLiteral("planCapacity"));
    capacity_->setRange(0, 168);
    capacity_->setDecimals(1);
    capacity_->setSuffix(tr(" h par semaine de 5 jours"));
    applyCapacity_ = new QPushButton(tr("Appliquer"));
    applyCapacity_->setObjectName(QStringLiteral("planApplyCapacity"));
    calendarNote_ = new QLabel;
    calendar_ = table(
        QStringLiteral("planCalendar"),
        {tr("Semaine"), tr("Du"), tr("Au"), tr("Jours\nouvrés"), tr("Jours fériés"), tr("Capacité"),
         tr("Heures du modèle / capacité"), tr("Heures\ndéclarées"), tr("Actions"), tr("État")});
    auto* calendarPage = new QWidget;
    auto* calendarLayout = new QVBoxLayout(calendarPage);
    auto* capacityRow = new QHBoxLayout;
    capacityRow->addWidget(new QLabel(tr("Capacité commerciale :")));
    capacityRow->addWidget(capacity_);
    capacityRow->addWidget(applyCapacity_);
    capacityRow->addWidget(calendarNote_, 1);
    calendarLayout->addLayout(capacityRow);
    calendarLayout->addWidget(calendar_, 1);

    // Historique
    history_ = table(QStringLiteral("planHistory"),
                     {tr("Version"), tr("Entrée"), tr("Date simulée"), tr("Enregistrée le"),
                      tr("Après"), tr("Changement"), tr("Actions"), tr("Capacité")});
    version_ = new QTextBrowser;
    version_->setObjectName(QStringLiteral("planVersion"));
    auto* historyPage = new QSplitter(Qt::Vertical);
    historyPage->addWidget(history_);
    historyPage->addWidget(version_);
    historyPage->setStretchFactor(0, 3);
    historyPage->setStretchFactor(1, 2);

    pages_ = new QTabWidget;
    pages_->setObjectName(QStringLiteral("planPages"));
    pages_->addTab(objectivesPage, tr("Objectifs"));
    pages_->addTab(targetsPage, tr("Cibles"));
    pages_->addTab(actionsPage, tr("Actions"));
    pages_->addTab(calendarPage, tr("Calendrier"));
    pages_->addTab(historyPage, tr("Historique"));

    warningsTitle_ = new QLabel;
    warnings_ = new QListWidget;
    warnings_->setObjectName(QStringLiteral("planWarnings"));
    warnings_->setWordWrap(true);
    warnings_->setToolTip(tr("Cliquer sur un avertissement pour aller à ce qu'il concerne"));
    auto* warningsBox = new QWidget;
    auto* warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->addWidget(warningsTitle_);
    warningsLayout->addWidget(warnings_, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(pages_);
    splitter->addWidget(warningsBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    for (auto* b :
         {addObjective_, removeObjective_, addAction_, editAction_, removeAction_, applyCapacity_})
        guardCommand(b, session_);
    guardCommand(capacity_, session_);
    if (session_.evaluator())
        for (auto* t : {objectives_, targets_})
            t->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(addObjective_, &QPushButton::clicked, this, &PlanWorkspace::addObjective);
    connect(removeObjective_, &QPushButton::clicked, this, [this] {
        const int row = objectives_->currentRow();
        const auto& objectives = session_.state().plan().objectives;
        if (row < 0 || row >= static_cast<int>(objectives.size())) return;
        const auto& o = objectives[static_cast<std::size_t>(row)];
        run(tr("Retrait de l'objectif (%1)").arg(planText::period(o)),
            cmcsim::command::kPlanObjectiveRemove, {{"semaine", o.week}, {"mois", o.month}});
    });
    connect(objectives_, &QTableWidget::cellChanged, this, &PlanWorkspace::objectiveEdited);
    connect(targets_, &QTableWidget::cellChanged, this, &PlanWorkspace::targetEdited);
    connect(addAction_, &QPushButton::clicked, this, [this] { editAction(); });
    connect(editAction_, &QPushButton::clicked, this, [this] {
        if (const auto id = selectedActionId(); !id.isEmpty()) editAction(id);
    });
    connect(actions_, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!session_.evaluator()) editAction(selectedActionId());
    });
    connect(removeAction_, &QPushButton::clicked, this, &PlanWorkspace::removeSelectedAction);
    connect(applyCapacity_, &QPushButton::clicked, this, &PlanWorkspace::applyCapacity);
    connect(warnings_, &QListWidget::itemClicked, this, &PlanWorkspace::showWarning);
    connect(history_, &QTableWidget::currentCellChanged, this,
            [this](int row) { showVersion(row); });
    connect(&session_, &StudioSession::changed, this, &PlanWorkspace::refresh);
    refresh();
}

bool PlanWorkspace::run(const QString& label, const std::string& kind,
                        const nlohmann::json& payload) {
    const bool done = session_.run(label, kind, payload);
    if (!done) refresh();  // the table shows the plan again, not the refused edit
    return done;
}

bool PlanWorkspace::addObjective() {
    ObjectiveDialog dialog(session_.scenario().durationWeeks,
                           planText::lastPlayedWeek(session_.state()) + 1, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    const auto objective = dialog.objective();
    return run(tr("Objectif (%1)").arg(planText::period(objective)),
               cmcsim::command::kPlanObjective, objective.toJson());
}

bool PlanWorkspace::editAction(const QString& id) {
    const auto* existing =
        id.isEmpty() ? nullptr : session_.state().plan().action(id.toStdString());
    ActionDialog dialog(session_, existing, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    const auto action = dialog.action();
    return run((existing ? tr("Modification de l'action « %1 »") : tr("Ajout de l'action « %1 »"))
                   .arg(text(action.id)),
               cmcsim::command::kPlanAction, action.toJson());
}

bool PlanWorkspace::removeSelectedAction() {
    const auto id = selectedActionId();
    if (id.isEmpty()) return false;
    return run(tr("Retrait de l'action « %1 »").arg(id), cmcsim::command::kPlanActionRemove,
               {{"id", id.toStdString()}});
}

bool PlanWorkspace::applyCapacity() {
    return run(tr("Capacité de %1 par semaine").arg(hours(capacity_->value())),
               cmcsim::command::kPlanCapacity, {{"heures_semaine", capacity_->value()}});
}

QString PlanWorkspace::selectedActionId() const {
    const int row = actions_->currentRow();
    if (row < 0 || !actions_->item(row, 0)) return {};
    return actions_->item(row, 0)->data(kActionRole).toString();
}

void PlanWorkspace::showWarning(const QListWidgetItem* item) {
    if (!item) return;
    const auto action = item->data(kActionRole).toString();
    const int week = item->data(kWeekRole).toInt();
    const auto segment = item->data(kSegmentRole).toString();
    auto select = [this](QTableWidget* t, int role, const QVariant& value) {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->data(role) == value) {
                pages_->setCurrentWidget(t->parentWidget());
                t->selectRow(r);
                t->scrollToItem(t->item(r, 0));
                return;
            }
    };
    if (!action.isEmpty())
        select(actions_, kActionRole, action);
    else if (week > 0)
        select(calendar_, kWeekRole, week);
    else if (!segment.isEmpty())
        select(targets_, kSegmentRole, segment);
}

void PlanWorkspace::refresh() {
    refreshing_ = true;
    const auto& state = session_.state();
    capacity_->setValue(state.plan().weeklyCapacityHours);
    const auto review =
        cmcsim::PlanReview::of(session_.reference(), session_.scenario(), session_.view(), state);
    refreshObjectives();
    refreshTargets(review);
    refreshWarnings(review);
    refreshActions();
    refreshCalendar();
    refreshHistory();
    refreshing_ = false;
}

void PlanWorkspace::refreshObjectives() {
    const QSignalBlocker block(objectives_);
    const auto& state = session_.state();
    const auto& plan = state.plan();
    const auto& policy = session_.scenario().policy;
    objectives_->setRowCount(static_cast<int>(plan.objectives.size()));
    const bool weekly = std::any_of(plan.objectives.begin(), plan.objectives.end(),
                                    [](const auto& o) { return o.week > 0; });
    std::int64_t contracts = 0;
    double premiums = 0;
    const int played = planText::lastPlayedWeek(state);
    for (int r = 0; r < objectives_->rowCount(); ++r) {
        const auto& o = plan.objectives[static_cast<std::size_t>(r)];
        if ((o.week > 0) == weekly) {
            contracts += o.newContracts;
            premiums += o.premiumsEur;
        }
        objectives_->setItem(r, 0, cell(planText::period(o)));
        const QString values[] = {number(static_cast<double>(o.newContracts)),
                                  number(o.premiumsEur), number(static_cast<double>(o.dailyCalls))};
        for (int c = 1; c <= 3; ++c) {
            auto* item = new QTableWidgetItem(values[c - 1]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // A played week's objective stays as it was; a month has no daily call objective.
            if (session_.evaluator() || (o.week > 0 && o.week <= played) || (c == 3 && !o.week))
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            objectives_->setItem(r, c, item);
        }
    }
    objectives_->resizeColumnsToContents();
    auto line = [](const QString& what, double planned, double target, const QString& shown,
                   const QString& targetShown) {
        const bool ok = target <= 0 || planned >= target;
        return QStringLiteral(
                   "<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td>"
                   "<td>%4</td></tr>")
            .arg(what, shown, targetShown, ok ? QStringLiteral("✔") : QStringLiteral("⚠"));
    };
    objectivesSummary_->setText(
        tr("<b>Objectifs de la mutuelle sur l'épreuve</b> (politique commerciale du scénario) "
           "et total des vôtres (%1) :")
            .arg(weekly ? tr("objectifs hebdomadaires") : tr("objectifs mensuels à défaut")) +
        QStringLiteral("<table cellspacing=6><tr><th></th><th>%1</th><th>%2</th><th></th></tr>")
            .arg(tr("Plan"), tr("Mutuelle")) +
        line(tr("Nouveaux contrats"), static_cast<double>(contracts),
             static_cast<double>(policy.newContracts), number(static_cast<double>(contracts)),
             number(static_cast<double>(policy.newContracts))) +
        line(tr("Primes annuelles"), premiums, policy.annualPremiumEur, euros(premiums),
             euros(policy.annualPremiumEur)) +
        QStringLiteral("</table>"));
}

void PlanWorkspace::objectiveEdited(int row, int column) {
    if (refreshing_) return;
    const auto& objectives = session_.state().plan().objectives;
    if (row < 0 || row >= static_cast<int>(objectives.size()) || column < 1) return;
    auto o = objectives[static_cast<std::size_t>(row)];
    const auto value = typedNumber(objectives_->item(row, column)->text());
    if (!value) {
        Q_EMIT session_.refused(
            tr("« %1 » n'est pas un nombre positif").arg(objectives_->item(row, column)->text()));
        refresh();
        return;
    }
    if (column == 1) o.newContracts = static_cast<std::int64_t>(*value);
    if (column == 2) o.premiumsEur = *value;
    if (column == 3) o.dailyCalls = static_cast<std::int64_t>(*value);
    run(tr("Objectif (%1)").arg(planText::period(o)), cmcsim::command::kPlanObjective, o.toJson());
}

void PlanWorkspace::refreshTargets(const cmcsim::PlanReview& review) {
    const QSignalBlocker block(targets_);
    const auto& state = session_.state();
    const auto& policy = session_.scenario().policy;
    const auto& segments = state.segments();
    targets_->setRowCount(static_cast<int>(segments.size()));
    for (int r = 0; r < targets_->rowCount(); ++r) {
        const auto& s = segments[static_cast<std::size_t>(r)];
        const auto* target = state.plan().target(s.id);
        auto* name = new QTableWidgetItem(text(s.name));
        name->setData(kSegmentRole, text(s.id));
        name->setFlags((name->flags() & ~Qt::ItemIsEditable) |
                       (session_.evaluator() ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        name->setCheckState(target ? Qt::Checked : Qt::Unchecked);
        targets_->setItem(r, 0, name);
        auto* priority =
            new QTableWidgetItem(target ? QString::number(target->priority) : QStringLiteral("—"));
        priority->setTextAlignment(Qt::AlignCenter);
        if (!target || session_.evaluator())
            priority->setFlags(priority->flags() & ~Qt::ItemIsEditable);
        targets_->setItem(r, 1, priority);
        const auto share = std::find_if(review.segments.begin(), review.segments.end(),
                                        [&](const auto& x) { return x.segmentId == s.id; });
        if (share == review.segments.end()) continue;
        targets_->setItem(r, 2, figure(number(static_cast<double>(share->lines))));
        targets_->setItem(r, 3, cell(shares(share->priorityShares, policy.prioritySegments)));
        targets_->setItem(r, 4, cell(shares(share->excludedShares, policy.excludedSegments)));
    }
    targets_->resizeColumnsToContents();
}

void PlanWorkspace::refreshWarnings(const cmcsim::PlanReview& review) {
    warnings_->clear();
    for (const auto& w : review.warnings) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + text(w.message));
        item->setData(kActionRole, text(w.actionId));
        item->setData(kWeekRole, w.week);
        item->setData(kSegmentRole, text(w.segmentId));
        warnings_->addItem(item);
    }
    warningsTitle_->setText(review.warnings.empty()
                                ? tr("<b>Contrôles du plan</b> : aucun avertissement")
                                : tr("<b>Contrôles du plan</b> : %n avertissement(s)", "",
                                     static_cast<int>(review.warnings.size())));
    calendarNote_->setText(
        review.calendar.alsaceMoselle() ? tr("Jours fériés d'Alsace-Moselle compris") : QString());
}

void PlanWorkspace::targetEdited(int row, int column) {
    if (refreshing_) return;
    auto* name = targets_->item(row, 0);
    if (!name) return;
    const auto id = name->data(kSegmentRole).toString().toStdString();
    const auto& plan = session_.state().plan();
    const auto* target = plan.target(id);
    if (column == 0) {
        if (name->checkState() == Qt::Checked && !target) {
            int priority = 1;
            for (const auto& t : plan.targets) priority = std::max(priority, t.priority + 1);
            run(tr("Cible « %1 »").arg(name->text()), cmcsim::command::kPlanTarget,
                cmcsim::PlanTarget{id, priority}.toJson());
        } else if (name->checkState() == Qt::Unchecked && target) {
            run(tr("Retrait de la cible « %1 »").arg(name->text()),
                cmcsim::command::kPlanTargetRemove, {{"segment", id}});
        }
    } else if (column == 1 && target) {
        bool ok = false;
        const int priority = targets_->item(row, 1)->text().trimmed().toInt(&ok);
        if (!ok || priority < 1) {
            Q_EMIT session_.refused(tr("La priorité est un entier, 1 pour la plus haute"));
            refresh();
            return;
        }
        run(tr("Priorité %1 pour « %2 »").arg(priority).arg(name->text()),
            cmcsim::command::kPlanTarget, cmcsim::PlanTarget{id, priority}.toJson());
    }
}

void PlanWorkspace::refreshActions() {
    const auto& state = session_.state();
    const auto& costs = session_.reference().actionCosts;
    const auto current = selectedActionId();
    const auto& actions = state.plan().actions;
    const int played = planText::lastPlayedWeek(state);
    actions_->setRowCount(static_cast<int>(actions.size()));
    for (int r = 0; r < actions_->rowCount(); ++r) {
        const auto& a = actions[static_cast<std::size_t>(r)];
        const auto cost = costs.cost(a);
        auto* id = cell(text(a.id));
        id->setData(kActionRole, text(a.id));
        if (a.lastWeek <= played) id->setToolTip(tr("Action terminée : ses semaines sont jouées"));
        actions_->setItem(r, 0, id);
        actions_->setItem(r, 1, cell(text(cmcsim::actionKindLabel(a.kind))));
        auto* target = cell(planText::target(a, state));
        target->setToolTip(target->text());
        actions_->setItem(r, 2, target);
        actions_->setItem(
            r, 3,
            cell(a.firstWeek == a.lastWeek ? QString::number(a.firstWeek)
                                           : tr("%1 à %2").arg(a.firstWeek).arg(a.lastWeek)));
        actions_->setItem(r, 4, figure(number(static_cast<double>(a.contactsPerWeek))));
        actions_->setItem(r, 5, figure(hours(a.hoursPerWeek)));
        actions_->setItem(r, 6, figure(hours(cost.hoursPerWeek)));
        actions_->setItem(r, 7, figure(euros(a.budgetEur)));
        actions_->setItem(r, 8, figure(euros(cost.totalEur)));
        actions_->setItem(r, 9, figure(percent(a.expectedYield)));
        auto description = text(a.description).simplified();
        auto* d = cell(description.left(80) +
                       (description.size() > 80 ? QStringLiteral("…") : QString()));
        d->setToolTip(text(a.description));
        actions_->setItem(r, 10, d);
        if (text(a.id) == current) actions_->selectRow(r);
    }
    actions_->resizeColumnsToContents();
    actions_->setColumnWidth(2, std::min(actions_->columnWidth(2), 200));
    actions_->setColumnWidth(10, std::min(actions_->columnWidth(10), 260));
}

void PlanWorkspace::refreshCalendar() {
    const auto& state = session_.state();
    const auto& plan = state.plan();
    const cmcsim::PlanCalendar calendar(session_.scenario(), plan.weeklyCapacityHours);
    const int played = planText::lastPlayedWeek(state);
    const auto& weeks = calendar.weeks();
    calendar_->setRowCount(static_cast<int>(weeks.size()));
    for (int r = 0; r < calendar_->rowCount(); ++r) {
        const auto& w = weeks[static_cast<std::size_t>(r)];
        const double model = plan.modelledHours(w.number, session_.reference().actionCosts);
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
        bar->setFormat(tr("%1 sur %2").arg(hours(model), hours(w.capacityHours)));
        bar->setTextVisible(true);
        bar->setStyleSheet(QStringLiteral("QProgressBar{border:1px solid #999;border-radius:2px;"
                                          "text-align:center;background:white}"
                                          "QProgressBar::chunk{background:%1}")
                               .arg(over ? QStringLiteral("#d9534f") : QStringLiteral("#7fb77e")));
        bar->setProperty("over", over);
        calendar_->setItem(r, 7, figure(hours(plan.plannedHours(w.number))));
        QStringList running;
        for (const auto& a : plan.actions)
            if (a.runsIn(w.number)) running << text(a.id);
        calendar_->setItem(r, 8, cell(running.join(QStringLiteral(", "))));
        auto* status = cell(w.number <= played ? tr("jouée") : QString());
        status->setToolTip(w.number <= played ? tr("Semaine jouée : verrouillée") : QString());
        calendar_->setItem(r, 9, status);
        if (w.number <= played)
            for (int c = 0; c < calendar_->columnCount(); ++c)
                if (auto* item = calendar_->item(r, c)) item->setForeground(Qt::darkGray);
    }
    calendar_->resizeColumnsToContents();
    calendar_->setColumnWidth(6, std::max(calendar_->columnWidth(6), 180));
    calendar_->setColumnWidth(4, std::min(calendar_->columnWidth(4), 260));
}

void PlanWorkspace::refreshHistory() {
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
        history_->setItem(r, 4,
                          cell(weeksBefore ? tr("%n semaine(s) jouée(s)", "", weeksBefore)
                                           : tr("avant la 1re semaine")));
        static const cmcsim::ActionPlan none;
        const auto& before = r > 0 ? versions[static_cast<std::size_t>(r - 1)].plan : none;
        history_->setItem(r, 5, cell(actionDiff(before, v.plan)));
        history_->setItem(r, 6, figure(QString::number(v.plan.actions.size())));
        history_->setItem(r, 7, figure(hours(v.plan.weeklyCapacityHours)));
    }
    history_->resizeColumnsToContents();
    history_->setColumnWidth(5, std::min(history_->columnWidth(5), 420));
    // The newest version stays selected as versions are added (an older one chosen stays).
    if (history_->rowCount() > 0 &&
        (history_->currentRow() < 0 || history_->currentRow() >= history_->rowCount() - 2))
        history_->selectRow(history_->rowCount() - 1);
    showVersion(history_->currentRow());
}

void PlanWorkspace::showVersion(int row) {
    const auto& versions = session_.state().planVersions();
    if (row < 0 || row >= static_cast<int>(versions.size())) {
        version_->setHtml(
            tr("<i>Aucune version du plan : chaque modification du plan en "
               "enregistre une.</i>"));
        return;
    }
    const auto& plan = versions[static_cast<std::size_t>(row)].plan;
    QString page = tr("<b>Version %1</b> (entrée %2) : capacité %3 par semaine, %n action(s)", "",
                      static_cast<int>(plan.actions.size()))
                       .arg(row + 1)
                       .arg(versions[static_cast<std::size_t>(row)].entry)
                       .arg(hours(plan.weeklyCapacityHours));
    page += QStringLiteral("<ul>");
    for (const auto& a : plan.actions)
        page += tr("<li><b>%1</b> — %2, %3, semaines %4 à %5, %6 contacts par semaine, %7 par "
                   "semaine, budget %8</li>")
                    .arg(html(a.id), html(cmcsim::actionKindLabel(a.kind)),
                         planText::target(a, session_.state()).toHtmlEscaped())
                    .arg(a.firstWeek)
                    .arg(a.lastWeek)
                    .arg(a.contactsPerWeek)
                    .arg(hours(a.hoursPerWeek), euros(a.budgetEur));
    page += QStringLiteral("</ul>");
    for (const auto& o : plan.objectives)
        page += tr("%1 : %n contrat(s), %2 de primes<br>", "", static_cast<int>(o.newContracts))
                    .arg(planText::period(o), euros(o.premiumsEur));
    version_->setHtml(page);
}
