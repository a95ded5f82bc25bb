#pragma once

#include <QMainWindow>
#include <QStringList>
#include <memory>

#include "cmcsim/compare/AttemptComparison.h"
#include "cmcsim/reference/ReferenceData.h"

class ComparisonLoader;
class DashboardTableView;
class DistributionChart;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class VerdictTable;

// « Comparer des épreuves », for trainers and evaluators (issue 13 §2): pick a folder of attempts
// or attempt files; the comparison (cmcsim::AttemptComparison, the same as `cmcsim compare`)
// runs off the UI thread with its progress; then the attempts × criteria verdicts in colour, the
// key figures, the distributions in charts with their outliers, the files set apart with the
// reason, and the XLSX and PDF exports.
class ComparisonWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ComparisonWindow(const cmcsim::ReferenceData& reference, QWidget* parent = nullptr);
    ~ComparisonWindow() override;

    // Starts comparing `inputs` (folders and/or attempt files); a comparison under way is
    // cancelled first.
    void compare(const QStringList& inputs);
    bool loading() const { return loader_ != nullptr; }
    const cmcsim::AttemptComparison* comparison() const { return comparison_.get(); }
    // Writes the workbook or the PDF to `file` (asked for when empty); the file written, or
    // empty (cancelled, or refused with a message).
    QString exportXlsx(const QString& file = {});
    QString exportPdf(const QString& file = {});
    QTabWidget* tabs() const { return tabs_; }
    // The progress bar's text: "1 230 épreuves sur 2 000 vérifiées et évaluées" (French
    // thousands, the plural of `done`).
    static QString progressText(qulonglong done, qulonglong total);

Q_SIGNALS:
    void compared();                     // the comparison is shown
    void failed(const QString& reason);  // nothing to compare, or cancelled

private:
    void chooseFolder();
    void chooseFiles();
    void showComparison();
    // The attempts compared: an export never replaces one.
    std::vector<std::filesystem::path> inputs() const;

    const cmcsim::ReferenceData& reference_;
    std::unique_ptr<cmcsim::AttemptComparison> comparison_;
    ComparisonLoader* loader_ = nullptr;
    QLabel* summary_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QPushButton* exportXlsx_ = nullptr;
    QPushButton* exportPdf_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QCheckBox* byIndicator_ = nullptr;
    VerdictTable* verdicts_ = nullptr;
    DashboardTableView* figures_ = nullptr;
    DistributionChart* chart_ = nullptr;
    DashboardTableView* distributions_ = nullptr;
    DashboardTableView* setApart_ = nullptr;
    DashboardTableView* warnings_ = nullptr;
};
