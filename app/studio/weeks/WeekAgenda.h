#pragma once

#include <QWidget>

class StudioSession;
class QLabel;
class QTreeWidget;

// This week's agenda, before it is played: the plan's actions running in the week with the
// contacts, hours and euros the cost model charges (ActionCostModel), the daily call objective,
// and the meetings booked for the week (Campaign::progress).
class WeekAgenda : public QWidget {
    Q_OBJECT
public:
    explicit WeekAgenda(StudioSession& session, QWidget* parent = nullptr);

    // Shows week `week` of the plan (nothing after the scenario's last week).
    void showWeek(int week);
    QTreeWidget* actions() const { return actions_; }
    QTreeWidget* meetings() const { return meetings_; }
    QLabel* objective() const { return objective_; }

Q_SIGNALS:
    // A meeting's company was double-clicked (Market::companies index).
    void companyActivated(std::uint32_t company);

private:
    StudioSession& session_;
    QTreeWidget* actions_ = nullptr;
    QLabel* totals_ = nullptr;
    QLabel* objective_ = nullptr;
    QTreeWidget* meetings_ = nullptr;
};
