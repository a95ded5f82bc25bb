#include <fmt/format.h>

#include <optional>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "PdfOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/ProposalDocument.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/CompanyExtract.h"

namespace cmcsim::cli {

void addProposalCommand(CLI::App& app, CliContext& context) {
    auto* proposal = app.add_subcommand(
        "proposal",
        "Proposition écrite (PDF) d'une offre enregistrée dans l'épreuve, la même que celle du "
        "studio : entreprise, besoins et exigences, garanties, cotisations, traitement social et "
        "fiscal, conformité, IPID, réclamations et médiation");
    static std::string file, siret, output;
    static int version = 0;
    static bool text = false, nonCompliant = false, force = false;
    proposal->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    proposal->add_option("--siret", siret, "SIRET de l'établissement dont l'offre est enregistrée")
        ->required()
        ->check(CliOptions::text(40));
    proposal
        ->add_option("--version", version, "Version de l'offre enregistrée (défaut : la dernière)")
        ->check(CliOptions::integer(1, 1'000'000));
    auto* outputOption = proposal->add_option("-o,--output", output, "Fichier PDF à écrire");
    auto* textOption = proposal->add_flag(
        "--text", text, "Écrit le texte de la proposition sur la sortie standard au lieu du PDF");
    outputOption->excludes(textOption);
    proposal->add_flag("--non-conforme", nonCompliant,
                       "Exporte une offre non conforme : chaque page porte la mention « Offre non "
                       "conforme — document de travail »");
    proposal->add_flag("--force", force, "Remplace le fichier PDF s'il existe");
    proposal->callback([&context] {
        if (output.empty() && !text) throw CLI::RequiredError("-o FICHIER.pdf ou --text");
        // Refused before any work: a folder, the attempt itself, an existing file without --force.
        if (!output.empty()) OutputFile::check(output, force, {file});
        const auto& ref = context.reference();
        AttemptReader attempt(file, ref);
        const auto state = attempt.replay();
        const auto& saved = ProposalDocument::savedVersion(
            state.offers(), siret, version > 0 ? std::optional<int>(version) : std::nullopt);
        const auto source = fmt::format("{} : offre v{} du journal (entrée n° {})", file,
                                        saved.version, saved.entry);
        auto offer = Offer::fromJson(saved.offer.dump(), source, ref.offers);
        const auto extract = CompanyExtract::read(attempt, saved.siret);
        const CandidateKnowledge knowledge(extract.market, ref, state.knowledgeOf(extract.lines));
        const auto study = OfferStudy::of(
            knowledge, ref, saved.siret, attempt.scenario().startDate.year(), std::move(offer),
            OfferStudy::kInteractiveYears, attempt.seed(), state.simulatedDate());
        if (!study.compliance.compliant() && !nonCompliant) {
            std::string broken;
            for (const auto& r : study.compliance.rules)
                if (r.verdict == ComplianceRule::Verdict::NotMet)
                    broken += (broken.empty() ? "" : " ; ") + r.label +
                              (r.figures.empty() ? std::string() : " : " + r.figures);
            throw InputError(source,
                             fmt::format("offre non conforme ({}) : ajoutez --non-conforme pour "
                                         "l'exporter quand même, chaque page portera la mention "
                                         "« {} »",
                                         broken, ProposalDocument::kNonCompliantMark));
        }
        const auto document = ProposalDocument::build(ref, study, attempt.scenario().mutuelle.name,
                                                      state.simulatedDate().french());
        if (text) {
            CliOutput::text(DocumentText::render(document));
            return;
        }
        OutputFile target(output, force, {file});
        const int pages = writePdf(document, target);
        CliOutput::text(
            fmt::format("proposition v{} pour {} écrite dans {} ({}{})\n", saved.version,
                        study.diagnosis.name, output, frenchCount(pages, "page", "pages"),
                        study.compliance.compliant() ? "" : ", offre non conforme"),
            stderr);
    });
}

}  // namespace cmcsim::cli
