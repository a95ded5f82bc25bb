#pragma once

#include <QWidget>
#include <array>

class EvaluationGridStore;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The two evaluators' agreement (issue 10 §5), shown once both have finished their grid: per
// criterion the automatic verdict and both evaluators' (their comments in tooltips),
// disagreements flagged, the agreed verdict and comment; the comment under each bloc's table;
// the agreement statistics (cmcsim::AgreementStatistics: criteria judged by both,
// disagreements, Cohen's kappa 1–2, 1–automatic, 2–automatic); both signatures (name, role,
// date), after which everything is read-only; and the PDF export of the grid.
class AgreementView : public QWidget {
    Q_OBJECT
public:
    explicit AgreementView(EvaluationGridStore& store, QWidget* parent = nullptr);

    // Shows the evaluation as stored (edits not saved are kept, unless `discard`).
    void refresh(bool discard = false);
    // Puts the evaluators' common verdict in every criterion without an agreed one (not saved).
    void takeCommonVerdicts();
    // Writes the agreed verdicts, comments and bloc comments; false when refused.
    bool save();
    // Evaluator `number` signs on the date chosen; false when refused (the store says why).
    bool sign(int number);
    // Asks where to write the PDF of the grid, then writes it; the chosen file, empty otherwise.
    QString exportPdfDialog();

    // Whether the view is shown (both grids finished) or the waiting page is.
    bool unlocked() const;
    QTableWidget* table() const { return table_; }
    // The agreed verdict of row `row` (same entries as the evaluators' forms).
    QComboBox* agreedBox(int row) const;
    QPlainTextEdit* blocComment(int index) const { return blocs_[static_cast<std::size_t>(index)]; }
    QLabel* statistics() const { return statistics_; }
    QLabel* signatures() const { return signatures_; }
    QDateEdit* signatureDate() const { return date_; }
    QPushButton* signButton(int number) const {
        return sign_[static_cast<std::size_t>(number - 1)];
    }

    static constexpr int kAgreedColumn = 5;
    static constexpr int kCommentColumn = 6;

private:
    void fill();
    void showState();

    EvaluationGridStore& store_;
    bool dirty_ = false;
    bool filling_ = false;
    QStackedWidget* pages_ = nullptr;
    QLabel* waiting_ = nullptr;
    QLabel* statistics_ = nullptr;
    QTableWidget* table_ = nullptr;
    std::array<QPlainTextEdit*, 3> blocs_{};
    std::array<QLabel*, 3> blocLabels_{};
    QPushButton* common_ = nullptr;
    QPushButton* save_ = nullptr;
    QLabel* signatures_ = nullptr;
    QDateEdit* date_ = nullptr;
    std::array<QPushButton*, 2> sign_{};
    QPushButton* export_ = nullptr;
};
