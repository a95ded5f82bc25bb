#pragma once

#include <QWidget>
#include <cstdint>

class StudioSession;
class ContactTable;
class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

// The results of a played week (a selector of the played weeks, the last by default): each
// action planned against made with its limit, the daily call objective met or not, the contacts
// and their answers, the pipeline's steps, the renewals and the market-watch events the
// candidate's sources brought (the others are counted, never named, as `cmcsim week` does).
class WeekResultsPanel : public QWidget {
    Q_OBJECT
public:
    explicit WeekResultsPanel(StudioSession& session, QWidget* parent = nullptr);

    // Re-reads the played weeks; keeps the week chosen unless a new one was played.
    void refresh();
    // Shows played week `week` (1..); false if it is not played.
    bool showWeek(int week);
    int week() const;
    QComboBox* selector() const { return selector_; }
    QLabel* summary() const { return summary_; }
    QTabWidget* sections() const { return sections_; }
    QTreeWidget* executions() const { return executions_; }
    ContactTable* contacts() const { return contacts_; }
    QTreeWidget* steps() const { return steps_; }
    QTreeWidget* renewals() const { return renewals_; }
    QTreeWidget* events() const { return events_; }
    QLabel* missedEvents() const { return missed_; }

Q_SIGNALS:
    void companyActivated(std::uint32_t company);

private:
    void showSelected();

    StudioSession& session_;
    QComboBox* selector_ = nullptr;
    QLabel* summary_ = nullptr;
    QTabWidget* sections_ = nullptr;
    QTreeWidget* executions_ = nullptr;
    ContactTable* contacts_ = nullptr;
    QTreeWidget* steps_ = nullptr;
    QTreeWidget* renewals_ = nullptr;
    QTreeWidget* events_ = nullptr;
    QLabel* missed_ = nullptr;
    int played_ = 0;
};
