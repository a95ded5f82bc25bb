// cmcsim compare: the group comparison of attempts of one scenario (engine/compare; issue 13 §2):
// per criterion the verdicts and scores, the key figures, their distributions and outliers, the
// files set apart with the reason; JSON, XLSX and PDF exports.
#include <fmt/format.h>

#include "CliContext.h"
#include "CliOutput.h"
#include "PdfOutput.h"
#include "ProgressBar.h"
#include "cmcsim/compare/AttemptComparison.h"
#include "cmcsim/compare/ComparisonDocument.h"
#include "cmcsim/compare/ComparisonTables.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"

namespace cmcsim::cli {

namespace {

// A table as aligned text: the first column left, the others right.
void printTable(const DashboardTable& table) {
    std::vector<std::size_t> widths(table.header.size(), 0);
    const auto measure = [](const std::string& s) {
        std::size_t n = 0;
        for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // code points
        return n;
    };
    std::vector<std::vector<std::string>> rows{table.header};
    for (const auto& row : table.rows) {
        std::vector<std::string> texts;
        for (const auto& cell : row) texts.push_back(cell.french());
        rows.push_back(std::move(texts));
    }
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], measure(row[c]));
    for (const auto& row : rows) {
        std::string line = " ";
        for (std::size_t c = 0; c < row.size(); ++c) {
            const std::string pad(widths[c] - measure(row[c]), ' ');
            line += "  " + (c == 0 ? row[c] + pad : pad + row[c]);
        }
        CliOutput::print("{}\n", line);
    }
}

void printText(const AttemptComparison& c) {
    const auto summary = ComparisonTables::summary(c);
    CliOutput::print("{}\n{}\n{}\n{}\n", summary[1], summary[2], summary[4], summary[5]);
    CliOutput::print("\nVerdicts et scores par critère\n");
    auto verdicts = ComparisonTables::scores(c, false);
    verdicts.rows.clear();
    for (const auto& a : c.attempts) {
        std::vector<DashboardCell> row{DashboardCell::of(a.name())};
        for (const auto& r : a.criteria) {
            const auto text = ComparisonTables::verdictText(r);
            row.push_back(DashboardCell::of(text == "à apprécier" ? "—" : text));
        }
        verdicts.rows.push_back(std::move(row));
    }
    printTable(verdicts);
    for (const auto& col : c.criteria) CliOutput::print("  {} : {}\n", col.id, col.label);
    CliOutput::print("\nChiffres clés\n");
    printTable(ComparisonTables::figures(c));
    CliOutput::print("\nDistributions ({})\n", summary[3]);
    printTable(ComparisonTables::distributions(c));
    CliOutput::print("\nFin des journaux et avertissements\n");
    for (const auto& a : c.attempts) {
        CliOutput::print("  {} : {}{}\n", a.name(), a.endText(),
                         a.receipt.empty() ? "" : " (reçu " + a.receipt + ")");
        for (const auto& w : a.warnings) CliOutput::print("    ! {}\n", w);
    }
    CliOutput::print("\nÉpreuves écartées\n");
    if (c.setApart.empty()) CliOutput::print("  aucune\n");
    for (const auto& s : c.setApart)
        CliOutput::print("  {}{} : {}\n", s.file.string(),
                         s.candidate.empty() ? "" : " (" + s.candidate + ")", s.reason);
}

}  // namespace

void addCompareCommand(CLI::App& app, CliContext& context) {
    auto* compare = app.add_subcommand(
        "compare",
        "Compare les épreuves d'un même scénario : verdicts et scores par critère, chiffres clés, "
        "distributions et valeurs atypiques ; les épreuves d'un autre scénario ou dont la "
        "vérification échoue sont listées à part ; exports XLSX et PDF");
    static std::vector<std::string> inputs;
    static std::string xlsx, pdf, registerFile;
    static bool json = false, force = false;
    compare
        ->add_option("DOSSIER|FICHIERS", inputs,
                     "Dossier d'épreuves (ses fichiers .cmc) ou fichiers d'épreuve")
        ->required();
    auto* jsonOption = compare->add_flag("--json", json, "Sortie JSON");
    auto* xlsxOption = compare->add_option("--xlsx", xlsx,
                                           "Classeur Excel (.xlsx) à écrire, une feuille par "
                                           "tableau");
    auto* pdfOption = compare->add_option("--pdf", pdf, "Document PDF à écrire");
    jsonOption->excludes(xlsxOption)->excludes(pdfOption);
    compare->add_option("--register", registerFile,
                        "Registre des épreuves délivrées (registre.csv de cmcsim issue) : ses "
                        "reçus montrent un journal coupé (défaut : le registre.csv du dossier "
                        "des épreuves, s'il existe)");
    compare->add_flag("--force", force, "Remplace le fichier XLSX ou PDF s'il existe");
    compare->callback([&context] {
        for (const auto* target : {&xlsx, &pdf})
            if (*target == "-")
                throw CLI::ValidationError(target == &xlsx ? "--xlsx" : "--pdf",
                                           "la comparaison s'exporte dans un fichier");
        const std::vector<std::filesystem::path> paths(inputs.begin(), inputs.end());
        const auto files = AttemptComparison::attemptFiles(paths);
        // Refused before any work: a folder, an attempt compared, an existing file without --force.
        if (!xlsx.empty()) OutputFile::check(xlsx, force, files);
        if (!pdf.empty()) OutputFile::check(pdf, force, files);
        ComparisonOptions options;
        options.registerFile = registerFile;
        ProgressBar bar("épreuves");
        options.progress = [&bar](std::size_t done, std::size_t total) { bar.update(done, total); };
        const auto comparison = AttemptComparison::run(files, context.reference(), options);
        if (json) {
            CliOutput::json(comparison.toJson());
            return;
        }
        if (xlsx.empty() && pdf.empty()) printText(comparison);
        const auto written =
            frenchCount(static_cast<double>(comparison.attempts.size()), "épreuve", "épreuves");
        if (!xlsx.empty()) {
            OutputFile output(xlsx, force, files);
            try {
                ComparisonDocument::writeXlsx(comparison, output.path());
            } catch (const InputError& e) {
                throw output.failure(e.problems().front().what);
            }
            output.commit();
            CliOutput::text(fmt::format("comparaison ({}) écrite dans {}\n", written, xlsx),
                            stderr);
        }
        if (!pdf.empty()) {
            OutputFile output(pdf, force, files);
            const int pages = writePdf(ComparisonDocument::build(comparison), output);
            CliOutput::text(fmt::format("comparaison ({}) écrite dans {} ({})\n", written, pdf,
                                        frenchCount(pages, "page", "pages")),
                            stderr);
        }
    });
}

}  // namespace cmcsim::cli
