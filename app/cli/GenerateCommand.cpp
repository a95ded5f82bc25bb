#include <fmt/format.h>

#include <chrono>

#include "CliContext.h"
#include "ProgressBar.h"
#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/scenario/ScenarioLoader.h"

namespace cmcsim::cli {

void addGenerateCommand(CLI::App& app, CliContext& context) {
    auto* generate = app.add_subcommand("generate", "Génère le marché d'un scénario dans un fichier d'épreuve (.cmc)");
    static std::string scenario, output, candidate;
    static std::optional<std::uint64_t> seed;
    static bool force = false;
    generate->add_option("SCENARIO", scenario, "Fichier de scénario, identifiant fourni, ou default")->required();
    generate->add_option("-o,--output", output, "Fichier d'épreuve à créer (.cmc)")->required();
    generate->add_option("--seed", seed, "Graine (par défaut celle du scénario)");
    generate->add_option("--candidate", candidate, "Nom du candidat");
    generate->add_flag("--force", force, "Remplace le fichier s'il existe");
    generate->callback([&context] {
        const auto& ref = context.reference();
        const auto s = ScenarioLoader(ref).fromFile(context.library().resolve(scenario));
        const auto start = std::chrono::steady_clock::now();
        {
            ProgressBar bar("établissements");
            Attempt::create(ref, s, {output, seed, candidate, force},
                            [&bar](std::uint64_t done, std::uint64_t total) { bar.update(done, total); });
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const auto attempt = Attempt::open(output, ref);
        const auto& m = attempt.market();
        std::uint64_t employees = 0;
        for (const auto& e : m.establishments) employees += e.headcount;
        fmt::print("Épreuve créée : {}\n", output);
        fmt::print("Scénario : {} ({}), graine {}\n", s.title, s.id, attempt.seed());
        fmt::print("Marché : {} établissements, {} entreprises, {} salariés, {} prescripteurs\n",
                   frenchNumber(static_cast<double>(m.establishments.size()), 0),
                   frenchNumber(static_cast<double>(m.companies.size()), 0), frenchNumber(static_cast<double>(employees), 0),
                   frenchNumber(static_cast<double>(m.prescribers.size()), 0));
        fmt::print("Fichier prospects : {} lignes (générées en {} s)\n",
                   frenchNumber(static_cast<double>(m.prospects.size()), 0), frenchNumber(seconds, 1));
    });
}

}  // namespace cmcsim::cli
