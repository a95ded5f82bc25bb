#include "shell/WindowMenus.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QToolBar>

#include "common/StudioSession.h"
#include "evaluation/EvaluationWorkspace.h"
#include "evaluation/EvaluatorMode.h"
#include "evaluation/GridWorkspace.h"
#include "market/MarketWorkspace.h"
#include "meeting/MeetingWorkspace.h"
#include "note/NoteWorkspace.h"
#include "offers/OfferWorkspace.h"
#include "piloting/PilotingWorkspace.h"
#include "plan/PlanWorkspace.h"
#include "prospects/ProspectWorkspace.h"
#include "shell/DossierExport.h"
#include "shell/LanguageMenu.h"
#include "shell/MainWindow.h"
#include "shell/RecentAttemptsMenu.h"
#include "tender/TenderWorkspace.h"
#include "weeks/WeekWorkspace.h"

WindowMenus::WindowMenus(MainWindow& window) : window_(window) {
    buildFile();
    buildEdit();
    buildView();
    buildHelp();
    buildToolbar();
}

template <typename Workspace>
void WindowMenus::showWorkspace() {
    auto* tabs = window_.workspaces();
    if (auto* workspace = tabs->findChild<Workspace*>()) tabs->setCurrentWidget(workspace);
}

void WindowMenus::buildFile() {
    auto& w = window_;
    auto* file = w.menuBar()->addMenu(MainWindow::tr("&Fichier"));
    new_ = file->addAction(MainWindow::tr("&Nouvelle épreuve…"), &w, &MainWindow::newAttemptDialog);
    new_->setShortcut(QKeySequence::New);
    open_ =
        file->addAction(MainWindow::tr("&Ouvrir une épreuve…"), &w, &MainWindow::openAttemptDialog);
    open_->setShortcut(QKeySequence::Open);
    file->addAction(MainWindow::tr("Ouvrir en mode é&valuateur…"), &w,
                    &MainWindow::openEvaluationDialog)
        ->setObjectName(QStringLiteral("openEvaluationAction"));
    file->addAction(MainWindow::tr("&Comparer des épreuves…"), &w, &MainWindow::showComparison)
        ->setObjectName(QStringLiteral("compareAction"));
    file->addAction(MainWindow::tr("Ajouter un &scénario…"), &w, &MainWindow::openScenarioDialog);
    file->addAction(MainWindow::tr("Éditeur de scé&narios…"), &w, &MainWindow::showScenarioEditor)
        ->setObjectName(QStringLiteral("scenarioEditorAction"));
    recent_ = new RecentAttemptsMenu(&w);
    file->addMenu(recent_);
    QObject::connect(recent_, &RecentAttemptsMenu::openRequested, &w,
                     [&w](const QString& attempt) { w.beginOpenAttempt(attempt); });
    file->addSeparator();
    export_ = file->addAction(MainWindow::tr("&Exporter la vue (XLSX, CSV)…"), &w, [&w] {
        if (auto* prospects = w.prospectWorkspace()) prospects->exportViewDialog();
    });
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* proposal = file->addAction(MainWindow::tr("Exporter la &proposition en PDF…"), &w, [&w] {
        auto* offers = w.offerWorkspace();
        if (!offers) return;
        w.workspaces()->setCurrentWidget(offers);
        offers->exportPdf();
    });
    auto* dossier = file->addAction(MainWindow::tr("Exporter le &dossier en PDF…"), &w, [&w] {
        if (auto* session = w.session()) dossierExport::run(&w, *session);
    });
    dossier->setObjectName(QStringLiteral("exportDossierAction"));
    handIn_ =
        file->addAction(MainWindow::tr("&Remettre l'épreuve…"), &w, &MainWindow::handInDialog);
    auto* close =
        file->addAction(MainWindow::tr("&Fermer l'épreuve"), &w, &MainWindow::closeAttempt);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    auto* quit = file->addAction(MainWindow::tr("&Quitter"), &w, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    attemptActions_ << export_ << proposal << dossier << handIn_ << close;
}

void WindowMenus::buildEdit() {
    auto& w = window_;
    auto* edit = w.menuBar()->addMenu(MainWindow::tr("É&dition"));
    undo_ = edit->addAction(MainWindow::tr("&Annuler"));
    undo_->setObjectName(QStringLiteral("undoAction"));
    // Explicit keys: the platform's QKeySequence::Redo list already holds Ctrl+Shift+Z on some
    // desktops, and the same key twice on one action is an ambiguous shortcut that does nothing.
    undo_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    redo_ = edit->addAction(MainWindow::tr("&Rétablir"));
    redo_->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    QObject::connect(undo_, &QAction::triggered, &w, [&w] {
        if (auto* session = w.session()) session->undoStack()->undo();
    });
    QObject::connect(redo_, &QAction::triggered, &w, [&w] {
        if (auto* session = w.session()) session->undoStack()->redo();
    });
}

void WindowMenus::buildView() {
    auto& w = window_;
    auto* view = w.menuBar()->addMenu(MainWindow::tr("&Affichage"));
    view->addAction(MainWindow::tr("&Accueil"), &w,
                    [&w] { w.opening() ? w.cancelOpen() : w.showWelcome(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // One entry per workspace of an open attempt, in the order of its tabs.
    const auto workspaceAction = [&](const QString& name, auto show, int key) {
        auto* action = view->addAction(name, &w, show);
        if (key != 0) action->setShortcut(QKeySequence(Qt::CTRL | key));
        attemptActions_ << action;
    };
    workspaceAction(
        MainWindow::tr("&Marché"), [this] { showWorkspace<MarketWorkspace>(); }, Qt::Key_1);
    workspaceAction(
        MainWindow::tr("&Fichier prospects"), [this] { showWorkspace<ProspectWorkspace>(); },
        Qt::Key_2);
    workspaceAction(
        MainWindow::tr("&Note de synthèse"), [this] { showWorkspace<NoteWorkspace>(); }, Qt::Key_9);
    workspaceAction(
        MainWindow::tr("&Offres"), [this] { showWorkspace<OfferWorkspace>(); }, Qt::Key_3);
    workspaceAction(
        MainWindow::tr("&Plan d'actions"), [this] { showWorkspace<PlanWorkspace>(); }, Qt::Key_6);
    workspaceAction(
        MainWindow::tr("&Semaine"), [this] { showWorkspace<WeekWorkspace>(); }, Qt::Key_7);
    workspaceAction(
        MainWindow::tr("&Rendez-vous"), [this] { showWorkspace<MeetingWorkspace>(); }, 0);
    workspaceAction(
        MainWindow::tr("P&ilotage"), [this] { showWorkspace<PilotingWorkspace>(); }, Qt::Key_8);
    workspaceAction(
        MainWindow::tr("Appels &d'offres"), [this] { showWorkspace<TenderWorkspace>(); }, 0);
    view->addAction(MainWindow::tr("É&valuation (mode évaluateur)"), &w,
                    [&w] {
                        if (auto* mode = w.evaluatorMode())
                            w.workspaces()->setCurrentWidget(mode->evaluation());
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addAction(MainWindow::tr("&Grille d'évaluation (mode évaluateur)"), &w,
                    [&w] {
                        if (auto* mode = w.evaluatorMode())
                            w.workspaces()->setCurrentWidget(mode->grid());
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addMenu(new LanguageMenu(&w));
}

void WindowMenus::buildHelp() {
    auto& w = window_;
    auto* help = w.menuBar()->addMenu(MainWindow::tr("&Aide"));
    help->addAction(MainWindow::tr("&Guide d'utilisation"), &w, &MainWindow::showUserGuide)
        ->setShortcut(QKeySequence(Qt::Key_F1));
    help->addSeparator();
    help->addAction(MainWindow::tr("À &propos de cmcsim"), &w, [&w] {
        QMessageBox::about(
            &w, MainWindow::tr("À propos de cmcsim"),
            MainWindow::tr(
                "<h3>cmcsim %1</h3><p>Simulateur d'entraînement aux études de cas du titre "
                "Conseiller·e mutualiste collectif (blocs 2 à 4).</p><p>Données : INSEE, URSSAF, "
                "Ministère du Travail ; coordonnées des communes La Poste (ODbL).</p>")
                .arg(QStringLiteral(CMCSIM_VERSION)));
    });
}

void WindowMenus::buildToolbar() {
    auto* toolbar = window_.addToolBar(MainWindow::tr("Principale"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    new_->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    open_->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    undo_->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo_->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    export_->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    toolbar->addActions({new_, open_});
    toolbar->addSeparator();
    toolbar->addActions({undo_, redo_});
    toolbar->addSeparator();
    toolbar->addAction(export_);
}
