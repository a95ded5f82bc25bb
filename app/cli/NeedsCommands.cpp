// The needs command: a company's hidden needs (issue 12 §1), for evaluators only (--truth);
// the candidate discovers them in meetings. README.md "CLI".
#include <fmt/format.h>

#include "CliContext.h"
#include "CliOptions.h"
#include "CliOutput.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/needs/NeedsReport.h"
#include "cmcsim/needs/NeedsStatistics.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/TruthAccess.h"

namespace cmcsim::cli {

namespace {
// The index in `market` of the company of a SIRET or SIREN (the first 9 digits), if it has it.
std::optional<std::uint32_t> companyOf(const Market& market, const std::string& siretOrSiren) {
    if (siretOrSiren.size() < 9) return std::nullopt;
    const auto siren = siretOrSiren.substr(0, 9);
    for (std::uint32_t i = 0; i < market.companies.size(); ++i)
        if (fmt::format("{:09}", market.companies[i].siren) == siren) return i;
    return std::nullopt;
}

}  // namespace

CompanyNeeds hiddenNeeds(AttemptReader& attempt, const Market& market,
                         const ReferenceData& reference, const std::string& siretOrSiren) {
    const auto index = companyOf(market, siretOrSiren);
    if (!index || market.prospects.empty()) {
        Diagnosis::of(market, reference, siretOrSiren, attempt.scenario().startDate.year());
        throw InputError(fmt::format("« {} »", siretOrSiren), "entreprise absente du marché");
    }
    return CompanyNeeds::of(market, reference, attempt.scenario(), attempt.seed(), *index);
}

void addNeedsCommand(CLI::App& app, CliContext& context) {
    auto* needs = app.add_subcommand(
        "needs",
        "Les besoins cachés d'une entreprise (décideurs, budget, priorités, insatisfactions, "
        "objections, calendrier) : vue de l'évaluateur (--truth)");
    static std::string file, siret;
    static bool json = false, truth = false, stats = false;
    needs->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    needs->add_option("--siret", siret, "SIRET d'un établissement ou SIREN de l'entreprise")
        ->check(CLI::Validator(
            [](std::string& value) {
                const bool digits =
                    !value.empty() && value.find_first_not_of("0123456789") == std::string::npos;
                return digits && (value.size() == 9 || value.size() == 14)
                           ? std::string()
                           : "un SIRET (14 chiffres) ou un SIREN (9 chiffres) attendu, reçu « " +
                                 value + " »";
            },
            "SIRET|SIREN"));
    needs->add_flag("--json", json, "Sortie JSON");
    needs->add_flag("--truth", truth,
                    "Vue de l'évaluateur : les besoins cachés, que le candidat découvre en "
                    "rendez-vous");
    needs->add_flag("--stats", stats,
                    "La distribution des besoins sur toutes les entreprises du marché (avec "
                    "--truth), au lieu d'une entreprise");
    needs->callback([&context] {
        // Usage errors (exit 2): the view is the evaluator's, and it needs a company or --stats.
        if (!truth)
            throw CLI::ValidationError(
                "--truth",
                "les besoins d'une entreprise ne se lisent pas : le candidat les "
                "découvre en rendez-vous (cmcsim meeting) ; --truth les montre à "
                "l'évaluateur");
        const auto& reference = context.reference();
        if (stats) {
            const auto attempt = AttemptFile::open(file, reference);
            TruthAccess::require(attempt.journal(), file);
            CliOutput::print("{}", NeedsStatistics::of(attempt.market(), reference,
                                                       attempt.scenario(), attempt.seed())
                                       .text());
            return;
        }
        if (siret.empty())
            throw CLI::ValidationError("--siret",
                                       "SIRET ou SIREN attendu (ou --stats pour tout le marché)");
        AttemptReader attempt(file, reference);
        TruthAccess::require(attempt.journal(), file);
        const auto view = companyView(attempt, siret, true);
        const auto& market = view.extract.market;
        const auto n = hiddenNeeds(attempt, market, reference, siret);
        if (json)
            CliOutput::json(NeedsReport::json(n, market, reference));
        else
            CliOutput::print("{}", NeedsReport::text(n, market, reference));
    });
}

}  // namespace cmcsim::cli
