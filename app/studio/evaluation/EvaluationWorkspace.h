#pragma once

#include <QWidget>
#include <cstdint>
#include <vector>

#include "cmcsim/assess/Assessment.h"

class QColor;
class QLabel;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class StudioSession;

// The "Évaluation" workspace (evaluator mode): per bloc, each criterion's indicators with the
// automatic verdict at the entry shown on the timeline, its explanation and its evidence;
// choosing an evidence entry asks the timeline to move to it.
class EvaluationWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit EvaluationWorkspace(StudioSession& session, QWidget* parent = nullptr);

    // Assesses the attempt again at the entry shown (done on every change while visible).
    void refresh();
    // Shows `results` (what refresh() gets from the assessors; tests give their own).
    void showResults(std::vector<cmcsim::IndicatorResult> results);
    const std::vector<cmcsim::IndicatorResult>& results() const { return results_; }

    QTreeWidget* criteria() const { return tree_; }
    QTableWidget* evidence() const { return evidence_; }
    QTextBrowser* explanation() const { return explanation_; }
    // The French label of a verdict, as the framework's grids write it.
    static QString verdictText(cmcsim::Verdict verdict);
    // The background a verdict is shown on (green, yellow, red, grey-blue for "à apprécier").
    static QColor verdictColour(cmcsim::Verdict verdict);

Q_SIGNALS:
    // An evidence entry was chosen: move the timeline to journal entry `sequence`.
    void entryRequested(std::int64_t sequence);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showIndicator(int index);

    StudioSession& session_;
    std::vector<cmcsim::IndicatorResult> results_;
    bool stale_ = true;
    QLabel* heading_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QTextBrowser* explanation_ = nullptr;
    QTableWidget* evidence_ = nullptr;
};
