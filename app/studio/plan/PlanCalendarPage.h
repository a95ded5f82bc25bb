#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;
class StudioSession;

// The plan workspace's "Calendrier" page: the weekly capacity the candidate sets, and the
// scenario's weeks with their working days, public holidays, capacity, the hours the model and
// the candidate count for the plan's actions, and which weeks are played.
class PlanCalendarPage : public QWidget {
public:
    explicit PlanCalendarPage(StudioSession& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return calendar_; }
    QDoubleSpinBox* capacity() const { return capacity_; }
    // Sets the weekly capacity to the spin box's value; false if refused.
    bool applyCapacity();
    // Re-reads the plan and the weeks played from the state shown.
    void refresh();

private:
    StudioSession& session_;
    QTableWidget* calendar_ = nullptr;
    QLabel* note_ = nullptr;
    QDoubleSpinBox* capacity_ = nullptr;
    QPushButton* apply_ = nullptr;
};
