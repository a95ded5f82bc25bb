#pragma once

#include <QWidget>
#include <array>
#include <cstdint>

class AgreementView;
class EvaluationGridStore;
class GridForm;
class QLabel;
class QPushButton;
class QTabWidget;
class StudioSession;

// The "Grille d'évaluation" workspace of evaluator mode: the evaluation file beside the attempt
// (created or opened, or another one chosen), one tab per evaluator's grid (GridForm) and the
// agreement with the signatures and the PDF export (AgreementView). Every refusal of the
// engine is shown in French above the tabs.
class GridWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit GridWorkspace(StudioSession& session, QWidget* parent = nullptr);

    EvaluationGridStore* store() const { return store_; }
    GridForm* form(int evaluator) const { return forms_[static_cast<std::size_t>(evaluator - 1)]; }
    AgreementView* agreement() const { return agreement_; }
    QTabWidget* tabs() const { return tabs_; }
    // The last refusal or failure, in French (hidden when the last action succeeded).
    QLabel* message() const { return message_; }

    // The receipt typed when evaluator mode opened, once checked: the evaluation is created
    // with it, without asking again.
    void setReceipt(const QString& receipt) { receipt_ = receipt; }
    // The button "Créer ou ouvrir l'évaluation": opens the file beside the attempt, or creates
    // it, asking for the hand-in receipt when none was checked at the opening.
    void createOrOpen();
    // The button "Ouvrir une autre évaluation…": chooses a .cmceval file and opens it.
    void openOtherDialog();

Q_SIGNALS:
    void entryRequested(std::int64_t sequence);

private:
    void showFile();

    EvaluationGridStore* store_ = nullptr;
    QString receipt_;
    QLabel* file_ = nullptr;
    QLabel* message_ = nullptr;
    QPushButton* createOrOpen_ = nullptr;
    QPushButton* openOther_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    std::array<GridForm*, 2> forms_{};
    AgreementView* agreement_ = nullptr;
};
