#include "CandidateWalk.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <cstdio>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/note/KeyFigures.h"
#include "common/StudioSession.h"
#include "note/NoteWorkspace.h"
#include "piloting/PilotingWorkspace.h"
#include "plan/PlanWorkspace.h"
#include "shell/MainWindow.h"
#include "weeks/WeekResultsPanel.h"
#include "weeks/WeekWorkspace.h"

bool shoot(MainWindow& window, const QDir& out, const char* step) {
    bool ok = true;
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window.resize(size);
        QApplication::processEvents();
        const auto path = out.filePath(QStringLiteral("%1-%2.png").arg(step).arg(size.width()));
        const bool saved = window.grab().save(path);
        std::fprintf(stderr, "%s %s\n", saved ? "écrit" : "ÉCHEC", qPrintable(path));
        ok = ok && saved;
    }
    return ok;
}

namespace {

namespace cmd = cmcsim::command;

// The plan a candidate of the Rouen walk builds: the BTP around Rouen and the hotels and
// restaurants as targets, calls, letters, a trade show, a breakfast with accountants and
// portfolio reviews, objectives for the first eight weeks.
void buildPlan(StudioSession& session) {
    session.run(
        QStringLiteral("segment"), cmd::kSaveSegment,
        {{"id", "btp-rouen"},
         {"nom", "BTP autour de Rouen"},
         {"filtre", {{"sections", {"F"}}, {"autour", {{"commune", "76540"}, {"rayon_km", 20}}}}},
         {"qualification", "Prévoyance des ouvriers imposée par la branche"},
         {"etablissements", 600},
         {"salaries", 6000},
         {"potentiel_eur", 200000},
         {"conversion", 0.05}});
    session.run(QStringLiteral("segment"), cmd::kSaveSegment,
                {{"id", "hcr"},
                 {"nom", "Hôtels et restaurants"},
                 {"filtre", {{"sections", {"I"}}}},
                 {"qualification", "Santé HCR (IDCC 1979) : régime de branche"},
                 {"etablissements", 300},
                 {"salaries", 2500},
                 {"potentiel_eur", 80000},
                 {"conversion", 0.04}});
    session.run(QStringLiteral("capacité"), cmd::kPlanCapacity, {{"heures_semaine", 30}});
    session.run(QStringLiteral("cible"), cmd::kPlanTarget,
                {{"segment", "btp-rouen"}, {"priorite", 1}});
    session.run(QStringLiteral("cible"), cmd::kPlanTarget, {{"segment", "hcr"}, {"priorite", 2}});
    for (int week = 1; week <= 8; ++week)
        session.run(QStringLiteral("objectif"), cmd::kPlanObjective,
                    {{"semaine", week},
                     {"nouveaux_contrats", week < 3 ? 0 : 1},
                     {"primes_eur", week < 3 ? 0 : 6000},
                     {"appels_jour", 10}});
    const auto action = [&](const char* id, const char* kind, const char* segment, int first,
                            int last, double hours, int contacts, double budget) {
        nlohmann::json a = {{"id", id},
                            {"type", kind},
                            {"semaine_debut", first},
                            {"semaine_fin", last},
                            {"heures_semaine", hours},
                            {"contacts_semaine", contacts},
                            {"budget_eur", budget},
                            {"rendement_attendu", 0.05}};
        if (segment[0] != '\0') a["segment"] = segment;
        if (std::string(kind) == "evenement_prescripteur") a["prescripteur"] = "expert_comptable";
        session.run(QStringLiteral("action"), cmd::kPlanAction, a);
    };
    action("appels-btp", "sequence_appels", "btp-rouen", 1, 8, 12, 50, 0);
    action("courrier-hcr", "publipostage", "hcr", 1, 2, 3, 120, 450);
    action("salon-btp", "salon", "btp-rouen", 4, 4, 14, 40, 1800);
    action("petit-dejeuner", "evenement_prescripteur", "", 6, 6, 6, 12, 600);
    action("revues", "revue_portefeuille", "", 1, 8, 4, 8, 0);
}

}  // namespace

bool candidateWalk(const QDir& out) {
    out.mkpath(QStringLiteral("."));
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.createAttempt(QStringLiteral("rouen-ze"),
                              dir.filePath(QStringLiteral("parcours.cmc")),
                              QStringLiteral("Camille Martin")))
        return false;
    auto& session = *window.session();
    for (const auto& study : session.scenario().studies)
        if (study.kind == "veille_concurrentielle" || study.kind == "extrait_portefeuille")
            session.run(QStringLiteral("étude"), cmd::kBuyStudy, {{"etude", study.id}});
    buildPlan(session);
    auto* tabs = window.workspaces();
    auto* plan = tabs->findChild<PlanWorkspace*>();
    auto* weeks = tabs->findChild<WeekWorkspace*>();
    auto* piloting = tabs->findChild<PilotingWorkspace*>();
    auto* note = tabs->findChild<NoteWorkspace*>();
    if (!plan || !weeks || !piloting || !note) return false;

    // The plan: its five pages before any week.
    tabs->setCurrentWidget(plan);
    bool ok = true;
    const char* planPages[] = {"plan-1-objectifs", "plan-2-cibles", "plan-3-actions",
                               "plan-4-calendrier", "plan-5-historique"};
    for (int page = 0; page < 5; ++page) {
        plan->pages()->setCurrentIndex(page);
        ok = shoot(window, out, planPages[page]) && ok;
    }
    // The weeks: the agenda of week 1, four weeks played, their results and funnel.
    tabs->setCurrentWidget(weeks);
    ok = shoot(window, out, "semaine-1-agenda") && ok;
    const auto run = [&](int last) {
        const bool ran = weeks->runUntil(last) > 0 &&
                         session.state().weekRuns().size() == static_cast<std::size_t>(last);
        if (!ran)
            std::fprintf(stderr, "semaines refusées : %s\n", qPrintable(weeks->notice()->text()));
        return ran;
    };
    if (!run(4)) return false;
    for (int page = 0; page < weeks->pages()->count(); ++page) {
        weeks->pages()->setCurrentIndex(page);
        ok = shoot(window, out, QStringLiteral("semaine-4-page-%1").arg(page + 1).toUtf8()) && ok;
    }
    // The plan adjusted after the results: less capacity, the calls cut, then four more weeks.
    session.run(QStringLiteral("capacité"), cmd::kPlanCapacity, {{"heures_semaine", 24}});
    if (!run(8)) return false;
    tabs->setCurrentWidget(plan);
    plan->pages()->setCurrentIndex(3);
    ok = shoot(window, out, "plan-6-calendrier-joue") && ok;
    plan->pages()->setCurrentIndex(4);
    ok = shoot(window, out, "plan-7-historique-joue") && ok;
    // The pilotage, from top to bottom.
    tabs->setCurrentWidget(piloting);
    auto* scroll = piloting->findChild<QScrollArea*>();
    if (!scroll) return false;
    for (const int part : {0, 1, 2}) {
        window.resize(1366, 768);
        QApplication::processEvents();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum() * part / 2);
        ok = shoot(window, out, QStringLiteral("pilotage-%1").arg(part + 1).toUtf8()) && ok;
    }
    // The note, with figures inserted from the data.
    const auto figures = note->figures();
    const auto ref = [&](const std::string& id) {
        const auto* f = cmcsim::KeyFigures::find(figures, id);
        return f ? "{{chiffre:" + id + "|" + f->shown() + "}}" : std::string("?");
    };
    session.run(
        QStringLiteral("note"), cmd::kSaveNote,
        {{"texte", "# Synthèse après huit semaines\n\nLe fichier compte " + ref("marche/lignes") +
                       " ; le segment BTP " + ref("segment/btp-rouen/lignes") + ".\n"}});
    tabs->setCurrentWidget(note);
    ok = shoot(window, out, "note") && ok;
    return ok;
}
