#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <numeric>

#include "CliContext.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/plan/ProspectBreakdown.h"
#include "cmcsim/report/MarketReport.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/store/AttemptFile.h"

namespace cmcsim::cli {

void addMarketCommands(CLI::App& app, CliContext& context) {
    auto* market = app.add_subcommand(
        "market", "Marché d'une épreuve : statistiques, export du fichier prospects");
    market->require_subcommand(1);

    auto* stats = market->add_subcommand("stats", "Statistiques du marché généré");
    static std::string statsFile;
    static bool json = false, truth = false;
    static std::size_t top = 15;
    stats->add_option("FILE", statsFile, "Fichier d'épreuve (.cmc)")->required();
    stats->add_flag("--json", json, "Sortie JSON");
    stats->add_flag("--truth", truth,
                    "Statistiques du marché réel et vérité cachée (anomalies injectées, "
                    "fermetures) ; sans --truth, ce que le candidat sait du fichier prospects");
    stats->add_option("--top", top, "Lignes des classements (communes, IDCC, divisions)")
        ->check(CLI::Range(1, 1000));
    stats->callback([&context] {
        const auto& ref = context.reference();
        const auto attempt = AttemptFile::open(statsFile, ref);
        const auto statistics =
            truth ? MarketStatistics::compute(attempt.market(), ref, top)
                  : ProspectBreakdown::statistics(
                        ProspectView(attempt.market(), ref, knowledgeOf(attempt, false)), ref, top);
        const MarketReport report(statistics, truth);
        if (json) {
            fmt::print("{}\n", report.json().dump(2));
        } else {
            const auto& s = attempt.scenario();
            fmt::print("{}", report.text(fmt::format("Marché « {} » ({}), graine {}", s.title, s.id,
                                                     attempt.seed())));
        }
    });

    auto* exportCommand = market->add_subcommand(
        "export",
        "Exporte le fichier prospects en CSV, tel que le candidat le connaît (fiches vérifiées "
        "comprises)");
    static std::string exportFile, csv, format = "excel-fr";
    exportCommand->add_option("FILE", exportFile, "Fichier d'épreuve (.cmc)")->required();
    exportCommand->add_option("--csv", csv, "Fichier CSV à écrire (- pour la sortie standard)")
        ->required();
    exportCommand
        ->add_option("--format", format, "excel-fr (défaut : UTF-8 avec BOM, « ; ») ou rfc4180")
        ->check(CLI::IsMember({"excel-fr", "rfc4180"}));
    exportCommand->callback([&context] {
        const auto& ref = context.reference();
        const auto attempt = AttemptFile::open(exportFile, ref);
        CsvDialect dialect = CsvDialect::ExcelFr;
        ProspectCsv::parseDialect(format, dialect);
        const ProspectCsv writer(ref, dialect);
        // The file as the candidate knows it now: verified values replace the listed ones.
        const ProspectView view(attempt.market(), ref, knowledgeOf(attempt, false));
        std::vector<std::uint32_t> lines(view.rows().size());
        std::iota(lines.begin(), lines.end(), 0u);
        if (csv == "-") {
            writer.write(view, lines, std::cout);
            return;
        }
        auto temporary = csv + ".tmp";
        {
            std::ofstream out(temporary, std::ios::binary);
            if (!out) throw InputError(csv, "impossible d'écrire le fichier");
            writer.write(view, lines, out);
            if (!out.flush()) throw InputError(csv, "écriture incomplète (disque plein ?)");
        }
        std::filesystem::rename(temporary, csv);
        fmt::print(stderr, "{} lignes exportées dans {}\n", attempt.market().prospects.size(), csv);
    });
}

}  // namespace cmcsim::cli
