#pragma once

#include <QObject>
#include <QString>

class EvaluationWorkspace;
class GridWorkspace;
class QDockWidget;
class QMainWindow;
class QTabWidget;
class StudioSession;
class TimelinePanel;

// What evaluator mode adds to the main window while a read-only attempt is open: the timeline
// docked under the workspaces, the "Évaluation" and "Grille d'évaluation" workspaces, the receipt
// check, and the link from an evidence entry to the timeline. Deleting it removes the dock (the tab
// belongs to `tabs`).
class EvaluatorMode : public QObject {
    Q_OBJECT
public:
    // `receipt`: what the evaluator typed (checked against the file), empty for no check.
    EvaluatorMode(QMainWindow& window, QTabWidget& tabs, StudioSession& session,
                  const QString& receipt);
    ~EvaluatorMode() override;

    TimelinePanel* timeline() const { return timeline_; }
    EvaluationWorkspace* evaluation() const { return evaluation_; }
    // The "Grille d'évaluation" workspace: the two evaluators' grid, agreement and signatures.
    GridWorkspace* grid() const { return grid_; }
    QDockWidget* dock() const { return dock_; }
    // The receipt check's outcome: nothing typed (true), or whether it matches the file.
    bool receiptMatches() const { return receiptMatches_; }

private:
    QDockWidget* dock_ = nullptr;
    TimelinePanel* timeline_ = nullptr;
    EvaluationWorkspace* evaluation_ = nullptr;
    GridWorkspace* grid_ = nullptr;
    bool receiptMatches_ = true;
};
