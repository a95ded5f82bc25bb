// The journal commands: act (apply a candidate's command headlessly), journal (the entries in
// French) and replay (the state after any entry), README.md "CLI".
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim::cli {

namespace {
// The kinds a candidate's command may have (the others are written by the program itself).
const std::vector<std::string> kActKinds = {
    command::kBuyStudy, command::kVerify, command::kCensusRequest, command::kFlag, command::kTag,
    command::kNote, command::kSaveFilter, command::kDeleteFilter, command::kSaveSegment,
    command::kDeleteSegment, command::kSaveOffer, command::kUndo, command::kRedo, command::kSeal,
    // The action plan (cmcsim plan writes the same commands).
    command::kPlanObjective, command::kPlanObjectiveRemove, command::kPlanTarget,
    command::kPlanTargetRemove, command::kPlanAction, command::kPlanActionRemove,
    command::kPlanCapacity,
    // The synthesis note (cmcsim note set writes the same command).
    command::kSaveNote};

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : separator) + item;
    return text;
}

// The JSON path of the object being parsed, to name a duplicate key.
struct KeyTracker {
    std::vector<std::set<std::string>> seen;
    std::vector<std::string> path{"$"};
    std::string pendingKey;
};

nlohmann::json payloadOption(const std::string& text, const std::string& kind) {
    nlohmann::json payload;
    KeyTracker keys;
    // nlohmann keeps the last of two equal keys silently: a duplicate is refused, named.
    const nlohmann::json::parser_callback_t duplicates =
        [&keys](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
            using Event = nlohmann::json::parse_event_t;
            if (event == Event::object_start) {
                if (!keys.seen.empty() && !keys.pendingKey.empty())
                    keys.path.push_back(keys.path.back() + "." + keys.pendingKey);
                else if (!keys.seen.empty())
                    keys.path.push_back(keys.path.back() + "[]");
                keys.seen.emplace_back();
            } else if (event == Event::object_end) {
                keys.seen.pop_back();
                if (keys.path.size() > 1) keys.path.pop_back();
            } else if (event == Event::key) {
                keys.pendingKey = parsed.get<std::string>();
                if (!keys.seen.back().insert(keys.pendingKey).second)
                    throw CLI::ValidationError(
                        "--payload " + keys.path.back(),
                        fmt::format("clé « {} » en double (une seule fois attendue)",
                                    oneLine(keys.pendingKey)));
            } else if (event == Event::value) {
                keys.pendingKey.clear();
            }
            return true;
        };
    try {
        payload = nlohmann::json::parse(text, duplicates);
    } catch (const nlohmann::json::parse_error& e) {
        throw CLI::ValidationError("--payload",
                                   fmt::format("JSON illisible au caractère {} (attendu un objet "
                                               "JSON, par exemple {{\"ligne\": 12}})",
                                               e.byte));
    } catch (const nlohmann::json::exception&) {  // a number beyond a double, e.g. 1e400
        throw CLI::ValidationError("--payload", "nombre hors des limites représentables");
    }
    if (!payload.is_object())
        throw CLI::ValidationError("--payload", "objet JSON attendu, par exemple {\"ligne\": 12}");
    // The keys each kind allows are the engine's rule (AttemptState refuses an unknown key,
    // naming the keys expected); the hand-in's payload is written by the program.
    if (kind == command::kSeal && !payload.empty())
        throw CLI::ValidationError("--payload",
                                   fmt::format("{} n'a pas de contenu ({{}} attendu)", kind));
    return payload;
}

std::string money(double eur) {
    return frenchNumber(eur, 2) + " €";
}

std::string days(double d) {
    return frenchNumber(d, 2) + " j";
}

void addAct(CLI::App& app, CliContext& context) {
    auto* act = app.add_subcommand(
        "act",
        "Applique une commande du candidat à l'épreuve, sans interface (scripts de "
        "formateurs)");
    static std::string file, kind, payload = "{}";
    act->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    act->add_option("KIND", kind, "Type de commande : " + joined(kActKinds, ", "))->required();
    act->add_option("--payload", payload, "Contenu JSON de la commande (par défaut {})");
    act->callback([&context] {
        if (std::find(kActKinds.begin(), kActKinds.end(), kind) == kActKinds.end())
            throw CLI::ValidationError(
                "KIND", fmt::format("type de commande inconnu « {} » (attendu : {})", oneLine(kind),
                                    joined(kActKinds, ", ")));
        const auto json = payloadOption(payload, kind);
        AttemptSession session(file, context.reference());
        const AttemptState before = session.state();
        std::string receipt;
        if (kind == command::kSeal)
            receipt = session.seal();
        else
            session.execute(kind, json);
        const auto& entry = session.attempt().journal().back();
        const auto& state = session.state();
        CliOutput::print("Entrée {} enregistrée : {} — {}\n", entry.sequence,
                         JournalText::kindName(entry.kind),
                         JournalText::describe(entry, session.attempt().scenario(),
                                               *ProspectDirectory::over(session.attempt().market()),
                                               &session.attempt().journal()));
        for (const auto& line : session.timeline().changes(before, state))
            CliOutput::print("  {}\n", line);
        CliOutput::print(
            "Budget restant : {} ; jours d'analyse restants : {} ; date simulée : {}\n",
            money(state.budgetLeft()), days(state.daysLeft()), state.simulatedDate().french());
        if (!receipt.empty()) CliOutput::print("Reçu : {}\n", receipt);
    });
}

void addJournal(CLI::App& app, CliContext& context) {
    auto* journal = app.add_subcommand(
        "journal", "Liste les entrées du journal d'une épreuve, en français (annulées signalées)");
    static std::string file;
    static bool json = false;
    journal->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    journal->add_flag("--json", json, "Sortie JSON");
    journal->callback([&context] {
        AttemptReader reader(file, context.reference());
        const auto prospects = reader.prospects();
        const auto state = reader.replay();
        const auto& entries = reader.journal();
        auto list = nlohmann::json::array();
        if (!json)
            CliOutput::print("Épreuve : {}\nJournal : {}\n", file,
                             frenchCount(static_cast<double>(entries.size()), "entrée", "entrées"));
        for (const auto& e : entries) {
            const bool undone = state.undone().contains(e.sequence);
            const auto detail = JournalText::describe(e, reader.scenario(), *prospects, &entries);
            if (json) {
                list.push_back({{"entree", e.sequence},
                                {"date_simulee", e.simulatedDate.iso()},
                                {"heure", e.wallTime},
                                {"type", e.kind},
                                {"libelle", JournalText::kindName(e.kind)},
                                {"detail", detail},
                                {"annulee", undone}});
                continue;
            }
            CliOutput::print("{:>5}  {}  {}  {} : {}{}\n", e.sequence, e.simulatedDate.french(),
                             oneLine(e.wallTime), JournalText::kindName(e.kind), detail,
                             undone ? "  [annulée]" : "");
        }
        if (json) CliOutput::json({{"fichier", file}, {"entrees", list}});
    });
}

// "« Veille concurrentielle », « Statistiques »", or "aucune".
std::string listOr(const std::vector<std::string>& items, const char* none) {
    return items.empty() ? std::string(none) : joined(items, ", ");
}

void printState(const AttemptState& state, const Scenario& scenario,
                const ProspectDirectory& prospects) {
    const auto lineName = [&](std::uint32_t line) {
        return fmt::format("ligne {} « {} »", line, oneLine(prospects.lineName(line)));
    };
    CliOutput::print("Date simulée : {}\n", state.simulatedDate().french());
    CliOutput::print("Budget restant : {} sur {}\n", money(state.budgetLeft()),
                     money(scenario.policy.budgetEur));
    CliOutput::print("Jours d'analyse restants : {} sur {}\n", days(state.daysLeft()),
                     days(scenario.policy.analysisDays));
    std::vector<std::string> studies;
    for (const auto& s : scenario.studies)
        if (state.studies().contains(s.id)) studies.push_back("« " + oneLine(s.title) + " »");
    CliOutput::print("Études achetées ({}) : {}\n", studies.size(), listOr(studies, "aucune"));
    std::vector<std::string> verified, census, flags, tags, notes;
    for (const auto& [line, n] : state.records()) {
        if (n.verifiedBy) verified.push_back(std::to_string(line));
        if (n.censusBy) census.push_back(std::to_string(line));
        for (const auto& f : n.flags)
            flags.push_back(fmt::format("{} : {} (« {} ») — entrée {}", lineName(line), f.kind,
                                        oneLine(f.reason), f.entry));
        for (const auto& t : n.tags)
            tags.push_back(fmt::format("{} : « {} »", lineName(line), oneLine(t)));
        for (const auto& [entry, text] : n.notes)
            notes.push_back(
                fmt::format("{} : « {} » — entrée {}", lineName(line), oneLine(text), entry));
    }
    const auto lines = [](const std::vector<std::string>& numbers, const char* none) {
        if (numbers.empty()) return std::string(none);
        return (numbers.size() == 1 ? "ligne " : "lignes ") + joined(numbers, ", ");
    };
    CliOutput::print("Fiches vérifiées ({}) : {}\n", verified.size(), lines(verified, "aucune"));
    CliOutput::print("États du personnel demandés ({}) : {}\n", census.size(),
                     lines(census, "aucun"));
    const auto block = [](const char* title, const std::vector<std::string>& items,
                          const char* none) {
        CliOutput::print("{} ({}) :{}{}\n", title, items.size(), items.empty() ? " " : "",
                         items.empty() ? none : "");
        for (const auto& item : items) CliOutput::print("  {}\n", item);
    };
    block("Signalements", flags, "aucun");
    block("Étiquettes", tags, "aucune");
    block("Notes", notes, "aucune");
    std::vector<std::string> filters, segments, offers;
    for (const auto& [name, filter] : state.filters())
        filters.push_back("« " + oneLine(name) + " »");
    CliOutput::print("Filtres ({}) : {}\n", filters.size(), listOr(filters, "aucun"));
    for (const auto& s : state.segments())
        segments.push_back(fmt::format(
            "« {} » ({}) : {}, {}, potentiel {} €, conversion {} % — entrée {}", oneLine(s.name),
            oneLine(s.id),
            frenchCount(static_cast<double>(s.establishments), "établissement", "établissements"),
            frenchCount(static_cast<double>(s.employees), "salarié", "salariés"),
            frenchNumber(s.premiumPotentialEur, 0), frenchNumber(s.expectedConversion * 100, 1),
            s.entry));
    block("Segments", segments, "aucun");
    for (const auto& o : state.offers())
        offers.push_back(
            fmt::format("SIRET {}, version {} — entrée {}", o.siret, o.version, o.entry));
    block("Offres", offers, "aucune");
    if (!state.planVersions().empty()) {
        const auto& plan = state.plan();
        CliOutput::print(
            "Plan d'actions : {}, {}, {}, capacité {} h par semaine — {} (cmcsim plan)\n",
            frenchCount(static_cast<double>(plan.objectives.size()), "objectif", "objectifs"),
            frenchCount(static_cast<double>(plan.targets.size()), "cible", "cibles"),
            frenchCount(static_cast<double>(plan.actions.size()), "action", "actions"),
            frenchShort(plan.weeklyCapacityHours, 1),
            frenchCount(static_cast<double>(state.planVersions().size()), "version", "versions"));
    }
    std::vector<std::string> undone;
    for (const auto entry : state.undone()) undone.push_back(std::to_string(entry));
    CliOutput::print("Entrées annulées : {}\n", listOr(undone, "aucune"));
    CliOutput::print("Remise : {}\n", state.sealed() ? "oui" : "non");
}

void addReplay(CLI::App& app, CliContext& context) {
    auto* replay = app.add_subcommand(
        "replay",
        "Montre l'état d'une épreuve après une entrée du journal, et ce qu'elle a changé");
    static std::string file;
    static std::int64_t to = 0;
    static bool json = false;
    replay->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    replay->add_option("--to", to, "Numéro de l'entrée (1 à la dernière)")
        ->required()
        ->check(CliOptions::integer(1, 1'000'000'000));
    replay->add_flag("--json", json, "Sortie JSON");
    replay->callback([&context] {
        AttemptReader reader(file, context.reference());
        const auto prospects = reader.prospects();
        const AttemptTimeline timeline(reader.scenario(), prospects, reader.journal(),
                                       context.reference().planRules);
        if (to > timeline.entries())
            throw InputError(
                "--to", fmt::format("entrée {} hors du journal : il compte {} (1 à {})", to,
                                    frenchCount(static_cast<double>(timeline.entries()), "entrée",
                                                "entrées"),
                                    timeline.entries()));
        const auto& entry = reader.journal()[static_cast<std::size_t>(to - 1)];
        const auto state = timeline.stateAt(to);
        const auto changes = timeline.changesAt(to);
        const auto detail =
            JournalText::describe(entry, reader.scenario(), *prospects, &reader.journal());
        if (json) {
            CliOutput::json({{"fichier", file},
                             {"entree", to},
                             {"entrees", timeline.entries()},
                             {"commande",
                              {{"type", entry.kind},
                               {"libelle", JournalText::kindName(entry.kind)},
                               {"detail", detail},
                               {"date_simulee", entry.simulatedDate.iso()},
                               {"heure", entry.wallTime}}},
                             {"changements", changes},
                             {"etat", state.toJson()}});
            return;
        }
        CliOutput::print("Épreuve : {}\n", file);
        CliOutput::print("État après l'entrée {} sur {} : {} — {} ({}, {})\n", to,
                         timeline.entries(), JournalText::kindName(entry.kind), detail,
                         entry.simulatedDate.french(), oneLine(entry.wallTime));
        printState(state, reader.scenario(), *prospects);
        CliOutput::print("Ce qu'a changé l'entrée {} :\n", to);
        for (const auto& line : changes) CliOutput::print("  {}\n", line);
    });
}
}  // namespace

void addJournalCommands(CLI::App& app, CliContext& context) {
    addAct(app, context);
    addJournal(app, context);
    addReplay(app, context);
}

}  // namespace cmcsim::cli
