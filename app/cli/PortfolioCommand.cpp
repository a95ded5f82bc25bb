// The portfolio command: the mutuelle's client contracts as the portfolio extract shows them
// with the clients the candidate won (meetings, calls for tender) and when; before the study is
// bought, only the clients won (refused when there are none); the truth with --truth, README.md
// "CLI".
#include <fmt/format.h>

#include <algorithm>

#include "CliContext.h"
#include "CliOutput.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/PortfolioSight.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/OneLine.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/TruthAccess.h"

namespace cmcsim::cli {

namespace {

std::string lossRatios(const PortfolioContract& c) {
    if (c.lossRatios.empty()) return "aucun exercice clos";
    std::string text;
    for (const auto r : c.lossRatios)
        text += (text.empty() ? "" : ", ") + frenchNumber(100 * static_cast<double>(r), 0) + " %";
    return text;
}

std::string productLabel(const ReferenceData& reference, const PortfolioContract& c) {
    for (const auto& p : reference.offers.health)
        if (p.id == c.product) return p.label;
    for (const auto& p : reference.offers.provident)
        if (p.id == c.product) return p.label;
    return c.product;
}

}  // namespace

void addPortfolioCommand(CLI::App& app, CliContext& context) {
    auto* portfolio = app.add_subcommand(
        "portfolio",
        "Le portefeuille de la mutuelle (ses entreprises clientes et leurs contrats), une fois "
        "l'extrait de portefeuille acheté");
    static std::string file;
    static bool json = false, truth = false;
    portfolio->add_option("FILE", file, "Fichier d'épreuve (.cmc)")->required();
    portfolio->add_flag("--json", json, "Sortie JSON");
    portfolio->add_flag("--truth", truth,
                        "Vue de l'évaluateur : le portefeuille même sans l'étude, avec la "
                        "propension de chaque client à partir à l'échéance");
    portfolio->callback([&context] {
        const auto& reference = context.reference();
        const auto attempt = AttemptFile::open(file, reference);
        if (truth) TruthAccess::require(attempt.journal(), file);
        const auto& scenario = attempt.scenario();
        const auto& market = attempt.market();
        const auto state =
            AttemptState::replay(scenario, market, attempt.journal(), reference.planRules);
        const auto campaign = Campaign::replay(scenario, reference, market, attempt.seed(), state);
        // Without the study, the candidate sees the clients they won, not the mutuelle's others.
        const bool whole = truth || PortfolioSight::now(state);
        Portfolio book;
        for (const auto& c : campaign.portfolio().contracts)
            if (whole || campaign.wonBy(c.company)) book.contracts.push_back(c);
        if (!whole && book.contracts.empty())
            throw InputError(file, PortfolioSight::hidden(scenario));
        const auto prescriberName = [&](std::int32_t p) {
            return p < 0 ? std::string() : market.prescribers[static_cast<std::size_t>(p)].name;
        };
        if (json) {
            auto contracts = nlohmann::json::array();
            for (const auto& c : book.contracts) {
                const auto& company = market.companies[c.company];
                const auto& cover = c.health ? company.health : company.provident;
                nlohmann::json row = {{"siren", siret::formatSiren(company.siren)},
                                      {"entreprise", company.name},
                                      {"risque", c.health ? "sante" : "prevoyance"},
                                      {"produit", c.product},
                                      {"effet", c.effective.iso()},
                                      {"echeance", c.renewal.iso()},
                                      {"prime_annuelle_eur", c.annualPremium.euros()},
                                      {"sinistres_sur_primes", c.lossRatios},
                                      {"satisfaction", c.satisfaction},
                                      {"prescripteur", prescriberName(c.prescriber)}};
                if (truth) row["propension_depart"] = cover.propensityToMove;
                if (const auto* won = campaign.wonBy(c.company))
                    row["gagne"] = {{"semaine", won->since}, {"par", won->action}};
                contracts.push_back(std::move(row));
            }
            CliOutput::json({{"fichier", file},
                             {"verite", truth},
                             {"portefeuille_connu", whole},
                             {"entreprises", book.clients()},
                             {"contrats", contracts},
                             {"primes_annuelles_eur", book.totalAnnualPremium().euros()}});
            return;
        }
        CliOutput::print("Épreuve : {}\n", file);
        CliOutput::print(
            "Portefeuille de « {} »{} : {}, {}, {} de primes annuelles\n",
            oneLine(scenario.mutuelle.name), truth ? " (vérité)" : "",
            frenchCount(static_cast<double>(book.clients()), "entreprise cliente",
                        "entreprises clientes"),
            frenchCount(static_cast<double>(book.contracts.size()), "contrat", "contrats"),
            frenchNumber(book.totalAnnualPremium().euros(), 2) + " €");
        if (!whole)
            CliOutput::print("Seuls les clients que vous avez gagnés sont montrés ; {}\n",
                             PortfolioSight::hidden(scenario));
        for (const auto& c : book.contracts) {
            const auto& company = market.companies[c.company];
            const auto& cover = c.health ? company.health : company.provident;
            const auto prescriber = prescriberName(c.prescriber);
            const auto* won = campaign.wonBy(c.company);
            CliOutput::print(
                "  {} « {} » — {} : {}, effet {}, échéance {}, {} par an, S/P {}, satisfaction {} "
                "%{}{}{}\n",
                siret::formatSiren(company.siren), oneLine(company.name),
                c.health ? "santé" : "prévoyance", oneLine(productLabel(reference, c)),
                c.effective.french(), c.renewal.french(),
                frenchNumber(c.annualPremium.euros(), 2) + " €", lossRatios(c),
                frenchNumber(100 * static_cast<double>(c.satisfaction), 0),
                prescriber.empty() ? "" : ", apporté par « " + oneLine(prescriber) + " »",
                truth
                    ? ", propension à partir " +
                          frenchNumber(100 * static_cast<double>(cover.propensityToMove), 0) + " %"
                    : "",
                won ? fmt::format(", client gagné en semaine {} ({})", won->since,
                                  oneLine(won->action))
                    : "");
        }
    });
}

}  // namespace cmcsim::cli
