#pragma once

#include <QSplitter>

class QTableWidget;
class QTextBrowser;
class StudioSession;

// The plan workspace's "Historique" page: the plan's versions, one per plan command not undone,
// with when and after which played week each was made and what it changed, and below the
// version chosen in full.
class PlanHistoryPage : public QSplitter {
public:
    explicit PlanHistoryPage(StudioSession& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return history_; }
    QTextBrowser* version() const { return version_; }
    // Re-reads the versions from the state shown; the newest stays selected as versions are
    // added (an older one chosen stays).
    void refresh();

private:
    void showVersion(int row);

    StudioSession& session_;
    QTableWidget* history_ = nullptr;
    QTextBrowser* version_ = nullptr;
};
