#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <utility>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/store/AttemptFile.h"
#include "common/StudioSession.h"
#include "common/StudioText.h"
#include "compare/ComparisonWindow.h"
#include "evaluation/EvaluationWorkspace.h"
#include "evaluation/EvaluatorMode.h"
#include "evaluation/GridWorkspace.h"
#include "market/MarketWorkspace.h"
#include "meeting/MeetingWorkspace.h"
#include "note/NoteWorkspace.h"
#include "offers/OfferWorkspace.h"
#include "piloting/PilotingWorkspace.h"
#include "plan/PlanWorkspace.h"
#include "prospects/CompanyCard.h"
#include "prospects/ProspectWorkspace.h"
#include "scenario/PackShelf.h"
#include "scenario/ScenarioEditorWindow.h"
#include "shell/AttemptLoader.h"
#include "shell/GenerationProgress.h"
#include "shell/OpeningPage.h"
#include "shell/RecentAttemptsMenu.h"
#include "shell/UserGuideWindow.h"
#include "shell/WelcomePage.h"
#include "shell/WindowMenus.h"
#include "tender/TenderWorkspace.h"
#include "weeks/WeekWorkspace.h"

using namespace studio;

MainWindow::MainWindow()
    : reference_(cmcsim::ReferenceData::load(cmcsim::dataRoot() / "datasets")),
      library_(cmcsim::ScenarioLibrary::load(cmcsim::dataRoot() / "scenarios")) {
    setWindowIcon(QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")));
    stack_ = new QStackedWidget;
    welcome_ = new WelcomePage(reference_, library_);
    tabs_ = new QTabWidget;
    tabs_->setDocumentMode(true);
    opening_ = new OpeningPage;
    stack_->addWidget(welcome_);
    stack_->addWidget(tabs_);
    stack_->addWidget(opening_);
    setCentralWidget(stack_);
    connect(welcome_, &WelcomePage::newAttemptRequested, this,
            [this](const QString& scenario, const QString& candidate) {
                createAttempt(scenario, {}, candidate, true);
            });
    connect(welcome_, &WelcomePage::openAttemptRequested, this,
            [this](const QString& file) { beginOpenAttempt(file); });
    connect(welcome_, &WelcomePage::evaluationRequested, this, &MainWindow::openEvaluationDialog);
    connect(welcome_, &WelcomePage::comparisonRequested, this, &MainWindow::showComparison);
    connect(welcome_, &WelcomePage::scenarioEditorRequested, this, &MainWindow::showScenarioEditor);
    connect(opening_, &OpeningPage::cancelRequested, this, &MainWindow::cancelOpen);

    dateLabel_ = new QLabel;
    daysLabel_ = new QLabel;
    budgetLabel_ = new QLabel;
    for (auto* label : {dateLabel_, daysLabel_, budgetLabel_})
        statusBar()->addPermanentWidget(label);
    menus_ = std::make_unique<WindowMenus>(*this);
    showWelcome();
    // 1400×900 where the screen has room, else the screen's available area (a 1366×768 laptop:
    // a tester found the plan checks and buttons below the window's edge).
    QSize size(1400, 900);
    if (const auto* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size());
    resize(size);
    restoreGeometry(QSettings().value(QStringLiteral("geometrie")).toByteArray());
}

MainWindow::~MainWindow() {
    // An open under way, or one cancelled and still ending, reads reference_: wait for it.
    for (auto* loader : findChildren<AttemptLoader*>()) delete loader;
    // So do the comparison's loader and the scenario editor's live preview (their windows wait
    // for their threads): they go before reference_ and library_, not after with the children
    // QWidget deletes (a segfault of the evaluator's click-everywhere test, 1 full run in 3).
    delete comparison_;
    delete scenarioEditor_;
}

void MainWindow::showWelcome() {
    welcome_->refresh();
    stack_->setCurrentWidget(welcome_);
    updateTitleAndStatus();
}

void MainWindow::showUserGuide() {
    if (!guide_) guide_ = new UserGuideWindow(this);
    guide_->show();
    guide_->raise();
    guide_->activateWindow();
}

ComparisonWindow* MainWindow::showComparison() {
    if (!comparison_) comparison_ = new ComparisonWindow(reference_, this);
    comparison_->show();
    comparison_->raise();
    comparison_->activateWindow();
    return comparison_;
}

void MainWindow::showScenarioEditor() {
    if (!scenarioEditor_) scenarioEditor_ = new ScenarioEditorWindow(reference_, library_, this);
    scenarioEditor_->show();
    scenarioEditor_->raise();
    scenarioEditor_->activateWindow();
}

void MainWindow::newAttemptDialog() {
    showWelcome();
    welcome_->setFocus();
}

void MainWindow::openAttemptDialog() {
    const auto file = QFileDialog::getOpenFileName(
        this, tr("Ouvrir une épreuve"), QSettings().value(QStringLiteral("dossier")).toString(),
        tr("Épreuves cmcsim (*.cmc);;Tous les fichiers (*)"));
    if (!file.isEmpty()) beginOpenAttempt(file);
}

void MainWindow::openEvaluationDialog() {
    const auto file =
        QFileDialog::getOpenFileName(this, tr("Ouvrir une épreuve en mode évaluateur"),
                                     QSettings().value(QStringLiteral("dossier")).toString(),
                                     tr("Épreuves cmcsim (*.cmc);;Tous les fichiers (*)"));
    if (file.isEmpty()) return;
    bool ok = false;
    const auto receipt = QInputDialog::getText(
        this, tr("Reçu de remise"),
        tr("L'épreuve s'ouvre en lecture seule : rien de ce que vous ferez ne la modifiera.\n\n"
           "Reçu de remise communiqué par le candidat (facultatif ; laissez vide pour ne pas le "
           "vérifier) :"),
        QLineEdit::Normal, {}, &ok);
    if (ok) beginEvaluation(file, receipt);
}

bool MainWindow::openEvaluation(const QString& file, const QString& receipt) {
    receipt_ = receipt;
    return openAttempt(file, cmcsim::AttemptSession::Access::ReadOnly);
}

void MainWindow::beginEvaluation(const QString& file, const QString& receipt) {
    receipt_ = receipt;
    beginOpenAttempt(file, cmcsim::AttemptSession::Access::ReadOnly);
}

void MainWindow::handInDialog() {
    if (!session_ || session_->sealed() || session_->evaluator()) return;
    const auto answer = QMessageBox::question(
        this, tr("Remettre l'épreuve"),
        tr("Remettre l'épreuve ? Elle sera scellée : plus aucune action ne sera possible, et un "
           "reçu de remise sera affiché."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) return;
    const auto receipt = session_->seal();
    updateTitleAndStatus();
    if (receipt.isEmpty()) return;
    QMessageBox::information(
        this, tr("Épreuve remise"),
        tr("L'épreuve est remise et scellée.\n\nReçu de remise : %1\n\nConservez ce code : "
           "« cmcsim verify FICHIER --receipt %1 » prouve que le fichier est celui qui a été "
           "remis.")
            .arg(receipt));
}

void MainWindow::openScenarioDialog() {
    const auto file = QFileDialog::getOpenFileName(this, tr("Ajouter un scénario"), {},
                                                   tr("Scénarios et paquets (*.json *.zip)"));
    if (file.isEmpty()) return;
    QStringList added{file};
    try {
        if (file.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
            added = PackShelf::install(reference_, file);  // a pack: each of its scenarios
        else
            cmcsim::ScenarioLoader(reference_).fromFile(file.toStdString());
    } catch (const cmcsim::InputError& e) {
        QMessageBox::warning(this, tr("Scénario invalide"), QString::fromUtf8(e.what()));
        return;
    }
    QSettings settings;
    auto files = settings.value(QStringLiteral("scenariosOuverts")).toStringList();
    for (const auto& f : added) {
        files.removeAll(f);
        files.prepend(f);
    }
    settings.setValue(QStringLiteral("scenariosOuverts"), files);
    showWelcome();
}

bool MainWindow::createAttempt(const QString& scenario, const QString& requestedFile,
                               const QString& candidate, bool background) {
    try {
        const auto path = library_.resolve(scenario.toStdString());
        const auto s = cmcsim::ScenarioLoader(reference_).fromFile(path);
        QString file = requestedFile;
        // A file named by the caller is never replaced; the save dialog asks before replacing.
        bool replace = false;
        if (!file.isEmpty() && QFileInfo::exists(file))
            throw cmcsim::InputError(file.toStdString(),
                                     "le fichier existe déjà ; il n'a pas été modifié");
        if (file.isEmpty()) {
            replace = true;
            const QDir dir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                           QStringLiteral("/cmcsim"));
            dir.mkpath(QStringLiteral("."));
            const auto proposed = dir.filePath(
                QStringLiteral("%1-%2.cmc")
                    .arg(text(s.id),
                         QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
            file = isVisible()
                       ? QFileDialog::getSaveFileName(this, tr("Nouvelle épreuve"), proposed,
                                                      tr("Épreuves cmcsim (*.cmc)"))
                       : proposed;
            if (file.isEmpty()) return false;
        }
        generateWithProgress(this, reference_, s,
                             {file.toStdString(), std::nullopt, candidate.toStdString(), replace});
        if (!background) return openAttempt(file);
        beginOpenAttempt(file);
        return true;
    } catch (const cmcsim::InputError& e) {
        QMessageBox::warning(this, tr("Impossible de créer l'épreuve"),
                             QString::fromUtf8(e.what()));
        return false;
    }
}

bool MainWindow::openAttempt(const QString& file, cmcsim::AttemptSession::Access access) {
    if (loader_) cancelOpen();
    std::unique_ptr<StudioSession> session;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        session = std::make_unique<StudioSession>(
            reference_,
            std::make_unique<cmcsim::AttemptSession>(
                file.toStdString(), reference_, cmcsim::LoadProgress{}, access,
                cmcsim::AttemptSession::Check::BeforeReady, StudioSession::marketParts(access)));
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& e) {  // InputError, and anything a damaged file causes
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Impossible d'ouvrir l'épreuve"),
                             QString::fromUtf8(e.what()));
        return false;
    }
    showSession(std::move(session), file);
    return true;
}

void MainWindow::beginOpenAttempt(const QString& file, cmcsim::AttemptSession::Access access) {
    if (loader_) cancelOpen();
    auto* loader = new AttemptLoader(reference_, file, this, access);
    loader_ = loader;
    opening_->start(file);
    stack_->setCurrentWidget(opening_);
    // The attempt open before, if any, stays open behind the page (it is shown again if this
    // one fails) but takes no action meanwhile.
    for (auto* action : menus_->attemptActions()) action->setEnabled(false);
    menus_->undo()->setEnabled(false);
    menus_->redo()->setEnabled(false);
    statusBar()->clearMessage();
    for (auto* label : {dateLabel_, daysLabel_, budgetLabel_}) label->clear();
    connect(loader, &AttemptLoader::stopped, loader, &QObject::deleteLater);
    connect(loader, &AttemptLoader::progressed, opening_, &OpeningPage::setStep);
    connect(loader, &AttemptLoader::loaded, this, [this, loader] {
        loader_ = nullptr;
        // Building the workspaces holds the window for a moment: say so first.
        opening_->setStep(tr("Préparation des espaces de travail…"), 0, 0);
        opening_->repaint();
        showSession(loader->takeSession(), loader->file());
        Q_EMIT openFinished(true);
    });
    connect(loader, &AttemptLoader::failed, this, [this](const QString& reason) {
        loader_ = nullptr;
        // Out of the loader's signal: the message box's own loop may delete the loader.
        QTimer::singleShot(0, this, [this, reason] {
            if (loader_) {  // another open began meanwhile: its page stays
            } else if (session_) {
                stack_->setCurrentWidget(tabs_);  // the attempt open before stays
                updateTitleAndStatus();
            } else {
                showWelcome();
            }
            QMessageBox::warning(this, tr("Impossible d'ouvrir l'épreuve"), reason);
            Q_EMIT openFinished(false);
        });
    });
    loader->start();
}

void MainWindow::cancelOpen() {
    if (!loader_) return;
    loader_->cancel();  // it ends at its next step and deletes itself (stopped())
    disconnect(loader_, nullptr, this, nullptr);
    disconnect(loader_, nullptr, opening_, nullptr);
    loader_ = nullptr;
    showWelcome();
    Q_EMIT openFinished(false);
}

void MainWindow::showSession(std::unique_ptr<StudioSession> session, const QString& file) {
    closeAttempt();
    session_ = std::move(session);
    connect(session_.get(), &StudioSession::changed, this, &MainWindow::updateTitleAndStatus);
    connect(session_.get(), &StudioSession::performed, this, [this](const QString& label) {
        statusBar()->showMessage(tr("%1 : enregistré dans l'épreuve.").arg(label), 8000);
    });
    connect(session_.get(), &StudioSession::refused, this, [this](const QString& reason) {
        QMessageBox::warning(this, tr("Action refusée"), reason);
    });
    // The tamper check of an attempt opened in the background ends after the window is usable.
    const auto checking = tr("Vérification de l'intégrité de l'épreuve en cours…");
    if (session_->checking()) statusBar()->showMessage(checking);
    connect(session_.get(), &StudioSession::checked, this, [this, checking] {
        if (statusBar()->currentMessage() == checking) statusBar()->clearMessage();
    });
    connect(session_.get(), &StudioSession::tampered, this, [this](const QString& reason) {
        // Out of the session's signal: closing the attempt deletes the session.
        QTimer::singleShot(0, this, [this, reason] {
            closeAttempt();
            QMessageBox::critical(
                this, tr("Épreuve refusée"),
                tr("Cette épreuve a été modifiée en dehors du studio : elle est refusée et "
                   "fermée, rien n'y a été enregistré.\n\n%1")
                    .arg(reason));
        });
    });
    auto* stack = session_->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoAction);
    connect(stack, &QUndoStack::canRedoChanged, menus_->redo(), &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& t) {
        menus_->redo()->setText(tr("&Rétablir %1").arg(t));
        menus_->redo()->setToolTip(menus_->redo()->text().remove(QLatin1Char('&')));
        menus_->redo()->setIconText(tr("Rétablir"));
    });
    market_ = new MarketWorkspace(*session_);
    prospects_ = new ProspectWorkspace(*session_);
    tabs_->addTab(market_, tr("Marché"));
    offers_ = new OfferWorkspace(*session_);
    tabs_->addTab(prospects_, tr("Fichier prospects"));
    tabs_->addTab(new NoteWorkspace(*session_), tr("Note de synthèse"));
    tabs_->addTab(offers_, tr("Offres"));
    tabs_->addTab(new PlanWorkspace(*session_), tr("Plan d'actions"));
    auto* weeks = new WeekWorkspace(*session_);
    tabs_->addTab(weeks, tr("Semaine"));
    connect(weeks, &WeekWorkspace::prospectLineRequested, this, [this](std::uint32_t line) {
        tabs_->setCurrentWidget(prospects_);
        prospects_->selectLine(line);
    });
    auto* meetings = new MeetingWorkspace(*session_);
    tabs_->addTab(meetings, tr("Rendez-vous"));
    connect(meetings, &MeetingWorkspace::offerRequested, this, [this](const QString& siret) {
        tabs_->setCurrentWidget(offers_);
        offers_->showCompany(siret);
    });
    tabs_->addTab(new PilotingWorkspace(*session_), tr("Pilotage"));
    auto* tenders = new TenderWorkspace(*session_);
    tabs_->addTab(tenders, tr("Appels d'offres"));
    connect(tenders, &TenderWorkspace::offerRequested, this, [this](const QString& siret) {
        tabs_->setCurrentWidget(offers_);
        offers_->showCompany(siret);
    });
    connect(prospects_, &ProspectWorkspace::offerRequested, this, [this](const QString& siret) {
        tabs_->setCurrentWidget(offers_);
        offers_->showCompany(siret);
    });
    connect(offers_, &OfferWorkspace::selectedCompanyRequested, this, [this](QString& siret) {
        if (const auto line = prospects_->card()->line())
            siret = QString::fromStdString(
                cmcsim::siret::formatSiret(session_->view().rows()[*line].siret));
    });
    if (session_->evaluator())  // the timeline and "Évaluation"; not a recent attempt to work on
        evaluator_ = new EvaluatorMode(*this, *tabs_, *session_, std::exchange(receipt_, {}));
    else
        menus_->recent()->remember(file);
    stack_->setCurrentWidget(tabs_);
    updateTitleAndStatus();
    // Found by a tester: a handed-in attempt opened for work looked like one still open; every
    // command was then refused one by one. Said once, where it stays until the next message.
    if (session_->sealed() && !session_->evaluator())
        statusBar()->showMessage(
            tr("Épreuve remise : consultation seule, plus aucune action n'y est enregistrée. "
               "Pour l'évaluer, ouvrez-la avec Fichier › Ouvrir en mode évaluateur."));
}

void MainWindow::closeAttempt() {
    delete evaluator_;
    evaluator_ = nullptr;
    while (tabs_->count() > 0) {
        auto* page = tabs_->widget(0);
        tabs_->removeTab(0);
        delete page;
    }
    market_ = nullptr;
    prospects_ = nullptr;
    offers_ = nullptr;
    session_.reset();
#ifdef __GLIBC__
    malloc_trim(0);  // else a closed national market leaves hundreds of MB of freed blocks
#endif
    statusBar()->clearMessage();  // the closed attempt's last confirmation is not the next one's
    showWelcome();
}

void MainWindow::updateUndoAction() {
    const auto* stack = session_ ? session_->undoStack() : nullptr;
    const auto refusal = session_ ? session_->undoRefusal() : QString();
    menus_->undo()->setEnabled(stack && stack->canUndo() && refusal.isEmpty());
    if (!refusal.isEmpty())
        menus_->undo()->setText(tr("Annuler — impossible : %1").arg(refusal));
    else
        menus_->undo()->setText(stack && stack->canUndo() ? tr("&Annuler %1").arg(stack->undoText())
                                                          : tr("&Annuler"));
    menus_->undo()->setToolTip(QString(menus_->undo()->text()).remove(QLatin1Char('&')));
    // The toolbar keeps a short label; the menu and the tooltip say what and why.
    menus_->undo()->setIconText(tr("Annuler"));
}

void MainWindow::updateTitleAndStatus() {
    const bool open = session_ != nullptr;
    for (auto* action : menus_->attemptActions()) action->setEnabled(open);
    if (open && (session_->sealed() || session_->evaluator())) menus_->handIn()->setEnabled(false);
    updateUndoAction();
    menus_->redo()->setEnabled(open && session_->undoStack()->canRedo());
    if (!open) {
        setWindowTitle(QStringLiteral("cmcsim"));
        for (auto* label : {dateLabel_, daysLabel_, budgetLabel_}) label->clear();
        return;
    }
    const auto& state = session_->state();
    setWindowTitle(QStringLiteral("%1 — %2%3 — cmcsim")
                       .arg(QFileInfo(text(session_->engine().file().string())).fileName(),
                            text(session_->scenario().title),
                            (session_->sealed() ? tr(" (remise)") : QString()) +
                                (session_->evaluator() ? tr(" — mode évaluateur, lecture seule")
                                                       : QString())));
    dateLabel_->setText(tr("Date simulée : %1").arg(text(state.simulatedDate().french())));
    daysLabel_->setText(
        tr("Jours d'analyse restants : %1").arg(text(cmcsim::frenchNumber(state.daysLeft(), 2))));
    // The studies bought and, once weeks are played, what their actions spent (as Semaine shows).
    const double spent = state.weekRuns().empty() ? 0 : session_->campaign().spentEur();
    budgetLabel_->setText(
        tr("Budget restant : %1")
            .arg(text(cmcsim::Money::euros(state.budgetLeft() - spent).french())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(QStringLiteral("geometrie"), saveGeometry());
    event->accept();
}
