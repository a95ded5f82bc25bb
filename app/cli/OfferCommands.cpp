#include <fmt/format.h>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/needs/NeedsReport.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/prospects/CandidateKnowledge.h"
#include "cmcsim/report/OfferReport.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/TruthAccess.h"

namespace cmcsim::cli {

void addOfferCommands(CLI::App& app, CliContext& context) {
    auto* diagnose = app.add_subcommand("diagnose",
                                        "Diagnostic d'une entreprise du marché : effectif, "
                                        "obligations, couverture actuelle, questions");
    static std::string diagnoseFile, diagnoseSiret;
    static bool diagnoseJson = false, diagnoseTruth = false;
    diagnose->add_option("FILE", diagnoseFile, "Fichier d'épreuve (.cmc)")->required();
    diagnose
        ->add_option("--siret", diagnoseSiret, "SIRET d'un établissement ou SIREN de l'entreprise")
        ->required()
        ->check(CliOptions::text(40));
    diagnose->add_flag("--json", diagnoseJson, "Sortie JSON");
    diagnose->add_flag("--truth", diagnoseTruth,
                       "Vue de l'évaluateur : la vérité cachée (recensement réel, couverture "
                       "actuelle) au lieu de ce que le candidat sait d'après le journal");
    diagnose->callback([&context] {
        // The attempt's header is read while the reference data loads.
        context.loadReference();
        AttemptReader attempt(
            diagnoseFile, [&]() -> const auto& { return context.reference(); });
        const auto& ref = context.reference();
        if (diagnoseTruth) TruthAccess::require(attempt.journal(), diagnoseFile);
        // The company's rows are checked against the seal beside the diagnosis.
        auto view = companyView(attempt, diagnoseSiret, diagnoseTruth, true);
        const auto [d, needs] = view.check.around([&] {
            const CandidateKnowledge knowledge(view.extract.market, ref, view.knowledge);
            auto diagnosis =
                Diagnosis::of(knowledge, ref, diagnoseSiret, attempt.scenario().startDate.year());
            // The evaluator's view adds the company's hidden needs (NeedsCommands.cpp).
            auto hidden =
                diagnoseTruth
                    ? std::optional(hiddenNeeds(attempt, view.extract.market, ref, diagnoseSiret))
                    : std::nullopt;
            return std::pair(std::move(diagnosis), std::move(hidden));
        });
        if (diagnoseJson) {
            auto j = OfferReport::diagnosisJson(d);
            if (needs) j["besoins"] = NeedsReport::json(*needs, view.extract.market, ref);
            CliOutput::json(j);
        } else {
            CliOutput::print("{}", OfferReport::diagnosisText(d));
            if (needs)
                CliOutput::print("\n{}", NeedsReport::text(*needs, view.extract.market, ref));
        }
    });

    auto* quote = app.add_subcommand(
        "quote",
        "Tarif, simulation sociale et fiscale, conformité, risque et comparaison d'une offre");
    static std::string quoteFile, quoteSiret, offerFile;
    static bool quoteJson = false, quoteTruth = false;
    static std::uint32_t years = 100000;
    quote->add_option("FILE", quoteFile, "Fichier d'épreuve (.cmc)")->required();
    quote->add_option("--siret", quoteSiret, "SIRET d'un établissement ou SIREN de l'entreprise")
        ->required()
        ->check(CliOptions::text(40));
    quote->add_option("--offer", offerFile, "Offre au format docs/offer-format.md")->required();
    quote->add_option("--years", years, "Années simulées pour le risque (défaut 100 000)")
        ->check(CliOptions::integer(100, 10'000'000));
    quote->add_flag("--json", quoteJson, "Sortie JSON");
    quote->add_flag("--truth", quoteTruth,
                    "Vue de l'évaluateur : tarif sur le recensement réel au lieu de ce que le "
                    "candidat sait d'après le journal");
    quote->callback([&context] {
        // The attempt's header is read while the reference data loads.
        context.loadReference();
        AttemptReader attempt(
            quoteFile, [&]() -> const auto& { return context.reference(); });
        const auto& ref = context.reference();
        if (quoteTruth) TruthAccess::require(attempt.journal(), quoteFile);
        const auto offer = Offer::fromJson(TextFile::read(offerFile), offerFile, ref.offers);
        // The company's rows are checked against the seal beside the simulation (two threads):
        // nothing is printed before the check passed, and its error comes first.
        auto view = companyView(attempt, quoteSiret, quoteTruth, true);
        const auto study = view.check.around([&] {
            const CandidateKnowledge knowledge(view.extract.market, ref, view.knowledge);
            // The effective date is checked against the attempt's simulated date; with --truth
            // (no replay), the date of its last action, which the journal records.
            const auto& journal = attempt.journal();
            const auto date = view.simulatedDate.value_or(
                journal.empty() ? attempt.scenario().startDate : journal.back().simulatedDate);
            return OfferStudy::of(knowledge, ref, quoteSiret, attempt.scenario().startDate.year(),
                                  offer, years, attempt.seed(), date);
        });
        if (quoteJson)
            CliOutput::json(OfferReport::quoteJson(study, ref.offers.careItems));
        else
            CliOutput::print("{}", OfferReport::quoteText(study, ref.offers.careItems));
    });
}

}  // namespace cmcsim::cli
