#pragma once

#include <QWidget>
#include <cstdint>

class StudioSession;
class WeekHeader;
class WeekAgenda;
class WeekResultsPanel;
class FunnelPanel;
class QLabel;
class QTabWidget;

// The "Semaine" workspace (issue 11 §3): the week to play with its agenda, the buttons that run
// the weeks (journal command semaine.execution), the results of the played weeks and the funnel
// per company, all read from StudioSession::campaign (the weeks replayed from the journal).
class WeekWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit WeekWorkspace(StudioSession& session, QWidget* parent = nullptr);

    // Runs simulated week `week` (the next one, from the button); false when refused, then the
    // engine's reason shows in notice().
    bool runWeek(int week);
    // Runs the weeks up to `last` inclusive with a progress dialog, stopping at the first
    // refusal; returns how many were run.
    int runUntil(int last);

    WeekHeader* header() const { return header_; }
    WeekAgenda* agenda() const { return agenda_; }
    WeekResultsPanel* results() const { return results_; }
    FunnelPanel* funnel() const { return funnel_; }
    QTabWidget* pages() const { return pages_; }
    // The engine's reason of the last refusal, hidden after a week that ran.
    QLabel* notice() const { return notice_; }

Q_SIGNALS:
    // Asks the window to show the company of this line of the prospect file.
    void prospectLineRequested(std::uint32_t line);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void goToDialog();
    void openCompany(std::uint32_t company);

    StudioSession& session_;
    WeekHeader* header_ = nullptr;
    WeekAgenda* agenda_ = nullptr;
    WeekResultsPanel* results_ = nullptr;
    FunnelPanel* funnel_ = nullptr;
    QTabWidget* pages_ = nullptr;
    QLabel* notice_ = nullptr;
    int shownRuns_ = -1;  // weeks played when last refreshed
    bool stale_ = true;   // changed while hidden: refreshed when shown
};
