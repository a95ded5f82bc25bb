#pragma once

#include <QWidget>

#include "cmcsim/report/DashboardDocument.h"
#include "cmcsim/sim/Dashboard.h"

class StudioSession;
class WeekSeriesChart;
class FunnelChart;
class ConversionPanel;
class DashboardTableView;
class QLabel;
class QPushButton;
class QStackedWidget;

// The "Pilotage" workspace (issue 11 §4): the dashboard of the simulated weeks as charts —
// objectives against results by week and cumulated (contracts and premiums), the funnel, the
// activity by week, the conversion by channel and by segment beside their tables, retention and
// loss ratio of the portfolio — and its exports to XLSX and PDF (the engine's DashboardXlsx and
// DashboardDocument, the same as `cmcsim dashboard --xlsx/--pdf`). Before any week is played it
// says how to play one. Recomputed when shown after a change (the campaign replay is lazy).
class PilotingWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit PilotingWorkspace(StudioSession& session, QWidget* parent = nullptr);

    const cmcsim::Dashboard& dashboard() const { return dashboard_; }
    // The Document and the subject of the exports, as of the dashboard shown.
    cmcsim::Document document() const;
    cmcsim::DashboardSubject subject() const;
    // Exports to `requested`, or to a file asked with a dialog when empty; returns the file
    // written, empty when cancelled or refused (the reason shown in a message box).
    QString exportXlsx(const QString& requested = {});
    QString exportPdf(const QString& requested = {});
    // Recomputes the dashboard now (otherwise done when the tab is shown after a change).
    void refresh();
    bool showsEmptyState() const;
    WeekSeriesChart* contractsChart() const { return contracts_; }
    WeekSeriesChart* premiumsChart() const { return premiums_; }
    WeekSeriesChart* premiumsCumulatedChart() const { return premiumsCumulated_; }
    WeekSeriesChart* activityChart() const { return activity_; }
    FunnelChart* funnelChart() const { return funnel_; }
    ConversionPanel* channelPanel() const { return byChannel_; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The line above the charts: the weeks, signatures and premiums against their objectives,
    // retention and loss ratio.
    static QString summaryText(const cmcsim::Dashboard& d);
    // `requested`, or the file chosen in a dialog; empty when cancelled or refused (the attempt
    // itself, a folder: the reason shown).
    QString target(const QString& requested, const QString& title, const QString& suffix,
                   const QString& filter);

    StudioSession& session_;
    cmcsim::Dashboard dashboard_;
    bool stale_ = true;
    QLabel* summary_ = nullptr;
    QPushButton* xlsx_ = nullptr;
    QPushButton* pdf_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* empty_ = nullptr;
    WeekSeriesChart* contracts_ = nullptr;
    WeekSeriesChart* contractsCumulated_ = nullptr;
    WeekSeriesChart* premiums_ = nullptr;
    WeekSeriesChart* premiumsCumulated_ = nullptr;
    FunnelChart* funnel_ = nullptr;
    WeekSeriesChart* activity_ = nullptr;
    ConversionPanel* byChannel_ = nullptr;
    ConversionPanel* bySegment_ = nullptr;
    WeekSeriesChart* portfolio_ = nullptr;
    DashboardTableView* portfolioTable_ = nullptr;
};
