// The tender command: the calls for tender of an attempt (list, specifications, questions, the
// response, its submission and the debrief), README.md "CLI" and docs/attempt-format.md "Les
// appels d'offres". Every rule is the engine's (engine/tender); this file only prints.
#include <fmt/format.h>

#include <optional>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "PdfOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/TruthAccess.h"
#include "cmcsim/tender/TenderDesk.h"

namespace cmcsim::cli {

namespace {

AttemptSession::Access access(bool readOnly) {
    return readOnly ? AttemptSession::Access::ReadOnly : AttemptSession::Access::Work;
}

TenderDesk deskOf(const AttemptSession& session, const ReferenceData& reference) {
    const auto& attempt = session.attempt();
    return TenderDesk(reference, attempt.scenario(), attempt.market(), session.state());
}

void printEntry(const JournalEntry& entry, const std::string& what) {
    CliOutput::print("Entrée {} enregistrée : {}\n", entry.sequence, what);
}

// The CLI's hint, before the engine refuses a step whose prerequisite is not done (the engine
// names no command): the specifications to read first, and for a submission a response to prepare.
void requireSteps(const AttemptSession& session, const ReferenceData& reference,
                  const std::string& file, const std::string& id, bool draft) {
    deskOf(session, reference).visible(id);  // an unknown id gets the engine's message
    const auto* r = session.state().tenders().find(id);
    const auto where = fmt::format("appel « {} »", id);
    if (!r)
        throw InputError(where, fmt::format("lisez d'abord le cahier des charges : cmcsim tender "
                                            "show {} {}",
                                            file, id));
    if (draft && !r->draft && !r->submittedBy)
        throw InputError(where, fmt::format("aucune réponse préparée : cmcsim tender respond {} {} "
                                            "--version N --reponse QUESTION=TEXTE --document ID",
                                            file, id));
}

void list(const AttemptSession& session, const ReferenceData& reference, bool json) {
    const auto desk = deskOf(session, reference);
    const auto statuses = desk.list();
    if (json) {
        auto out = nlohmann::json::array();
        for (const auto& s : statuses) {
            const auto& t = *s.tender;
            out.push_back({{"ao", t.id},
                           {"entreprise", s.company},
                           {"siret", siret::formatSiret(t.siret)},
                           {"origine", t.fromGenerator ? "generateur" : "scenario"},
                           {"semaine_publication", t.publicationWeek},
                           {"semaine_limite_questions", t.questionWeek},
                           {"semaine_limite_depot", t.submissionWeek},
                           {"semaine_attribution", t.awardWeek},
                           {"produits", t.productsLabel()},
                           {"niveau", t.level},
                           {"structure", t.structure},
                           {"expression", t.pmss ? "pct_pmss" : "euros"},
                           {"etat", s.stage}});
        }
        CliOutput::json({{"semaine", desk.week()}, {"appels_offres", out}});
        return;
    }
    CliOutput::print("Semaine {} : {}\n", desk.week(),
                     frenchCount(static_cast<double>(statuses.size()), "appel d'offres publié",
                                 "appels d'offres publiés"));
    for (const auto& s : statuses) {
        const auto& t = *s.tender;
        CliOutput::print(
            "  {} — {} : {}, niveau {} ; questions jusqu'en semaine {}, dépôt jusqu'en semaine "
            "{}, attribution en semaine {} — {}\n",
            t.id, oneLine(s.company), t.productsLabel(), t.level, t.questionWeek, t.submissionWeek,
            t.awardWeek, s.stage);
    }
}

}  // namespace

void addTenderCommands(CLI::App& app, CliContext& context) {
    auto* tender = app.add_subcommand(
        "tender",
        "Les appels d'offres : liste, cahier des charges, questions, réponse, dépôt, "
        "résultat");
    tender->require_subcommand(1);
    static std::string file, id;

    auto* listCommand = tender->add_subcommand(
        "list", "Les appels d'offres publiés à la date simulée, avec l'état de votre réponse");
    listCommand->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    static bool json = false;
    listCommand->add_flag("--json", json, "Sortie JSON");
    listCommand->callback([&context] {
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        list(session, context.reference(), json);
    });

    auto* show = tender->add_subcommand(
        "show",
        "Le cahier des charges (sa lecture révèle l'état du personnel de l'entreprise et "
        "s'enregistre au journal : commande ao.lecture)");
    show->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    show->add_option("ID", id, "Identifiant de l'appel (cmcsim tender list)")->required();
    static std::string pdf;
    static bool force = false, truth = false;
    show->add_option("--pdf", pdf, "Écrit le cahier des charges en PDF dans ce fichier");
    show->add_flag("--force", force, "Remplace le fichier PDF s'il existe");
    show->add_flag("--truth", truth,
                   "Vue de l'évaluateur : montre le cahier des charges sans rien enregistrer");
    show->callback([&context] {
        if (!pdf.empty()) OutputFile::check(pdf, force, {file});
        const auto& ref = context.reference();
        AttemptSession session(file, ref, {}, access(truth));
        if (truth) TruthAccess::require(session.attempt().journal(), file);
        // One desk: the truth is built once, for the reading's payload and the document (it
        // does not depend on the journal the reading extends).
        const auto desk = deskOf(session, ref);
        const auto& disclosed = desk.truth(desk.visible(id));
        if (!truth)
            if (const auto payload = desk.readCommand(id)) {
                const auto& entry = session.execute(command::kTenderRead, *payload);
                CliOutput::text(fmt::format("Entrée {} enregistrée : lecture du cahier des charges "
                                            "{} (l'état du personnel de l'entreprise est connu)\n",
                                            entry.sequence, id),
                                stderr);
            }
        const auto document =
            TenderDocument::specifications(session.attempt().scenario(), disclosed);
        if (pdf.empty()) {
            CliOutput::text(DocumentText::render(document));
            return;
        }
        OutputFile target(pdf, force, {file});
        const int pages = writePdf(document, target);
        CliOutput::text(fmt::format("cahier des charges {} écrit dans {} ({})\n", id, pdf,
                                    frenchCount(pages, "page", "pages")),
                        stderr);
    });

    auto* question = tender->add_subcommand(
        "question",
        "Pose une question à l'entreprise avant la date limite des questions (ao.question) "
        "et affiche sa réponse ; sans TEXTE, affiche les questions posées");
    question->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    question->add_option("ID", id, "Identifiant de l'appel")->required();
    static std::string text;
    question
        ->add_option(
            "TEXTE", text,
            fmt::format("La question ({} caractères au plus)", TenderFile::kQuestionMaxLength))
        ->check(CliOptions::text(4 * TenderFile::kQuestionMaxLength));
    question->callback([&context] {
        const auto& ref = context.reference();
        AttemptSession session(file, ref, {}, access(text.empty()));
        if (!text.empty()) {
            requireSteps(session, ref, file, id, false);
            printEntry(session.execute(command::kTenderQuestion, {{"ao", id}, {"texte", text}}),
                       "question posée");
        }
        const auto asked = deskOf(session, ref).questions(id);
        if (asked.empty()) CliOutput::print("Aucune question posée sur l'appel {}\n", id);
        for (const auto& [q, answer] : asked)
            CliOutput::print("Semaine {} — Q : {}\n  R : {}\n", q.week, oneLine(q.text),
                             oneLine(answer));
    });

    auto* respond = tender->add_subcommand(
        "respond",
        "Prépare la réponse (ao.reponse) : la version d'offre, les réponses aux "
        "questions, les documents ; remplace la réponse précédente");
    respond->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    respond->add_option("ID", id, "Identifiant de l'appel")->required();
    static int version = 0;
    static std::vector<std::string> answers, documents;
    static std::string from;
    respond
        ->add_option(
            "--version", version,
            "Version de l'offre enregistrée pour l'entreprise (act … offre.enregistrement)")
        ->required()
        ->check(CliOptions::integer(1, 1'000'000));
    // A malformed value is a usage error (exit 2) naming the option, like every option's.
    const CLI::Validator answerPair(
        [](std::string& input) -> std::string {
            const auto at = input.find('=');
            if (at != std::string::npos && at > 0) return {};
            return fmt::format(
                "« {} » refusé : IDENTIFIANT=TEXTE attendu (l'identifiant d'une "
                "question du cahier des charges, par exemple tiers_payant=…)",
                utf8::terminalSafe(input.substr(0, 40)));
        },
        "");
    respond
        ->add_option("--reponse", answers, "Réponse à une question : IDENTIFIANT=TEXTE (répétable)")
        ->check(answerPair);
    respond->add_option("--document", documents, "Document fourni (répétable)");
    respond->add_option("--from", from,
                        "Fichier JSON {\"reponses\": {question: texte}, \"documents\": [...]}");
    respond->callback([&context] {
        nlohmann::json payload = {{"ao", id},
                                  {"version", version},
                                  {"reponses", nlohmann::json::object()},
                                  {"documents", nlohmann::json::array()}};
        if (!from.empty()) {
            const auto document = JsonReader::parse(TextFile::read(from, 1 << 20), from);
            if (!document.is_object())
                throw InputError(from, "objet JSON {\"reponses\", \"documents\"} attendu");
            if (document.contains("reponses")) payload["reponses"] = document["reponses"];
            if (document.contains("documents")) payload["documents"] = document["documents"];
        }
        for (const auto& a : answers) {
            const auto at = a.find('=');
            payload["reponses"][a.substr(0, at)] = a.substr(at + 1);
        }
        for (const auto& d : documents) payload["documents"].push_back(d);
        AttemptSession session(file, context.reference());
        requireSteps(session, context.reference(), file, id, false);
        printEntry(session.execute(command::kTenderResponse, payload),
                   fmt::format("réponse à l'appel {} avec l'offre v{}", id, version));
        // Kept as a draft, to be corrected: what `submit` would refuse now is said now.
        const auto refusals = deskOf(session, context.reference()).submissionRefusals(id);
        if (!refusals.empty()) CliOutput::print("⚠ En l'état, le dépôt serait refusé :\n");
        for (const auto& reason : refusals) CliOutput::print("  - {}\n", reason);
    });

    auto* submit = tender->add_subcommand(
        "submit",
        "Dépose la réponse (ao.depot), définitivement : refusé après la date limite "
        "ou si la réponse est incomplète ou non conforme, avec les raisons");
    submit->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    submit->add_option("ID", id, "Identifiant de l'appel")->required();
    submit->callback([&context] {
        AttemptSession session(file, context.reference());
        requireSteps(session, context.reference(), file, id, true);
        printEntry(session.execute(command::kTenderSubmit, {{"ao", id}}),
                   fmt::format("réponse à l'appel {} déposée", id));
    });

    auto* debrief = tender->add_subcommand(
        "debrief",
        "Le résultat de l'appel une fois sa semaine d'attribution jouée : votre rang, "
        "vos notes par critère, le niveau de prix de l'offre retenue");
    debrief->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    debrief->add_option("ID", id, "Identifiant de l'appel")->required();
    static bool debriefJson = false;
    debrief->add_flag("--json", debriefJson, "Sortie JSON");
    debrief->callback([&context] {
        const auto& ref = context.reference();
        AttemptSession session(file, ref, {}, AttemptSession::Access::ReadOnly);
        const auto desk = deskOf(session, ref);
        const auto& t = desk.visible(id);
        const auto award = desk.award(id);
        if (!award)
            throw InputError(fmt::format("appel « {} »", id),
                             fmt::format("le résultat sera connu une fois la semaine {} jouée "
                                         "(semaines jouées : {})",
                                         t.awardWeek, desk.weeksRun()));
        if (debriefJson) {
            auto bids = nlohmann::json::array();
            for (const auto& b : award->ranking) {
                nlohmann::json scores = nlohmann::json::object();
                for (const auto& [criterion, s] : b.scores) scores[criterion] = s;
                bids.push_back({{"organisme", b.bidder},
                                {"candidat", b.candidate},
                                {"cotisation_annuelle", b.annualPremium},
                                {"services_annuels", b.annualServices},
                                {"indice_prix", b.priceIndex},
                                {"niveau", b.level},
                                {"notes", scores},
                                {"points", b.points}});
            }
            auto judged = nlohmann::json::array();
            if (const auto* mine = award->candidate())
                for (const auto& v : mine->answers)
                    judged.push_back({{"question", v.question},
                                      {"traitee", v.addressed},
                                      {"note", v.credit},
                                      {"motif", v.reason},
                                      {"points_refuses", v.pointsRefused},
                                      {"non_conforme", v.nonCompliant()}});
            CliOutput::json({{"ao", id},
                             {"rang", award->candidateRank},
                             {"offres", award->ranking.size()},
                             {"cotisation_reference", desk.truth(t).referencePremium},
                             {"indice_prix_retenu", award->winner().priceIndex},
                             {"prix_retenu", award->winner().price()},
                             {"reponses", judged},
                             {"classement", bids}});
            return;
        }
        CliOutput::text(DocumentText::render(TenderDocument::debrief(desk.truth(t), *award)));
    });
}

}  // namespace cmcsim::cli
