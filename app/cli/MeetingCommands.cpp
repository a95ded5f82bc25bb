// The meeting command: client meetings run step by step as journal commands (rdv.*), the choices
// of the banks at the current phase, the transcript and the debrief (README.md "CLI",
// docs/simulation.md "Les rendez-vous").
#include <fmt/format.h>

#include <algorithm>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/meeting/MeetingDuration.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/MeetingDocument.h"
#include "cmcsim/report/TextTable.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/TruthAccess.h"

namespace cmcsim::cli {

namespace {

MeetingView viewOf(const AttemptSession& session, CliContext& context, int id) {
    const auto& a = session.attempt();
    return MeetingView(a.market(), context.reference(), a.scenario(), a.seed(), session.state(),
                       id);
}

// The last step of a meeting: what was said, the answer, what it revealed, trust.
void printTurn(const MeetingTurn& t, const MeetingTranscript& transcript) {
    CliOutput::print("Étape {} [{}] — vous : {}\n", t.step, meetingPhaseLabel(t.phase),
                     oneLine(t.said));
    if (!t.answer.empty()) CliOutput::print("Entreprise : {}\n", oneLine(t.answer));
    for (const auto& r : t.revealed) CliOutput::print("Appris : {}\n", transcript.known.at(r));
    CliOutput::print("Confiance : {} → {} ; {}\n", frenchNumber(t.trustBefore, 0),
                     frenchNumber(t.trustAfter, 0), frenchCount(t.minutes, "minute", "minutes"));
    if (t.kind == MeetingAct::Kind::Counter)
        for (const auto& e : t.effects) CliOutput::print("Négociation : {}\n", e);
    for (const auto& f : t.flags) CliOutput::print("Alerte : {}\n", f);
    if (t.step == static_cast<int>(transcript.turns.size()) && !transcript.closure.empty())
        CliOutput::print("Rendez-vous {} — {}\n", transcript.closure,
                         meetingOutcomeLabel(transcript.outcome));
}

void list(const AttemptSession& session, CliContext& context, bool json) {
    const auto& a = session.attempt();
    const auto all =
        MeetingView::all(a.market(), context.reference(), a.scenario(), a.seed(), session.state());
    if (json) {
        auto out = nlohmann::json::array();
        for (const auto& t : all) {
            const auto* r = session.state().meetings().meeting(t.meeting);
            out.push_back({{"rdv", t.meeting},
                           {"siret", t.siret},
                           {"date", r->date.iso()},
                           {"semaine", r->week},
                           {"phase", meetingPhaseCode(t.phase)},
                           {"issue", meetingOutcomeCode(t.outcome)},
                           {"cloture", t.closure}});
        }
        CliOutput::json(out);
        return;
    }
    if (all.empty()) {
        CliOutput::print("Aucun rendez-vous (cmcsim meeting open FICHIER SIRET)\n");
        return;
    }
    for (const auto& t : all) {
        const auto* r = session.state().meetings().meeting(t.meeting);
        CliOutput::print("n° {} — SIRET {} — {} (semaine {}) — phase « {} » — {}{}\n", t.meeting,
                         t.siret, r->date.french(), r->week, meetingPhaseLabel(t.phase),
                         meetingOutcomeLabel(t.outcome),
                         r->lapsed ? " (" + t.closure + ")" : std::string());
    }
}

}  // namespace

void addMeetingCommands(CLI::App& app, CliContext& context) {
    auto* meeting = app.add_subcommand(
        "meeting",
        "Les rendez-vous clients : les ouvrir, y choisir questions et arguments, écrire "
        "les exigences et besoins, présenter une offre, clore, relire le débriefing");
    meeting->require_subcommand(1);
    static std::string file, siret, subject, choice, needs, counterpart;
    static int rdv = 0, version = 0, duration = 0;
    static double discount = 0;
    static bool json = false, all = false, truth = false;
    const auto fileOption = [](CLI::App* c) {
        c->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    };
    const auto rdvOption = [](CLI::App* c) {
        c->add_option("RDV", rdv, "Numéro du rendez-vous (cmcsim meeting show FICHIER)")
            ->required()
            ->check(CliOptions::integer(1, 100000));
    };
    // Runs one command of the journal, then prints the step it made.
    const auto run = [&context](const char* kind, const nlohmann::json& payload) {
        AttemptSession session(file, context.reference());
        session.execute(kind, payload);
        bool stopped = false;
        {
            // The company ended the meeting after this step (its planned duration overrun):
            // the step, then the closure, recorded at once.
            const auto before = viewOf(session, context, rdv);
            const auto& t = before.transcript();
            stopped = t.stoppedByCompany && !before.record().closed();
            if (stopped) printTurn(t.turns[t.turns.size() - 2], t);
        }
        if (stopped) session.execute(command::kMeetingClose, {{"rdv", rdv}});
        const auto view = viewOf(session, context, rdv);
        const auto& t = view.transcript();
        printTurn(t.turns.back(), t);
        return view.transcript().outcome;
    };

    auto* open = meeting->add_subcommand(
        "open",
        "Ouvre un rendez-vous avec l'entreprise d'un SIRET du fichier prospects "
        "(rendez-vous demandé ; commande rdv.ouverture)");
    fileOption(open);
    open->add_option("SIRET", siret, "SIRET de l'établissement (14 chiffres)")->required();
    open->add_option("--objet", subject, "Objet du rendez-vous");
    open->add_option("--duree", duration,
                     "Durée prévue du rendez-vous, en minutes, de 30 à 240 (par défaut celle de "
                     "datasets/parametres_rdv.csv, duree_rdv) : prise sur la capacité de la "
                     "semaine ; au-delà, avec la tolérance, l'entreprise y met fin");
    open->callback([&context] {
        if (duration != 0)
            if (const auto why = MeetingDuration::refusal(duration, context.reference().meetings);
                !why.empty())
                throw InputError("--duree", why);
        AttemptSession session(file, context.reference());
        nlohmann::json payload = {{"siret", siret}};
        if (!subject.empty()) payload["objet"] = subject;
        if (duration != 0) payload["duree_minutes"] = duration;
        session.execute(command::kMeetingOpen, payload);
        const auto& m = session.state().meetings().meetings().back();
        const auto view = viewOf(session, context, m.id);
        CliOutput::print("Rendez-vous n° {} ouvert avec {} (SIRET {}), le {} (semaine {})\n", m.id,
                         oneLine(view.companyName()), m.siret, m.date.french(), m.week);
    });

    auto* choices = meeting->add_subcommand(
        "choices",
        "Les choix des banques possibles maintenant : la phase en cours et les "
        "suivantes (--all), avec leur identifiant");
    fileOption(choices);
    rdvOption(choices);
    choices->add_flag("--all", all, "Toutes les phases encore possibles");
    choices->add_flag("--json", json, "Sortie JSON");
    choices->callback([&context] {
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        const auto view = viewOf(session, context, rdv);
        const auto phase = view.transcript().phase;
        // In bank order, phase by phase.
        std::vector<const MeetingEntry*> entries;
        for (const auto& e : context.reference().meetings.entries)
            if (!view.record().closed() && e.phase >= phase &&
                (all || e.phase <= std::max(phase, MeetingPhase::Preparation)))
                entries.push_back(&e);
        if (json) {
            auto out = nlohmann::json::array();
            for (const auto* e : entries)
                // No type nor criterion: they tell a choice's quality (the debrief shows them).
                out.push_back({{"id", e->id},
                               {"phase", meetingPhaseCode(e->phase)},
                               {"libelle", e->wording}});
            CliOutput::json(out);
            return;
        }
        if (view.record().closed()) {
            CliOutput::print("Le rendez-vous n° {} est clos.\n", rdv);
            return;
        }
        CliOutput::print("Rendez-vous n° {} — phase « {} »\n", rdv, meetingPhaseLabel(phase));
        MeetingPhase shown = phase;
        std::size_t idWidth = 0;  // the ids' column: as wide as the longest
        for (const auto* e : entries) idWidth = std::max(idWidth, textWidth(e->id));
        for (const auto* e : entries) {
            if (e->phase != shown || e == entries.front()) {
                shown = e->phase;
                CliOutput::print("{}\n", meetingPhaseLabel(shown));
            }
            CliOutput::print("  {} {}\n", fitColumn(e->id, idWidth), e->wording);
        }
        if (!all)
            CliOutput::print(
                "(--all : les phases suivantes ; « offer » présente une offre, "
                "« needs » écrit les exigences et besoins)\n");
    });

    auto* choose = meeting->add_subcommand(
        "choose", "Pose une question ou avance un argument des banques (commande rdv.choix)");
    fileOption(choose);
    rdvOption(choose);
    choose->add_option("CHOIX", choice, "Identifiant du choix (cmcsim meeting choices)")
        ->required();
    choose->callback([run] { run(command::kMeetingChoice, {{"rdv", rdv}, {"choix", choice}}); });

    auto* needsCommand = meeting->add_subcommand(
        "needs", "Écrit les exigences et besoins, signés par l'entreprise (commande rdv.besoins)");
    fileOption(needsCommand);
    rdvOption(needsCommand);
    needsCommand->add_option("TEXTE", needs, "Les exigences et besoins rédigés")->required();
    needsCommand->callback([run] {
        run(command::kMeetingNeeds, {{"rdv", rdv}, {"besoins", needs}});
    });

    auto* offer = meeting->add_subcommand(
        "offer", "Présente une version d'offre enregistrée pour ce SIRET (commande rdv.offre)");
    fileOption(offer);
    rdvOption(offer);
    offer->add_option("VERSION", version, "Version de l'offre (1, 2, …)")
        ->required()
        ->check(CliOptions::integer(1, 100000));
    offer->callback([run] { run(command::kMeetingOffer, {{"rdv", rdv}, {"version", version}}); });

    auto* counter = meeting->add_subcommand(
        "counter",
        "Fait une contre-proposition sur l'offre présentée : une remise, dans la politique "
        "commerciale de la mutuelle, avec une contrepartie éventuelle (commande "
        "rdv.contreproposition)");
    fileOption(counter);
    counter->add_option("--rdv", rdv, "Numéro du rendez-vous")
        ->required()
        ->check(CliOptions::integer(1, 100000));
    counter->add_option("--remise", discount, "Remise proposée, en % de la cotisation (0 à 100)")
        ->required()
        ->check(CliOptions::number(0, 100));
    counter
        ->add_option("--contrepartie", counterpart,
                     "Ce que la remise accompagne : prevoyance ou services (offre "
                     "multi-produits), engagement (de l'entreprise sur la durée)")
        ->check(CliOptions::oneOf({"prevoyance", "services", "engagement"}));
    counter->callback([run] {
        nlohmann::json payload = {{"rdv", rdv}, {"remise_pct", discount}};
        if (!counterpart.empty()) payload["contrepartie"] = counterpart;
        run(command::kMeetingCounter, payload);
    });

    auto* close = meeting->add_subcommand(
        "close",
        "Clôt le rendez-vous (commande rdv.cloture) : signé si l'entreprise a accepté la "
        "signature (choix clo_signature), prochaine étape si une signature ou une prochaine "
        "étape (clo_prochaine_etape) a été demandée, la confiance au seuil seuil_prochaine_etape "
        "(datasets/parametres_rdv.csv), sinon "
        "perdu");
    fileOption(close);
    rdvOption(close);
    close->callback([run] { run(command::kMeetingClose, {{"rdv", rdv}}); });

    auto* show = meeting->add_subcommand(
        "show", "Les rendez-vous de l'épreuve, ou le compte rendu de l'un d'eux");
    fileOption(show);
    show->add_option("RDV", rdv, "Numéro du rendez-vous")->check(CliOptions::integer(1, 100000));
    show->add_flag("--json", json, "Sortie JSON");
    show->callback([&context] {
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        if (rdv == 0) return list(session, context, json);
        const auto view = viewOf(session, context, rdv);
        if (json) {
            auto out = view.transcript().toJson();
            out["objet"] = view.record().subject;
            out["date"] = view.record().date.iso();
            out["semaine"] = view.record().week;
            return CliOutput::json(out);
        }
        CliOutput::text(DocumentText::render(
            MeetingDocument::transcript(view.transcript(), view.record(), view.companyName())));
    });

    auto* debrief = meeting->add_subcommand(
        "debrief",
        "Le débriefing d'un rendez-vous : critère, révélé, confiance et meilleurs "
        "choix à chaque étape ; obligations DDA");
    fileOption(debrief);
    rdvOption(debrief);
    debrief->add_flag("--truth", truth,
                      "Vue évaluateur : ajoute les besoins réels de l'entreprise");
    debrief->callback([&context] {
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        if (truth) TruthAccess::require(session.attempt().journal(), file);
        const auto view = viewOf(session, context, rdv);
        CliOutput::text(DocumentText::render(
            MeetingDocument::debrief(view.debrief(), view.record(), view.companyName(),
                                     context.reference(), truth ? &view.needs() : nullptr)));
    });
}

}  // namespace cmcsim::cli
