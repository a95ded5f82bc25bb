#include <fmt/format.h>

#include "CliContext.h"
#include "CliOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptRegister.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim::cli {

namespace {
// fmt::print on standard error through CliOutput: a typed receipt or a register's names cannot
// send escape sequences to the terminal.
template <typename... Args>
void printError(fmt::format_string<Args...> format, Args&&... args) {
    CliOutput::text(fmt::format(format, std::forward<Args>(args)...), stderr);
}

void addSeal(CLI::App& app, CliContext& context) {
    auto* seal = app.add_subcommand(
        "seal", "Remet l'épreuve : plus aucune commande ensuite ; affiche le reçu de remise");
    static std::string file;
    seal->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    seal->callback([&context] {
        AttemptSession session(file, context.reference());
        if (session.state().sealed()) {
            AttemptIntegrity proved;
            AttemptFile::open(file, context.reference(), &proved);
            throw InputError(file, fmt::format("épreuve déjà remise le {} (reçu {}) ; elle n'a pas "
                                               "été modifiée",
                                               proved.sealedAt, proved.receipt));
        }
        const auto receipt = session.seal();
        CliOutput::print("Épreuve remise : {}\nReçu : {}\n", file, receipt);
        CliOutput::print("Vérification : cmcsim verify {} --receipt {}\n", file, receipt);
    });
}

void addVerify(CLI::App& app, CliContext& context) {
    auto* verify = app.add_subcommand(
        "verify", "Vérifie l'intégrité d'une épreuve, son reçu de remise et son registre");
    static std::string file, receipt, registerFile;
    verify->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    auto* receiptOption =
        verify->add_option("--receipt", receipt, "Reçu donné à la remise (XXXX-XXXX-XXXX-XXXX)");
    verify->add_option("--register", registerFile, "Registre écrit par cmcsim issue");
    verify->callback([&context, receiptOption] {
        AttemptIntegrity proved;
        const auto attempt = AttemptFile::open(file, context.reference(), &proved);
        // Every entry must replay, as for any other command: a chain recomputed over a refused
        // entry (a command after the hand-in, a study bought twice) is not an intact attempt.
        AttemptState::replay(attempt.scenario(), attempt.market(), attempt.journal());
        const auto& info = attempt.info();
        const auto candidate = info.contains("candidat") ? info.at("candidat") : std::string();
        CliOutput::print("Épreuve : {}\n", file);
        CliOutput::print("Candidat : {}\n", candidate.empty() ? "(non renseigné)" : candidate);
        CliOutput::print("Scénario : {} ({})\n", attempt.scenario().title, attempt.scenario().id);
        const auto journalEntries = attempt.journal().size();
        CliOutput::print("Journal : {} entrée{}, chaîne de hachage intacte\n", journalEntries,
                         journalEntries > 1 ? "s" : "");
        if (proved.bound)
            CliOutput::print("Tables : scellées à l'entrée {} du journal, identiques\n",
                             proved.bindingEntry);
        else
            CliOutput::print(
                "Tables : non scellées (format {} : seule la chaîne du journal est "
                "vérifiée)\n",
                proved.formatVersion);
        CliOutput::print("Empreinte de création : {}\n", proved.creationDigest);
        if (proved.sealed)
            CliOutput::print("Remise : {} ; reçu {}\n", proved.sealedAt, proved.receipt);
        else
            CliOutput::print("Remise : non remise\n");
        bool ok = true;
        // An empty --receipt "$CODE" is checked, and refused, not skipped.
        if (receiptOption->count() > 0) {
            const auto typed = Journal::normaliseReceipt(receipt);
            if (!typed) {
                printError(
                    "erreur : --receipt : reçu illisible « {} » (attendu "
                    "XXXX-XXXX-XXXX-XXXX)\n",
                    receipt);
                throw CommandFailed{2};
            }
            if (!proved.sealed) {
                printError(
                    "erreur : {} : épreuve non remise : aucun reçu ne peut lui "
                    "correspondre\n",
                    file);
                ok = false;
            } else if (*typed != proved.receipt) {
                printError(
                    "erreur : {} : le reçu {} ne correspond pas : ce fichier n'est "
                    "pas celui qui a été remis (son reçu est {})\n",
                    file, *typed, proved.receipt);
                ok = false;
            } else {
                CliOutput::print("Reçu : conforme, le fichier est celui qui a été remis\n");
            }
        }
        if (!registerFile.empty()) {
            const auto entries = AttemptRegister::read(registerFile);
            const auto it = std::find_if(entries.begin(), entries.end(), [&](const auto& e) {
                return e.creationDigest == proved.creationDigest;
            });
            if (it == entries.end()) {
                printError(
                    "erreur : {} : cette épreuve ne figure pas au registre {} "
                    "(aucune empreinte de création identique)\n",
                    file, registerFile);
                ok = false;
            } else {
                CliOutput::print("Registre : délivrée à {} ({})\n", it->candidate, it->file);
            }
        }
        if (!ok) throw CommandFailed{1};
        CliOutput::print("Résultat : épreuve intègre\n");
    });
}

void addIssue(CLI::App& app, CliContext& context) {
    auto* issue = app.add_subcommand(
        "issue",
        "Délivre une épreuve par candidat d'une liste, avec le registre de leurs empreintes");
    static std::string scenario, candidates, directory;
    static std::optional<std::uint64_t> seed;
    issue->add_option("SCENARIO", scenario, "Fichier de scénario, identifiant fourni, ou default")
        ->required();
    issue->add_option("--candidates", candidates, "Liste des candidats (CSV, un nom par ligne)")
        ->required();
    issue->add_option("-o,--output", directory, "Dossier où écrire les épreuves et le registre")
        ->required();
    issue->add_option("--seed", seed,
                      "Graine (par défaut celle du scénario) : le même marché pour tous");
    issue->callback([&context] {
        const auto& ref = context.reference();
        const auto names = AttemptRegister::readCandidates(candidates);
        const auto s = ScenarioLoader(ref).fromFile(context.library().resolve(scenario));
        const std::filesystem::path dir = directory;
        const auto registerPath = dir / AttemptRegister::kFileName;
        if (std::filesystem::exists(registerPath))
            throw InputError(registerPath.string(),
                             "un registre existe déjà dans ce dossier ; rien n'a été modifié");
        // Every attempt's name is checked before the first is written: a file already there
        // would stop the issue half-way, with attempts and no register, and block a rerun.
        std::vector<Problem> taken;
        for (std::size_t i = 0; i < names.size(); ++i)
            if (const auto path = dir / AttemptRegister::fileNameFor(i + 1, names[i]);
                std::filesystem::exists(path))
                taken.push_back({path.string(),
                                 "le fichier existe déjà ; rien n'a été écrit "
                                 "(choisir un dossier vide)"});
        if (!taken.empty()) throw InputError(std::move(taken));
        std::filesystem::create_directories(dir);
        std::vector<RegisterEntry> entries;
        for (std::size_t i = 0; i < names.size(); ++i) {
            const auto name = AttemptRegister::fileNameFor(i + 1, names[i]);
            const auto summary = AttemptFile::create(ref, s, {dir / name, seed, names[i], false});
            entries.push_back({names[i], name, summary.creationDigest});
            CliOutput::print("{} : {}\n", names[i], (dir / name).string());
        }
        AttemptRegister::write(registerPath, entries);
        CliOutput::print("{} épreuve{} délivrée{} ; registre : {}\n", entries.size(),
                         entries.size() > 1 ? "s" : "", entries.size() > 1 ? "s" : "",
                         registerPath.string());
    });
}
}  // namespace

void addAttemptCommands(CLI::App& app, CliContext& context) {
    addSeal(app, context);
    addVerify(app, context);
    addIssue(app, context);
}

}  // namespace cmcsim::cli
