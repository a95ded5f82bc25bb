#include <fmt/format.h>

#include <cerrno>
#include <fstream>
#include <iostream>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/plan/ProspectBreakdown.h"
#include "cmcsim/report/MarketReport.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/report/ProspectXlsx.h"
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
        ->check(CliOptions::integer(1, 1000));
    stats->callback([&context] {
        const auto& ref = context.reference();
        const auto attempt = AttemptFile::open(statsFile, ref);
        const auto statistics =
            truth ? MarketStatistics::compute(attempt.market(), ref, top)
                  : ProspectBreakdown::statistics(
                        ProspectView(attempt.market(), ref, knowledgeOf(attempt, false)), ref, top);
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
        ->check(CLI::IsMember({"excel-fr", "rfc4180", "xlsx"}));
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
        const auto attempt = AttemptFile::open(exportFile, ref);
        // The candidate's view now: what was verified and revealed, and the candidate's marks.
        const auto state =
            AttemptState::replay(attempt.scenario(), attempt.market(), attempt.journal());
        const ProspectView view(attempt.market(), ref, state.knowledge());
        const ProspectTable table(ref, view, view.filter({}), &state.records());
        CsvDialect dialect = CsvDialect::ExcelFr;
        ProspectCsv::parseDialect(format.empty() || toXlsx ? "excel-fr" : format, dialect);
        const ProspectCsv writer(ref, dialect);
        if (!toXlsx && csv == "-") {
            writer.write(table, std::cout);
            return;
        }
        // Never over the attempt itself, nor over another file without --force; written to a
        // temporary file renamed at the end, so a failed export leaves nothing behind.
        const auto& target = toXlsx ? xlsx : csv;
        OutputFile output(target, force, {exportFile},
                          toXlsx ? OutputFile::Kind::File : OutputFile::Kind::Stream);
        if (toXlsx) {
            try {
                ProspectXlsx::write(table, output.path().string());
            } catch (const InputError& e) {
                throw output.failure(e.problems().front().what);  // the user's name for it
            }
        } else {
            errno = 0;
            std::ofstream out(output.path(), std::ios::binary | std::ios::trunc);
            if (out) writer.write(table, out);
            if (out) out.close();
            if (!out) throw output.failure(errno != 0 ? TextFile::reason(errno) : "disque plein ?");
        }
        output.commit();
        CliOutput::text(fmt::format("{} lignes exportées dans {}\n", table.size(), target), stderr);
    });
}

}  // namespace cmcsim::cli
