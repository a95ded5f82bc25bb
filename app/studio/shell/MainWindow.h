#pragma once

#include <QMainWindow>
#include <memory>

#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLibrary.h"
#include "cmcsim/store/AttemptSession.h"

class QLabel;
class WindowMenus;
class QStackedWidget;
class QTabWidget;
class StudioSession;
class WelcomePage;
class MarketWorkspace;
class ProspectWorkspace;
class OfferWorkspace;
class UserGuideWindow;
class AttemptLoader;
class OpeningPage;
class EvaluatorMode;
class ComparisonWindow;
class ScenarioEditorWindow;

// The studio's main window: welcome page, the workspaces of the open attempt, menus, toolbar,
// undo/redo and the status bar (simulated date, analysis days and budget left).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;

    // Creates a new attempt of `scenario` (id, file or "default") in `file` (or a default
    // location) and opens it; returns false after telling the user why.
    // `background`: the new attempt opens as beginOpenAttempt() does and the call returns once
    // the file is created.
    bool createAttempt(const QString& scenario, const QString& file = {},
                       const QString& candidate = {}, bool background = false);
    // Opens `file` before returning (no event is processed meanwhile); false after the window
    // told why.
    bool openAttempt(const QString& file,
                     cmcsim::AttemptSession::Access access = cmcsim::AttemptSession::Access::Work);
    // Opens `file` on a thread of its own and returns at once: the opening page shows each step
    // and can cancel; the window stays responsive. openFinished() tells the outcome.
    void beginOpenAttempt(const QString& file, cmcsim::AttemptSession::Access access =
                                                   cmcsim::AttemptSession::Access::Work);
    // Evaluator mode: opens `file` read-only (nothing done in the window can change it) with the
    // timeline and the "Évaluation" workspace; `receipt`, when given, is checked against the file.
    bool openEvaluation(const QString& file, const QString& receipt = {});
    void beginEvaluation(const QString& file, const QString& receipt = {});
    EvaluatorMode* evaluatorMode() const { return evaluator_; }
    // Fichier ▸ Comparer des épreuves (and the welcome page): the comparison window, made once.
    ComparisonWindow* showComparison();
    // The "Scénarios" workspace (trainers' scenario editor), in a window of its own, with or
    // without an attempt open.
    void showScenarioEditor();
    ScenarioEditorWindow* scenarioEditor() const { return scenarioEditor_; }
    // Stops an open under way and shows the welcome page (the open attempt, if any, stays).
    void cancelOpen();
    bool opening() const { return loader_ != nullptr; }
    void closeAttempt();

    StudioSession* session() const { return session_.get(); }
    MarketWorkspace* marketWorkspace() const { return market_; }
    ProspectWorkspace* prospectWorkspace() const { return prospects_; }
    OfferWorkspace* offerWorkspace() const { return offers_; }
    QTabWidget* workspaces() const { return tabs_; }
    WelcomePage* welcomePage() const { return welcome_; }
    OpeningPage* openingPage() const { return opening_; }

Q_SIGNALS:
    // An open begun by beginOpenAttempt() ended: the workspaces are built (true), or the file
    // was refused and the user told why, or the open was cancelled (false).
    void openFinished(bool opened);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    friend class WindowMenus;  // its entries call the dialogs below
    void updateTitleAndStatus();
    // Enables Édition ▸ Annuler, or says why the last command cannot be undone.
    void updateUndoAction();
    void showWelcome();
    void newAttemptDialog();
    void openAttemptDialog();
    void openScenarioDialog();
    void showUserGuide();  // Aide ▸ Guide d'utilisation
    void handInDialog();
    void openEvaluationDialog();  // Fichier ▸ Ouvrir en mode évaluateur
    // Shows the session opened from `file`: workspaces, undo stack, title, recent attempts.
    void showSession(std::unique_ptr<StudioSession> session, const QString& file);

    cmcsim::ReferenceData reference_;
    cmcsim::ScenarioLibrary library_;
    std::unique_ptr<StudioSession> session_;
    QStackedWidget* stack_ = nullptr;
    WelcomePage* welcome_ = nullptr;
    OpeningPage* opening_ = nullptr;
    AttemptLoader* loader_ = nullptr;  // the open under way, if any
    QTabWidget* tabs_ = nullptr;
    MarketWorkspace* market_ = nullptr;
    ProspectWorkspace* prospects_ = nullptr;
    OfferWorkspace* offers_ = nullptr;
    QLabel* dateLabel_ = nullptr;
    QLabel* daysLabel_ = nullptr;
    QLabel* budgetLabel_ = nullptr;
    std::unique_ptr<WindowMenus> menus_;
    UserGuideWindow* guide_ = nullptr;
    ComparisonWindow* comparison_ = nullptr;
    EvaluatorMode* evaluator_ = nullptr;  // evaluator mode's timeline and workspace, if open
    ScenarioEditorWindow* scenarioEditor_ = nullptr;
    QString receipt_;  // the receipt to check once the evaluated file is open
};
