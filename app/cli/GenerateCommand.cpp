#include <fmt/format.h>

#include <chrono>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "ProgressBar.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"

namespace cmcsim::cli {

void addGenerateCommand(CLI::App& app, CliContext& context) {
    auto* generate = app.add_subcommand(
        "generate", "Génère le marché d'un scénario dans un fichier d'épreuve (.cmc)");
    static std::string scenario, output, candidate;
    static std::optional<std::uint64_t> seed;
    constexpr std::int64_t kMaxSeed = 9007199254740992;  // 2^53, as the scenario's "seed"
    static bool force = false;
    generate
        ->add_option("SCENARIO", scenario,
                     "Fichier de scénario, identifiant fourni, default, ou scénario d'un paquet "
                     "(PAQUET#identifiant)")
        ->required();
    generate->add_option("-o,--output", output, "Fichier d'épreuve à créer (.cmc)")->required();
    generate->add_option("--seed", seed, "Graine (par défaut celle du scénario)")
        ->check(CliOptions::integer(0, kMaxSeed));
    generate->add_option("--candidate", candidate, "Nom du candidat")
        ->check(CliOptions::text(AttemptFile::kMaxCandidateBytes));
    generate->add_flag("--force", force, "Remplace le fichier s'il existe");
    generate->callback([&context] {
        const auto& ref = context.reference();
        const auto [s, path] = context.scenario(scenario);
        OutputFile::check(output, force, {path}, OutputFile::Kind::File,
                          OutputFile::Content::Attempt);
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
        auto count = [](std::uint64_t n, const char* one, const char* many) {
            return frenchCount(static_cast<double>(n), one, many);
        };
        CliOutput::print("Épreuve créée : {}\n", output);
        CliOutput::print("Scénario : {} ({}), graine {}\n", s.title, s.id, summary.seed);
        // What the candidate may know: the file's lines and companies (SIREN), not the real
        // establishments or employees, whose difference would count the traps.
        CliOutput::print("Fichier prospects : {}, {} (générées en {} s)\n",
                         count(summary.prospects, "ligne", "lignes"),
                         count(summary.companies, "entreprise", "entreprises"),
                         frenchNumber(seconds, 1));
        CliOutput::print(
            "Marché réel (vue de l'évaluateur, une fois l'épreuve remise) : cmcsim market stats "
            "{} --truth\n",
            output);
    });
}

}  // namespace cmcsim::cli
