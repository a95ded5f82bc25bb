#include "plan/PlanWorkspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/plan/PlanReview.h"
#include "cmcsim/plan/PlayedWeeks.h"
#include "common/ReadOnlyGuard.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "plan/ActionDialog.h"
#include "plan/ObjectiveDialog.h"
#include "plan/PlanCalendarPage.h"
#include "plan/PlanHistoryPage.h"
#include "plan/PlanTable.h"
#include "plan/PlanText.h"

using namespace studio;
using namespace studio::planTable;
using planText::hours;

namespace {

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

}  // namespace

PlanWorkspace::PlanWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    // Objectifs
    objectives_ =
        make(QStringLiteral("planObjectives"), {tr("Période"), tr("Nouveaux contrats"),
                                                tr("Primes annuelles (€)"), tr("Appels par jour")});
    objectives_->setToolTip(tr("Double-cliquer sur un chiffre pour le modifier"));
    objectivesSummary_ = new QLabel;
    objectivesSummary_->setObjectName(QStringLiteral("planObjectivesSummary"));
    objectivesSummary_->setWordWrap(true);
    objectivesSummary_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    objectivesSummary_->setMinimumWidth(320);
    addObjective_ = new QPushButton(tr("Ajouter un objectif…"));
    addObjective_->setObjectName(QStringLiteral("planAddObjective"));
    removeObjective_ = new QPushButton(tr("Retirer l'objectif"));
    removeObjective_->setObjectName(QStringLiteral("planRemoveObjective"));
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
    targets_ = make(QStringLiteral("planTargets"),
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
    actions_ =
        make(QStringLiteral("planActions"),
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

    calendarPage_ = new PlanCalendarPage(session_);
    historyPage_ = new PlanHistoryPage(session_);

    pages_ = new QTabWidget;
    pages_->setObjectName(QStringLiteral("planPages"));
    pages_->addTab(objectivesPage, tr("Objectifs"));
    pages_->addTab(targetsPage, tr("Cibles"));
    pages_->addTab(actionsPage, tr("Actions"));
    pages_->addTab(calendarPage_, tr("Calendrier"));
    pages_->addTab(historyPage_, tr("Historique"));

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

    for (auto* b : {addObjective_, removeObjective_, addAction_, editAction_, removeAction_})
        guardCommand(b, session_);
    if (session_.evaluator())
        for (auto* t : {objectives_, targets_})
            t->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(addObjective_, &QPushButton::clicked, this, &PlanWorkspace::addObjective);
    connect(removeObjective_, &QPushButton::clicked, this, &PlanWorkspace::removeSelectedObjective);
    for (auto* t : {objectives_, actions_})
        connect(t, &QTableWidget::itemSelectionChanged, this, &PlanWorkspace::updateButtons);
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
    connect(warnings_, &QListWidget::itemClicked, this, &PlanWorkspace::showWarning);
    connect(&session_, &StudioSession::changed, this, &PlanWorkspace::refresh);
    refresh();
}

QTableWidget* PlanWorkspace::calendar() const {
    return calendarPage_->table();
}

QDoubleSpinBox* PlanWorkspace::capacity() const {
    return calendarPage_->capacity();
}

QTableWidget* PlanWorkspace::history() const {
    return historyPage_->table();
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

bool PlanWorkspace::removeSelectedObjective() {
    const auto* o = selectedObjective();
    if (!o) return false;
    return run(tr("Retrait de l'objectif (%1)").arg(planText::period(*o)),
               cmcsim::command::kPlanObjectiveRemove, {{"semaine", o->week}, {"mois", o->month}});
}

bool PlanWorkspace::removeSelectedAction() {
    const auto id = selectedActionId();
    if (id.isEmpty()) return false;
    return run(tr("Retrait de l'action « %1 »").arg(id), cmcsim::command::kPlanActionRemove,
               {{"id", id.toStdString()}});
}

bool PlanWorkspace::applyCapacity() {
    return calendarPage_->applyCapacity();
}

QString PlanWorkspace::selectedActionId() const {
    const int row = selectedRow(actions_);
    if (row < 0 || !actions_->item(row, 0)) return {};
    return actions_->item(row, 0)->data(kActionRole).toString();
}

const cmcsim::PlanObjective* PlanWorkspace::selectedObjective() const {
    const int row = selectedRow(objectives_);
    const auto& objectives = session_.state().plan().objectives;
    if (row < 0 || row >= static_cast<int>(objectives.size())) return nullptr;
    return &objectives[static_cast<std::size_t>(row)];
}

void PlanWorkspace::updateButtons() {
    if (session_.evaluator()) return;  // all stay disabled (ReadOnlyGuard)
    const cmcsim::PlayedWeeks played(session_.scenario(),
                                     planText::lastPlayedWeek(session_.state()));
    // Enabled only with something selected it applies to; when refused, the tooltip says why.
    const auto enable = [](QPushButton* button, bool selected, const QString& none,
                           const std::optional<std::string>& refusal) {
        button->setEnabled(selected && !refusal);
        button->setToolTip(!selected ? none : refusal ? text(*refusal) : QString());
    };
    const auto* objective = selectedObjective();
    enable(removeObjective_, objective != nullptr,
           tr("Sélectionner d'abord un objectif dans le tableau"),
           objective ? played.objectiveRefusal(objective->week, objective->month) : std::nullopt);
    const auto id = selectedActionId();
    const auto* action = id.isEmpty() ? nullptr : session_.state().plan().action(id.toStdString());
    const auto noAction = tr("Sélectionner d'abord une action dans le tableau");
    enable(editAction_, action != nullptr, noAction, std::nullopt);
    enable(removeAction_, action != nullptr, noAction,
           action ? played.removalRefusal(*action) : std::nullopt);
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
        select(calendarPage_->table(), kWeekRole, week);
    else if (!segment.isEmpty())
        select(targets_, kSegmentRole, segment);
}

void PlanWorkspace::refresh() {
    refreshing_ = true;
    const auto& state = session_.state();
    const auto review =
        cmcsim::PlanReview::of(session_.reference(), session_.scenario(), session_.view(), state);
    refreshObjectives();
    refreshTargets(review);
    refreshWarnings(review);
    refreshActions();
    calendarPage_->refresh();
    historyPage_->refresh();
    updateButtons();
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
    actions_->setColumnWidth(2, std::min(actions_->columnWidth(2), 260));
    actions_->setColumnWidth(10, std::min(actions_->columnWidth(10), 260));
}
