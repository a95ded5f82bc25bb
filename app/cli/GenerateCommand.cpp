#include <fmt/format.h>

#include <chrono>

#include "CliContext.h"
#include "ProgressBar.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"

namespace cmcsim::cli {

void addGenerateCommand(CLI::App& app, CliContext& context) {
    auto* generate = app.add_subcommand(
        "generate", "Génère le marché d'un scénario dans un fichier d'épreuve (.cmc)");
    static std::string scenario, output, candidate;
    static std::optional<std::uint64_t> seed;
    static bool force = false;
    generate
        ->add_option("SCENARIO", scenario, "Fichier de scénario, identifiant fourni, ou default")
        ->required();
    generate->add_option("-o,--output", output, "Fichier d'épreuve à créer (.cmc)")->required();
    generate->add_option("--seed", seed, "Graine (par défaut celle du scénario)");
    generate->add_option("--candidate", candidate, "Nom du candidat");
    generate->add_flag("--force", force, "Remplace le fichier s'il existe");
    generate->callback([&context] {
        const auto& ref = context.reference();
        const auto s = ScenarioLoader(ref).fromFile(context.library().resolve(scenario));
        const auto start = std::chrono::steady_clock::now();
        AttemptSummary summary;
        {
            ProgressBar bar("établissements");
            summary = AttemptFile::create(
                ref, s, {output, seed, candidate, force},
                [&bar](std::uint64_t done, std::uint64_t total) { bar.update(done, total); });
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        auto count = [](std::uint64_t n) { return frenchNumber(static_cast<double>(n), 0); };
        fmt::print("Épreuve créée : {}\n", output);
        fmt::print("Scénario : {} ({}), graine {}\n", s.title, s.id, summary.seed);
        // What the candidate may know: the file's lines and companies (SIREN), not the real
        // establishments or employees, whose difference would count the traps.
        fmt::print("Fichier prospects : {} lignes, {} entreprises (générées en {} s)\n",
                   count(summary.prospects), count(summary.companies), frenchNumber(seconds, 1));
        fmt::print("Marché réel (vue de l'évaluateur) : cmcsim market stats {} --truth\n", output);
    });
}

}  // namespace cmcsim::cli
