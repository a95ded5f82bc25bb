#pragma once

#include <QWidget>

#include "cmcsim/attempt/AttemptState.h"

class StudioSession;
class QTableWidget;

// The segments panel: the candidate's targets with their own figures beside the counts their
// filter really gives; create from the current filter, edit, delete, apply, export.
class SegmentsPanel : public QWidget {
    Q_OBJECT
public:
    explicit SegmentsPanel(StudioSession& session, QWidget* parent = nullptr);

    void refresh();
    // Saves `segment` (new or edited) as a journal command.
    bool save(const cmcsim::Segment& segment);
    bool remove(const std::string& id);
    QTableWidget* table() const { return table_; }

Q_SIGNALS:
    // Asks the workspace for the current filter when creating a segment.
    void currentFilterRequested(cmcsim::ProspectFilter& filter);
    void applyFilter(const cmcsim::ProspectFilter& filter);
    void exportRequested(const cmcsim::ProspectFilter& filter, const QString& name);

private:
    const cmcsim::Segment* selected() const;
    void create();
    void edit();

    StudioSession& session_;
    QTableWidget* table_ = nullptr;
};
