#include <fmt/format.h>

#include <cerrno>
#include <fstream>
#include <iostream>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/market/MarketStatistics.h"
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
    stats->add_flag("--truth", truth, "Montre la vérité cachée (anomalies injectées, fermetures)");
    stats->add_option("--top", top, "Lignes des classements (communes, IDCC, divisions)")
        ->check(CliOptions::integer(1, 1000));
    stats->callback([&context] {
        const auto& ref = context.reference();
        const auto attempt = AttemptFile::open(statsFile, ref);
        const auto statistics = MarketStatistics::compute(attempt.market(), ref, top);
        const MarketReport report(statistics, truth);
        if (json) {
            CliOutput::json(report.json());
        } else {
            const auto& s = attempt.scenario();
            CliOutput::print("{}", report.text(fmt::format("Marché « {} » ({}), graine {}", s.title,
                                                           s.id, attempt.seed())));
        }
    });

    auto* exportCommand = market->add_subcommand(
        "export", "Exporte le fichier prospects en CSV, tel que le candidat le voit");
    static std::string exportFile, csv, format = "excel-fr";
    static bool force = false;
    exportCommand->add_option("FILE", exportFile, "Fichier d'épreuve (.cmc)")->required();
    exportCommand->add_option("--csv", csv, "Fichier CSV à écrire (- pour la sortie standard)")
        ->required();
    exportCommand
        ->add_option("--format", format, "excel-fr (défaut : UTF-8 avec BOM, « ; ») ou rfc4180")
        ->check(CLI::IsMember({"excel-fr", "rfc4180"}));
    exportCommand->add_flag("--force", force, "Remplace le fichier s'il existe");
    exportCommand->callback([&context] {
        const auto& ref = context.reference();
        const auto attempt = AttemptFile::open(exportFile, ref);
        CsvDialect dialect = CsvDialect::ExcelFr;
        ProspectCsv::parseDialect(format, dialect);
        const ProspectCsv writer(ref, dialect);
        if (csv == "-") {
            writer.write(attempt.market(), std::cout);
            return;
        }
        // Never over the attempt itself, nor over another file without --force; written to a
        // temporary file renamed at the end, so a failed export leaves nothing behind.
        OutputFile output(csv, force, {exportFile}, OutputFile::Kind::Stream);
        {
            errno = 0;
            std::ofstream out(output.path(), std::ios::binary | std::ios::trunc);
            if (out) writer.write(attempt.market(), out);
            if (out) out.close();
            if (!out) throw output.failure(errno != 0 ? TextFile::reason(errno) : "disque plein ?");
        }
        output.commit();
        CliOutput::text(
            fmt::format("{} lignes exportées dans {}\n", attempt.market().prospects.size(), csv),
            stderr);
    });
}

}  // namespace cmcsim::cli
