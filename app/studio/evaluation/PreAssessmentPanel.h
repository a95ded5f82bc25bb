#pragma once

#include <QWidget>
#include <cstdint>
#include <string>

class QTableWidget;
class QTextBrowser;

namespace cmcsim {
class Evaluation;
}

// The automatic pre-assessment of one criterion of the grid, kept visible beside the evaluators'
// forms: the criterion's automatic verdict, each indicator's verdict, score and explanation, and
// the evidence; choosing an evidence entry asks the timeline to move to it (as in the
// "Évaluation" workspace). It shows the results stored in the evaluation file (at the hand-in).
class PreAssessmentPanel : public QWidget {
    Q_OBJECT
public:
    explicit PreAssessmentPanel(QWidget* parent = nullptr);

    // Shows criterion `id` of `evaluation` (nothing chosen when empty or unknown).
    void showCriterion(const cmcsim::Evaluation& evaluation, const std::string& id);

    QTextBrowser* explanation() const { return explanation_; }
    QTableWidget* evidence() const { return evidence_; }

Q_SIGNALS:
    void entryRequested(std::int64_t sequence);

private:
    QTextBrowser* explanation_ = nullptr;
    QTableWidget* evidence_ = nullptr;
};
