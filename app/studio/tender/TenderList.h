#pragma once

#include <QTableWidget>

namespace cmcsim {
class TenderDesk;
}

// The calls for tender published by the simulated date: the company, the submission deadline as
// week and date, and the candidate's stage (TenderDesk::list), one row each.
class TenderList : public QTableWidget {
    Q_OBJECT
public:
    enum Column { kCompany, kDeadline, kStage, kColumns };

    explicit TenderList(QWidget* parent = nullptr);
    // Lists the desk's tenders, keeping the selected one when it is still listed (else the first);
    // emits nothing: the caller shows currentId().
    void fill(const cmcsim::TenderDesk& desk);
    // The id of the selected tender, empty if none.
    QString currentId() const;
    // Selects the row of tender `id`; false when it is not listed.
    bool select(const QString& id);

Q_SIGNALS:
    void tenderChosen(const QString& id);  // the selection changed to tender `id`

protected:
    // Shares the width among the columns (the company the widest), the texts wrapping: readable
    // however narrow the list (the workspace's left pane at 1366 × 768).
    void resizeEvent(QResizeEvent* event) override;
};
