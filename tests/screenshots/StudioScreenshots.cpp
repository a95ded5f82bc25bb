// Renders each workspace of the studio on the default scenario to PNG, offscreen:
//   cmcsim_studio_screenshots OUTPUT_DIR
// Run by ctest (into the build tree) and by the `screenshots` target (into docs/screenshots/).
// CMCSIM_SCREENSHOT_WALK=FOLDER also renders a candidate's walk at 1366×768 and 1920×1080
// into FOLDER (CandidateWalk.h).
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <array>
#include <cstdio>
#include <fstream>
#include <tuple>

#include "CandidateWalk.h"
#include "ComparisonShots.h"
#include "MeetingShots.h"
#include "ScenarioShots.h"
#include "TenderShots.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/note/KeyFigures.h"
#include "cmcsim/plan/ActionPlan.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/LoadProgress.h"
#include "common/InterfaceLanguage.h"
#include "common/StudioSession.h"
#include "evaluation/AgreementView.h"
#include "evaluation/EvaluationGridStore.h"
#include "evaluation/EvaluationWorkspace.h"
#include "evaluation/EvaluatorMode.h"
#include "evaluation/GridForm.h"
#include "evaluation/GridVerdicts.h"
#include "evaluation/GridWorkspace.h"
#include "evaluation/TimelinePanel.h"
#include "market/MarketWorkspace.h"
#include "market/StudiesPanel.h"
#include "note/NoteWorkspace.h"
#include "offers/OfferBuilder.h"
#include "offers/OfferResultsPanel.h"
#include "offers/OfferWorkspace.h"
#include "piloting/PilotingWorkspace.h"
#include "plan/ActionDialog.h"
#include "plan/PlanWorkspace.h"
#include "prospects/CompanyCard.h"
#include "prospects/FilterBar.h"
#include "prospects/ProspectWorkspace.h"
#include "prospects/SegmentsPanel.h"
#include "shell/AttemptLoader.h"
#include "shell/MainWindow.h"
#include "shell/OpeningPage.h"
#include "weeks/WeekResultsPanel.h"
#include "weeks/WeekWorkspace.h"

namespace {

bool save(QWidget& window, const QDir& out, const char* name);

// The Plan d'actions workspace at 1366×768 with a busy plan on the BTP segment (three of its
// weeks over capacity: the warnings), its calendar, and the action dialog on its call sequence.
bool planShots(MainWindow& window, const QDir& out) {
    auto& session = *window.session();
    auto* plan = window.workspaces()->findChild<PlanWorkspace*>();
    if (!plan) return false;
    const QSize before = window.size();
    window.resize(1366, 768);
    window.workspaces()->setCurrentWidget(plan);
    namespace cmd = cmcsim::command;
    session.run(QStringLiteral("capacité"), cmd::kPlanCapacity, {{"heures_semaine", 24}});
    session.run(QStringLiteral("cible"), cmd::kPlanTarget,
                {{"segment", "btp-rouen"}, {"priorite", 1}});
    for (int week = 1; week <= 8; ++week)
        session.run(QStringLiteral("objectif"), cmd::kPlanObjective,
                    {{"semaine", week},
                     {"nouveaux_contrats", 1},
                     {"primes_eur", 9000},
                     {"appels_jour", 12}});
    const auto action = [&](nlohmann::json a) {
        session.run(QStringLiteral("action"), cmd::kPlanAction, a);
    };
    action({{"id", "appels-btp"},
            {"type", "sequence_appels"},
            {"segment", "btp-rouen"},
            {"semaine_debut", 1},
            {"semaine_fin", 8},
            {"heures_semaine", 12},
            {"budget_eur", 0},
            {"contacts_semaine", 60},
            {"rendement_attendu", 0.08},
            {"description",
             "Appels aux dirigeants du BTP : prévoyance conventionnelle des "
             "ouvriers (IDCC 1596/1597), proposition de diagnostic gratuit."}});
    action({{"id", "courrier-btp"},
            {"type", "publipostage"},
            {"segment", "btp-rouen"},
            {"semaine_debut", 1},
            {"semaine_fin", 1},
            {"heures_semaine", 4},
            {"budget_eur", 600},
            {"contacts_semaine", 300},
            {"rendement_attendu", 0.01},
            {"description", "Lettre d'annonce avant les appels."}});
    action({{"id", "salon-batimat"},
            {"type", "salon"},
            {"segment", "btp-rouen"},
            {"semaine_debut", 3},
            {"semaine_fin", 3},
            {"heures_semaine", 16},
            {"budget_eur", 2500},
            {"contacts_semaine", 40},
            {"rendement_attendu", 0.1},
            {"description", "Stand au salon régional du bâtiment."}});
    action({{"id", "club-experts"},
            {"type", "evenement_prescripteur"},
            {"prescripteur", "expert_comptable"},
            {"semaine_debut", 5},
            {"semaine_fin", 5},
            {"heures_semaine", 8},
            {"budget_eur", 1200},
            {"contacts_semaine", 15},
            {"rendement_attendu", 0.2},
            {"description", "Petit-déjeuner des experts-comptables."}});
    plan->pages()->setCurrentIndex(0);
    bool ok = save(window, out, "plan-objectifs.png");
    plan->pages()->setCurrentIndex(4);
    ok = save(window, out, "plan-historique.png") && ok;
    plan->pages()->setCurrentIndex(2);
    ok = save(window, out, "plan-actions.png") && ok;
    plan->pages()->setCurrentIndex(3);
    ok = save(window, out, "plan-calendrier.png") && ok;
    ActionDialog dialog(session, session.state().plan().action("appels-btp"), &window);
    dialog.show();
    ok = save(dialog, out, "plan-action-dialogue.png") && ok;
    dialog.close();
    window.resize(before);
    return ok;
}

bool save(QWidget& window, const QDir& out, const char* name) {
    QApplication::processEvents();
    const auto path = out.filePath(QString::fromLatin1(name));
    const bool ok = window.grab().save(path) && QFileInfo(path).size() > 10'000;
    std::fprintf(stderr, "%s %s\n", ok ? "écrit" : "ÉCHEC", qPrintable(path));
    return ok;
}

// The first line of an establishment of 20 or more whose record carries a defect of `kind`, for
// a telling card and age pyramid.
std::uint32_t lineWith(const cmcsim::Market& market, cmcsim::DefectKind kind) {
    for (const auto& d : market.defects)
        if (d.kind == kind &&
            market.establishments[market.prospects[d.record].establishment].headcount >= 20)
            return d.record;
    return 0;
}

// The Semaine workspace at 1366×768 on an attempt of its own: a plan of calls and letters to
// hotels and restaurants and portfolio reviews, 6 weeks played; a played week's results, then
// the funnel per company.
bool saveWeeks(const QTemporaryDir& dir, const QDir& out) {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.createAttempt(QStringLiteral("default"),
                              dir.filePath(QStringLiteral("semaine.cmc")),
                              QStringLiteral("Camille Martin")))
        return false;
    auto& session = *window.session();
    for (const auto& study : session.scenario().studies)
        if (study.kind == "veille_concurrentielle" || study.kind == "extrait_portefeuille")
            session.run(QStringLiteral("étude"), cmcsim::command::kBuyStudy, {{"etude", study.id}});
    cmcsim::Segment hcr;
    hcr.id = "hcr";
    hcr.name = "Hôtels et restaurants";
    hcr.filter.sections = {"I"};
    session.run(QStringLiteral("segment"), cmcsim::command::kSaveSegment, hcr.toJson());
    cmcsim::PlannedAction calls;
    calls.id = "appels-hcr";
    calls.segmentId = "hcr";
    calls.lastWeek = 6;
    calls.hoursPerWeek = 12;
    calls.contactsPerWeek = 40;
    calls.description = "Appels de présentation, puis rendez-vous de découverte";
    auto letters = calls;
    letters.id = "courrier-hcr";
    letters.kind = cmcsim::ActionKind::Mailing;
    letters.firstWeek = 2;
    letters.hoursPerWeek = 3;
    letters.budgetEur = 900;
    letters.contactsPerWeek = 80;
    cmcsim::PlannedAction reviews;
    reviews.id = "revues";
    reviews.kind = cmcsim::ActionKind::PortfolioReview;
    reviews.lastWeek = 6;
    reviews.hoursPerWeek = 6;
    reviews.contactsPerWeek = 10;
    for (const auto& a : {calls, letters, reviews})
        session.run(QStringLiteral("action"), cmcsim::command::kPlanAction, a.toJson());
    for (int w = 1; w <= 6; ++w) {
        cmcsim::PlanObjective objective;
        objective.week = w;
        objective.newContracts = 1;
        objective.premiumsEur = 5000;
        objective.dailyCalls = 8;
        session.run(QStringLiteral("objectif"), cmcsim::command::kPlanObjective,
                    objective.toJson());
    }
    auto* weeks = window.findChild<WeekWorkspace*>();
    window.workspaces()->setCurrentWidget(weeks);
    if (weeks->runUntil(6) != 6) return false;
    weeks->results()->sections()->setCurrentIndex(1);  // the contacts and their answers
    bool ok = save(window, out, "semaine-resultats.png");
    weeks->pages()->setCurrentIndex(2);
    ok = save(window, out, "semaine-entonnoir.png") && ok;
    ok = meetingShots(window, out) && ok;  // appointments booked by the weeks
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Test-mode settings: the recent attempts of earlier runs (temporary files, gone) would
    // fill the welcome page's list.
    QSettings().clear();
    InterfaceLanguage::apply(QStringLiteral("fr"));
    if (argc != 2) {
        std::fprintf(stderr, "usage : cmcsim_studio_screenshots DOSSIER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    out.mkpath(QStringLiteral("."));
    // A dialog left open (a refused command's message box) would wait forever offscreen, and CI
    // with it: close it, say what it said, and fail.
    bool dialogSeen = false;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&dialogSeen] {
        auto* modal = QApplication::activeModalWidget();
        const auto* box = qobject_cast<QMessageBox*>(modal);
        if (!box) return;  // a progress dialog ends by itself
        std::fprintf(stderr, "dialogue inattendu fermé : %s\n",
                     box->text().toLocal8Bit().constData());
        dialogSeen = true;
        modal->close();
    });
    closer.start(1000);
    QTemporaryDir dir;
    MainWindow window;
    // CMCSIM_SCREENSHOT_SIZE=1366x768 renders at another window size (layouts at small screens).
    QSize size(1600, 1000);
    if (const auto wanted = qEnvironmentVariable("CMCSIM_SCREENSHOT_SIZE").split(QLatin1Char('x'));
        wanted.size() == 2 && wanted[0].toInt() > 0 && wanted[1].toInt() > 0)
        size = QSize(wanted[0].toInt(), wanted[1].toInt());
    window.resize(size);
    window.show();
    bool ok = save(window, out, "accueil.png");
    if (!window.createAttempt(QStringLiteral("default"), dir.filePath(QStringLiteral("rouen.cmc")),
                              QStringLiteral("Camille Martin")))
        return 1;
    auto& session = *window.session();
    // Buy the competitor intelligence and territory statistics, as a candidate would first.
    for (const auto& study : session.scenario().studies)
        if (study.kind == "veille_concurrentielle" || study.kind == "statistiques_territoire")
            session.run(QStringLiteral("étude"), cmcsim::command::kBuyStudy, {{"etude", study.id}});
    window.workspaces()->setCurrentWidget(window.marketWorkspace());
    ok = save(window, out, "marche.png") && ok;

    auto* prospects = window.prospectWorkspace();
    window.workspaces()->setCurrentWidget(prospects);
    cmcsim::ProspectFilter filter;
    filter.sections = {"F"};
    filter.aroundCommune = "76540";
    filter.radiusKm = 15;
    prospects->filterBar()->setFilter(filter);
    cmcsim::Segment segment;
    segment.id = "btp-rouen";
    segment.name = "BTP à moins de 15 km de Rouen";
    segment.filter = filter;
    segment.qualification =
        "Entreprises du bâtiment (IDCC 1596/1597) : prévoyance des ouvriers imposée par la "
        "branche.";
    segment.establishments = 900;
    segment.employees = 9000;
    segment.premiumPotentialEur = 250000;
    segment.expectedConversion = 0.05;
    prospects->segments()->save(segment);
    const auto stale = lineWith(session.market(), cmcsim::DefectKind::StaleHeadcount);
    prospects->filterBar()->clear();
    prospects->selectLine(stale);
    prospects->card()->verify();
    prospects->card()->requestCensus();  // the pyramid shows only once the census is requested
    ok = save(window, out, "fichier-prospects.png") && ok;

    // The same company in the Offres tab with the bundled Confort offer.
    auto* offers = window.offerWorkspace();
    window.workspaces()->setCurrentWidget(offers);
    offers->showCompany(
        QString::fromStdString(cmcsim::siret::formatSiret(session.view().rows()[stale].siret)));
    std::ifstream confort(cmcsim::dataRoot() / "scenarios" / "offers" / "confort-ensemble.json");
    offers->builder()->load(nlohmann::json::parse(confort));
    offers->recompute();
    offers->saveOffer();
    ok = save(window, out, "offres.png") && ok;

    // The synthesis note at 1366×768, its key figures inserted from the data as chips.
    auto* note = window.findChild<NoteWorkspace*>();
    if (!note) return 1;
    const auto figures = note->figures();
    const auto ref = [&](const std::string& id) {
        const auto* f = cmcsim::KeyFigures::find(figures, id);
        return f ? "{{chiffre:" + id + "|" + f->shown() + "}}" : std::string("?");
    };
    const std::string markup =
        "# Synthèse du marché de Rouen\n\n"
        "Le fichier prospects compte " +
        ref("marche/lignes") + " pour " + ref("marche/effectif_salarie") +
        ", dont de nombreuses TPE sans couverture connue.\n\n"
        "## La cible prioritaire : le BTP autour de Rouen\n\n"
        "- **" +
        ref("segment/btp-rouen/lignes") + "** dans le segment, " +
        ref("segment/btp-rouen/effectif_salarie") +
        ".\n"
        "- Potentiel estimé : " +
        ref("segment/btp-rouen/potentiel_primes") +
        " par an, *obligations de prévoyance de la branche* comme argument.\n";
    session.run(QStringLiteral("note"), cmcsim::command::kSaveNote, {{"texte", markup}});
    window.workspaces()->setCurrentWidget(note);
    window.resize(1366, 768);
    ok = save(window, out, "note-synthese.png") && ok;
    window.resize(size);
    // The proposal the candidate would hand over, as an example next to the screenshots.
    // Exported even if not compliant (then marked "Offre non conforme" on every page).
    const auto pdf =
        offers->exportPdf(out.filePath(QStringLiteral("proposition-exemple.pdf")), true);
    std::fprintf(stderr, "%s %s\n", pdf.isEmpty() ? "ÉCHEC" : "écrit",
                 qPrintable(out.filePath(QStringLiteral("proposition-exemple.pdf"))));
    ok = !pdf.isEmpty() && ok;
    // The plan before any week is played (a played week's actions no longer change).
    ok = planShots(window, out) && ok;
    window.resize(size);
    // Pilotage at 1366×768 after eight weeks of a plan on the BTP segment: calls and letters each
    // week, one contract and 4 000 € a week as objective.
    session.run(QStringLiteral("cible"), cmcsim::command::kPlanTarget,
                cmcsim::PlanTarget{"btp-rouen", 1}.toJson());
    for (const auto& [id, kind, hours, contacts, budget] :
         {std::tuple{"appels-btp", cmcsim::ActionKind::CallSequence, 18.0, 40, 0.0},
          std::tuple{"courrier-btp", cmcsim::ActionKind::Mailing, 2.0, 60, 600.0}}) {
        cmcsim::PlannedAction action;
        action.id = id;
        action.kind = kind;
        action.segmentId = "btp-rouen";
        action.firstWeek = 1;
        action.lastWeek = 8;
        action.hoursPerWeek = hours;
        action.contactsPerWeek = contacts;
        action.budgetEur = budget;
        session.run(QStringLiteral("action"), cmcsim::command::kPlanAction, action.toJson());
    }
    for (int week = 1; week <= 8; ++week) {
        cmcsim::PlanObjective objective;
        objective.week = week;
        objective.newContracts = 1;
        objective.premiumsEur = 4000;
        objective.dailyCalls = 8;
        session.run(QStringLiteral("objectif"), cmcsim::command::kPlanObjective,
                    objective.toJson());
    }
    for (int week = 1; week <= 8; ++week)
        session.run(QStringLiteral("semaine"), cmcsim::command::kRunWeek, {{"semaine", week}});
    window.resize(1366, 768);
    for (int i = 0; i < window.workspaces()->count(); ++i)
        if (auto* piloting = qobject_cast<PilotingWorkspace*>(window.workspaces()->widget(i))) {
            window.workspaces()->setCurrentWidget(piloting);
            ok = save(window, out, "pilotage.png") && ok;
            if (auto* scroll = piloting->findChild<QScrollArea*>()) {
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() / 2);
                ok = save(window, out, "pilotage-conversion.png") && ok;
            }
            const auto dashboard =
                piloting->exportPdf(out.filePath(QStringLiteral("pilotage-exemple.pdf")));
            ok = !dashboard.isEmpty() && ok;
        }
    window.resize(size);
    // The opening page as a national attempt shows it while its establishments are read (the
    // figures of bench/scenarios/france-metropolitaine.json); grabbed at once, before the real
    // open of the small file reports anything.
    window.beginOpenAttempt(dir.filePath(QStringLiteral("rouen.cmc")));
    constexpr qulonglong kRead = 1'234'567, kEstablishments = 1'838'907;
    window.openingPage()->setStep(
        AttemptLoader::stepText(cmcsim::kLoadEstablishments, kRead, kEstablishments), kRead,
        kEstablishments);
    const auto opening = out.filePath(QStringLiteral("ouverture.png"));
    const bool openingSaved = window.grab().save(opening);
    std::fprintf(stderr, "%s %s\n", openingSaved ? "écrit" : "ÉCHEC", qPrintable(opening));
    window.cancelOpen();
    ok = openingSaved && ok;

    // Evaluator mode at 1366×768: the candidate flags a duplicate (a hit), a line that is right
    // (a false alarm), tags a line and undoes it (a hesitation), then hands in; an evaluator opens
    // the file read-only with the receipt, goes back to the first flag and looks at the line.
    const auto duplicate = lineWith(session.market(), cmcsim::DefectKind::Duplicate);
    session.run(QStringLiteral("signalement"), cmcsim::command::kFlag,
                {{"ligne", duplicate},
                 {"anomalie", "doublon"},
                 {"motif", "même établissement qu'une autre ligne"}});
    session.run(QStringLiteral("étiquette"), cmcsim::command::kTag,
                {{"ligne", duplicate}, {"etiquette", "à rappeler"}});
    session.undoStack()->undo();
    session.run(QStringLiteral("signalement"), cmcsim::command::kFlag,
                {{"ligne", 0}, {"anomalie", "fermee"}, {"motif", "pas de réponse"}});
    const auto receipt = session.seal();
    MainWindow evaluator;
    evaluator.resize(1366, 768);
    evaluator.show();
    if (!evaluator.openEvaluation(dir.filePath(QStringLiteral("rouen.cmc")), receipt)) return 1;
    auto* mode = evaluator.evaluatorMode();
    auto* evaluated = evaluator.prospectWorkspace();
    evaluator.workspaces()->setCurrentWidget(evaluated);
    // Back at the first flag: the later entries are greyed, the flag on line 0 is not made yet.
    const auto firstFlag = static_cast<std::int64_t>(evaluator.session()->journal().size()) - 4;
    mode->timeline()->setEntry(firstFlag);
    evaluated->selectLine(duplicate);
    ok = save(evaluator, out, "evaluateur-fichier-prospects.png") && ok;
    mode->timeline()->setEntry(firstFlag + 4);  // the attempt as handed in
    evaluator.workspaces()->setCurrentWidget(mode->evaluation());
    auto* criteria = mode->evaluation()->criteria();
    for (QTreeWidgetItemIterator it(criteria); *it; ++it)
        if ((*it)->childCount() == 0) {  // the first indicator
            criteria->setCurrentItem(*it);
            break;
        }
    ok = save(evaluator, out, "evaluateur-evaluation.png") && ok;

    // The two evaluators' grid: each fills theirs from the pre-assessment (the second disagrees
    // on the first two criteria), then the agreement view before signing.
    auto* grid = mode->grid();
    evaluator.workspaces()->setCurrentWidget(grid);
    if (!grid->store()->createOrOpen(receipt)) return 1;
    const std::array<std::pair<QString, QString>, 2> evaluators{
        std::pair{QStringLiteral("Claire Dubois"), QStringLiteral("Formatrice")},
        std::pair{QStringLiteral("Marc Leroy"), QStringLiteral("Professionnel du métier")}};
    for (int n = 1; n <= 2; ++n) {
        auto* form = grid->form(n);
        form->nameEdit()->setText(evaluators[static_cast<std::size_t>(n - 1)].first);
        form->roleEdit()->setText(evaluators[static_cast<std::size_t>(n - 1)].second);
        form->startFromPreAssessment();
        if (n == 2) {
            GridVerdicts::select(*form->verdictBox(0), cmcsim::Verdict::NonAcquis);
            GridVerdicts::select(*form->verdictBox(1), cmcsim::Verdict::PartiellementAcquis);
        }
        form->table()
            ->item(0, GridForm::kCommentColumn)
            ->setText(n == 1 ? QStringLiteral("Études achetées pertinentes pour le BTP.")
                             : QStringLiteral("Une seule source, pas de recoupement."));
        form->table()
            ->item(1, GridForm::kCommentColumn)
            ->setText(n == 1 ? QStringLiteral("Un doublon repéré, une fausse alerte.")
                             : QStringLiteral("Trop peu de vérifications avant de signaler."));
        if (!form->save()) return 1;
        if (n == 1) {  // evaluator 1's grid, finished, before evaluator 2 finishes theirs
            grid->form(1)->table()->setCurrentCell(1, GridForm::kCommentColumn);
            ok = save(evaluator, out, "evaluateur-grille.png") && ok;
        }
    }
    auto* agreement = grid->agreement();
    grid->tabs()->setCurrentWidget(agreement);
    agreement->takeCommonVerdicts();
    GridVerdicts::select(*agreement->agreedBox(0), cmcsim::Verdict::PartiellementAcquis);
    agreement->table()
        ->item(0, AgreementView::kCommentColumn)
        ->setText(QStringLiteral("Sources pertinentes mais non recoupées."));
    agreement->blocComment(0)->setPlainText(
        QStringLiteral("Analyse du territoire solide ; fiabilisation du fichier à renforcer."));
    if (!agreement->save()) return 1;
    ok = save(evaluator, out, "evaluateur-accord.png") && ok;
    ok = saveWeeks(dir, out) && ok;
    ok = tenderShots(out) && ok;
    ok = comparisonShots(out) && ok;
    ok = scenarioShots(out) && ok;
    if (const auto walk = qEnvironmentVariable("CMCSIM_SCREENSHOT_WALK"); !walk.isEmpty())
        ok = candidateWalk(QDir(walk)) && ok;
    return ok && !dialogSeen ? 0 : 1;
}
