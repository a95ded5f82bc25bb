#pragma once

#include <QString>
#include <QWidget>
#include <nlohmann/json.hpp>
#include <string>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;
class QTableWidget;
class PlanCalendarPage;
class PlanHistoryPage;
class StudioSession;
namespace cmcsim {
struct PlanObjective;
struct PlanReview;
}  // namespace cmcsim

// The "Plan d'actions" workspace (issue 11 §2): the candidate's objectives beside the mutuelle's,
// the targets with their share in the policy's priority and excluded segments, the actions with
// declared and modelled costs, the calendar of the scenario's weeks with capacity and public
// holidays, the plan checks' warnings live, and the plan's versions. Every change is a journal
// command run through the session (undoable); in evaluator mode everything is read-only.
class PlanWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit PlanWorkspace(StudioSession& session, QWidget* parent = nullptr);

    // The pages, in order: Objectifs, Cibles, Actions, Calendrier, Historique.
    QTabWidget* pages() const { return pages_; }
    QTableWidget* objectives() const { return objectives_; }
    QLabel* objectivesSummary() const { return objectivesSummary_; }
    QTableWidget* targets() const { return targets_; }
    QTableWidget* actions() const { return actions_; }
    QTableWidget* calendar() const;
    QDoubleSpinBox* capacity() const;
    QListWidget* warnings() const { return warnings_; }
    QTableWidget* history() const;

    // Opens the objective dialog and sets the objective it returns; false if cancelled or refused.
    bool addObjective();
    // Opens the action dialog on a new action (empty id) or on action `id`, and puts the action
    // it returns; false if cancelled or refused.
    bool editAction(const QString& id = {});
    // Removes the objective selected in the objectives table; false if none or refused.
    bool removeSelectedObjective();
    // Removes the action selected in the actions table; false if none or refused.
    bool removeSelectedAction();
    // Sets the weekly capacity to the spin box's value; false if refused.
    bool applyCapacity();
    // Selects what a warning points at: its action, else its week, else its target.
    void showWarning(const QListWidgetItem* item);
    // Re-reads the plan and its review from the state shown.
    void refresh();

private:
    bool run(const QString& label, const std::string& kind, const nlohmann::json& payload);
    void refreshObjectives();
    void refreshTargets(const cmcsim::PlanReview& review);
    void refreshWarnings(const cmcsim::PlanReview& review);
    void refreshActions();
    void objectiveEdited(int row, int column);
    void targetEdited(int row, int column);
    QString selectedActionId() const;                        // empty when no row is selected
    const cmcsim::PlanObjective* selectedObjective() const;  // null when no row is selected
    // Enables the buttons that act on a selected row only when one is, and the command allowed.
    void updateButtons();

    StudioSession& session_;
    QTabWidget* pages_ = nullptr;
    QTableWidget* objectives_ = nullptr;
    QLabel* objectivesSummary_ = nullptr;
    QPushButton* addObjective_ = nullptr;
    QPushButton* removeObjective_ = nullptr;
    QTableWidget* targets_ = nullptr;
    QTableWidget* actions_ = nullptr;
    QPushButton* addAction_ = nullptr;
    QPushButton* editAction_ = nullptr;
    QPushButton* removeAction_ = nullptr;
    PlanCalendarPage* calendarPage_ = nullptr;
    QLabel* warningsTitle_ = nullptr;
    QListWidget* warnings_ = nullptr;
    PlanHistoryPage* historyPage_ = nullptr;
    bool refreshing_ = false;  // tables being filled: their edits are not the candidate's
};
