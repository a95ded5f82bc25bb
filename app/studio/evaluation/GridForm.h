#pragma once

#include <QWidget>
#include <cstdint>

class EvaluationGridStore;
class PreAssessmentPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cmcsim {
class Evaluation;
}

// One evaluator's grid (issue 10 §5): their name and role, then for every criterion of Blocs
// 2–4 the automatic pre-assessment, their verdict and their comment, with the pre-assessment of
// the chosen criterion and its evidence beside it. It shows this evaluator's verdicts only, never
// the other's. Nothing is written until "Enregistrer ma grille"; a criterion left "à juger" is not
// recorded, and the grid is finished once every criterion has this evaluator's verdict
// (EvaluationGridStore::finished). Read-only once both grids are finished (the agreement then
// compares independent judgements) and once the grid is signed.
class GridForm : public QWidget {
    Q_OBJECT
public:
    GridForm(EvaluationGridStore& store, int evaluator, QWidget* parent = nullptr);

    int evaluator() const { return evaluator_; }
    // Shows the evaluation as stored (edits not saved are kept, unless `discard`).
    void refresh(bool discard = false);
    // Puts the automatic verdict of each criterion in every row still "à juger" (not saved).
    void startFromPreAssessment();
    // Writes the name, the role and every criterion given a verdict; false when refused (the
    // store says why).
    bool save();
    // Whether the evaluators' grids can no longer change in the studio: both are finished, or
    // the grid is signed.
    static bool frozen(const cmcsim::Evaluation& evaluation);

    QLineEdit* nameEdit() const { return name_; }
    QLineEdit* roleEdit() const { return role_; }
    QTableWidget* table() const { return table_; }
    // The verdict chosen on row `row`: index 0 "à juger", then acquis, partiellement acquis, non
    // acquis, à apprécier par l'évaluateur.
    QComboBox* verdictBox(int row) const;
    QLabel* status() const { return status_; }
    PreAssessmentPanel* preAssessment() const { return panel_; }

    static constexpr int kCommentColumn = 3;

Q_SIGNALS:
    void entryRequested(std::int64_t sequence);

private:
    void fill();
    void showStatus();
    void showCurrent();

    EvaluationGridStore& store_;
    int evaluator_;
    bool dirty_ = false;
    bool filling_ = false;
    QLabel* status_ = nullptr;
    QLineEdit* name_ = nullptr;
    QLineEdit* role_ = nullptr;
    QTableWidget* table_ = nullptr;
    QPushButton* fromAutomatic_ = nullptr;
    QPushButton* save_ = nullptr;
    PreAssessmentPanel* panel_ = nullptr;
};
