#include <fmt/format.h>

#include <cerrno>
#include <fstream>
#include <iostream>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/report/MarketReport.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/StreamedExport.h"
#include "cmcsim/store/StreamedStatistics.h"
#include "cmcsim/store/TruthAccess.h"

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
        ->check(CliOptions::integer(1, 1000));
    stats->callback([&context] {
        const auto& ref = context.reference();
        // Streamed: only the tables the statistics need are read, each checked against the
        // seal as it is read (docs/architecture.md, "Statistics and exports").
        AttemptReader reader(statsFile, ref);
        if (truth) TruthAccess::require(reader.journal(), statsFile);
        // The journal is replayed in both views: an entry no command could have written makes
        // the attempt unreadable for the evaluator too.
        const auto knowledge = reader.replay().knowledge();
        const auto statistics = truth ? StreamedStatistics::truth(reader, top)
                                      : StreamedStatistics::candidate(reader, knowledge, top);
        const MarketReport report(statistics, truth);
        if (json) {
            CliOutput::json(report.json());
        } else {
            const auto& s = reader.scenario();
            CliOutput::print("{}", report.text(fmt::format("Marché « {} » ({}), graine {}", s.title,
                                                           s.id, reader.seed())));
        }
    });

    auto* exportCommand = market->add_subcommand(
        "export",
        "Exporte le fichier prospects (CSV ou XLSX) tel que le candidat le voit : valeurs "
        "vérifiées, marques du candidat, informations révélées par les études");
    static std::string exportFile, csv, xlsx, format;
    static bool force = false;
    exportCommand->add_option("FILE", exportFile, "Fichier d'épreuve (.cmc)")->required();
    auto* csvOption =
        exportCommand->add_option("--csv", csv, "Fichier CSV à écrire (- pour la sortie standard)");
    auto* xlsxOption = exportCommand->add_option("--xlsx", xlsx, "Classeur Excel (.xlsx) à écrire");
    csvOption->excludes(xlsxOption);
    exportCommand
        ->add_option("--format", format,
                     "excel-fr (défaut du CSV : UTF-8 avec BOM, « ; »), rfc4180, ou xlsx (avec "
                     "--xlsx)")
        ->type_name("TEXTE")
        ->check(CliOptions::oneOf({"excel-fr", "rfc4180", "xlsx"}));
    exportCommand->add_flag("--force", force, "Remplace le fichier s'il existe");
    exportCommand->callback([&context] {
        if (csv.empty() && xlsx.empty())
            throw CLI::RequiredError("--csv FICHIER ou --xlsx FICHIER");
        const bool toXlsx = !xlsx.empty();
        if (toXlsx ? (!format.empty() && format != "xlsx") : format == "xlsx")
            throw CLI::ValidationError(
                "--format", toXlsx ? "--xlsx écrit un classeur XLSX : --format " + format +
                                         " s'utilise avec --csv"
                                   : "--format xlsx s'utilise avec --xlsx FICHIER");
        if (toXlsx && xlsx == "-")
            throw CLI::ValidationError("--xlsx", "un classeur XLSX s'écrit dans un fichier");
        const auto& ref = context.reference();
        // The candidate's view now (what was verified and revealed, and the candidate's marks),
        // streamed line by line from the file (docs/architecture.md, "Statistics and exports").
        AttemptReader reader(exportFile, ref);
        CsvDialect dialect = CsvDialect::ExcelFr;
        ProspectCsv::parseDialect(format.empty() || toXlsx ? "excel-fr" : format, dialect);
        if (!toXlsx && csv == "-") {
            StreamedExport::csv(reader, dialect, std::cout);
            return;
        }
        // Never over the attempt itself, nor over another file without --force; written to a
        // temporary file renamed at the end, so a failed export leaves nothing behind.
        const auto& target = toXlsx ? xlsx : csv;
        OutputFile output(target, force, {exportFile},
                          toXlsx ? OutputFile::Kind::File : OutputFile::Kind::Stream);
        std::size_t lines = 0;
        if (toXlsx) {
            try {
                lines = StreamedExport::xlsx(reader, output.path());
            } catch (const InputError& e) {
                if (e.problems().front().where == reader.file().string()) throw;  // the attempt
                throw output.failure(e.problems().front().what);  // the user's name for it
            }
        } else {
            errno = 0;
            std::ofstream out(output.path(), std::ios::binary | std::ios::trunc);
            if (out) lines = StreamedExport::csv(reader, dialect, out);
            if (out) out.close();
            if (!out) throw output.failure(errno != 0 ? TextFile::reason(errno) : "disque plein ?");
        }
        output.commit();
        CliOutput::text(fmt::format("{} dans {}\n",
                                    frenchCount(static_cast<double>(lines), "ligne exportée",
                                                "lignes exportées"),
                                    target),
                        stderr);
    });
}

}  // namespace cmcsim::cli
