#include <fmt/format.h>

#include "CliContext.h"
#include "CliOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptRegister.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/HandInReceipt.h"

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
    static bool record = false;
    verify->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    auto* receiptOption =
        verify->add_option("--receipt", receipt, "Reçu donné à la remise (XXXX-XXXX-XXXX-XXXX)");
    auto* registerOption =
        verify->add_option("--register", registerFile, "Registre écrit par cmcsim issue");
    verify
        ->add_flag("--record", record,
                   "Inscrit au registre le reçu vérifié (à la collecte des épreuves remises)")
        ->needs(receiptOption)
        ->needs(registerOption);
    verify->callback([&context, receiptOption] {
        // An empty --receipt "$CODE" is checked, and refused, not skipped: a usage error, found
        // before the file is read.
        if (receiptOption->count() > 0 && !Journal::normaliseReceipt(receipt))
            throw CLI::ValidationError(
                "--receipt",
                fmt::format("reçu illisible « {} » (attendu XXXX-XXXX-XXXX-XXXX)", receipt));
        AttemptIntegrity proved;
        const auto attempt = AttemptFile::open(file, context.reference(), &proved);
        // Every entry must replay, as for any other command: a chain recomputed over a refused
        // entry (a command after the hand-in, a study bought twice) is not an intact attempt.
        AttemptState::replay(attempt.scenario(), attempt.market(), attempt.journal(),
                             context.reference().planRules);
        const auto& info = attempt.info();
        const auto candidate = info.contains("candidat") ? info.at("candidat") : std::string();
        CliOutput::print("Épreuve : {}\n", file);
        CliOutput::print("Candidat : {}\n", candidate.empty() ? "(non renseigné)" : candidate);
        CliOutput::print("Scénario : {} ({})\n", attempt.scenario().title, attempt.scenario().id);
        const auto journalEntries = attempt.journal().size();
        CliOutput::print("Journal : {}, chaîne de hachage intacte\n",
                         frenchCount(static_cast<double>(journalEntries), "entrée", "entrées"));
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
        bool endProved = false;
        // The receipt, typed or recorded in the register, proves where the journal ends.
        const auto checkEnd = [&](const std::string& code, const std::string& from) {
            const auto check = HandInReceipt::check(code, attempt.journal());
            if (check.matches()) {
                CliOutput::print("Reçu{} : conforme, le fichier est celui qui a été remis\n",
                                 from.empty() ? "" : " inscrit au registre");
                endProved = true;
            } else {
                printError("erreur : {} : {}{}\n", file, from, check.message);
                ok = false;
            }
            return check.matches();
        };
        if (receiptOption->count() > 0) checkEnd(receipt, "");
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
                if (!it->receipt.empty()) {
                    checkEnd(it->receipt, "d'après le registre, ");
                } else if (record && ok) {
                    const auto recorded = AttemptRegister::recordReceipt(
                        registerFile, proved.creationDigest, receipt);
                    CliOutput::print("Registre : reçu {} inscrit\n", recorded.receipt);
                } else {
                    CliOutput::print(
                        "Registre : aucun reçu inscrit (--receipt CODE --record l'inscrit)\n");
                }
            }
        }
        if (!ok) throw CommandFailed{1};
        if (!endProved) {
            CliOutput::print(
                "Fin du journal : non vérifiée. Le retrait des dernières entrées du journal "
                "(dont la remise) ne laisse aucune trace dans le fichier seul : seul le reçu de "
                "remise (--receipt) ou le registre où il est inscrit (--register) le montre\n");
            CliOutput::print(
                "Résultat : aucune altération détectée dans les tables ni dans la chaîne du "
                "journal ; fin du journal non prouvée\n");
            return;
        }
        CliOutput::print("Résultat : épreuve intègre, remise comprise\n");
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
        const auto s = context.scenario(scenario).first;
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
            entries.push_back({names[i], name, summary.creationDigest, {}});
            CliOutput::print("{} : {}\n", names[i], (dir / name).string());
        }
        AttemptRegister::write(registerPath, entries);
        CliOutput::print("{} ; registre : {}\n",
                         frenchCount(static_cast<double>(entries.size()), "épreuve délivrée",
                                     "épreuves délivrées"),
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
