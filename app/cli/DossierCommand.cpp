// `cmcsim dossier`: the candidate's exam dossier as one PDF (DossierDocument), README.md "CLI".
#include <fmt/format.h>

#include "CliContext.h"
#include "CliOutput.h"
#include "PdfOutput.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/DossierDocument.h"
#include "cmcsim/store/AttemptSession.h"

namespace cmcsim::cli {

void addDossierCommand(CLI::App& app, CliContext& context) {
    auto* dossier = app.add_subcommand(
        "dossier",
        "Dossier du candidat pour le jury (PDF) : note de synthèse, cibles, plan d'actions et "
        "résultats, offres et simulations, réponses aux appels d'offres, rendez-vous et "
        "documents remis, avec un sommaire");
    static std::string file, output;
    static bool text = false, force = false;
    dossier->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    auto* outputOption = dossier->add_option("-o,--output", output, "Fichier PDF à écrire");
    auto* textOption = dossier->add_flag(
        "--text", text, "Écrit le texte du dossier sur la sortie standard au lieu du PDF");
    outputOption->excludes(textOption);
    dossier->add_flag("--force", force, "Remplace le fichier PDF s'il existe");
    dossier->callback([&context] {
        if (output.empty() && !text) throw CLI::RequiredError("-o FICHIER.pdf ou --text");
        if (output == "-") throw CLI::ValidationError("-o", "le dossier s'exporte dans un fichier");
        // Refused before any work: a folder, the attempt itself, an existing file without --force.
        if (!output.empty()) OutputFile::check(output, force, {file});
        AttemptSession session(file, context.reference(), {}, AttemptSession::Access::ReadOnly);
        const auto document =
            DossierDocument::build(context.reference(), session.attempt(), session.state());
        if (text) {
            CliOutput::text(DocumentText::render(document));
            return;
        }
        OutputFile target(output, force, {file});
        const int pages = writePdf(document, target);
        CliOutput::text(fmt::format("dossier écrit dans {} ({})\n", output,
                                    frenchCount(pages, "page", "pages")),
                        stderr);
    });
}

}  // namespace cmcsim::cli
