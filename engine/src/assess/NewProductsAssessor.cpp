// B3.1.5 "De nouveaux produits à proposer aux clients/adhérents sont identifiés": the offers the
// candidate saved (docs/offer-format.md) once weeks have been played that propose a product the
// company does not hold from the mutuelle: to a client of the portfolio, a cover (health or
// provident) missing from its contracts; to a prospect, provident beside health. Counted by
// company. Without any offer the data cannot show it: "à apprécier" with that reason.
#include <fmt/format.h>

#include <charconv>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

namespace {

// Whether an offer holds a health and a provident cover in some category.
std::pair<bool, bool> covers(const nlohmann::json& offer) {
    bool health = false, provident = false;
    if (offer.contains("categories") && offer["categories"].is_array())
        for (const auto& c : offer["categories"]) {
            health = health || (c.is_object() && c.contains("sante"));
            provident = provident || (c.is_object() && c.contains("prevoyance"));
        }
    return {health, provident};
}

IndicatorResult assessNewProducts(const AssessmentContext& context, const AssessorThresholds& t,
                                  const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "les nouveaux produits proposés")) return result;
    const auto& offers = context.state.offers();
    if (offers.empty()) {
        result.explanation =
            "À apprécier par l'évaluateur : aucune offre n'est enregistrée, les données de "
            "l'épreuve ne montrent donc aucun produit proposé ; les produits que le candidat a "
            "identifiés sans en faire une offre se jugent à l'entretien.";
        return result;
    }
    const auto& campaign = played::campaign(context);
    std::unordered_map<std::uint64_t, std::uint32_t> companyOf;
    for (const auto& e : context.market.establishments) companyOf.emplace(e.siret, e.company);
    std::set<std::string> companies, newProducts;
    std::vector<Evidence> offersFound;
    for (const auto& o : offers) {
        companies.insert(o.siret);
        std::uint64_t siret = 0;
        std::from_chars(o.siret.data(), o.siret.data() + o.siret.size(), siret);
        const auto found = companyOf.find(siret);
        if (found == companyOf.end()) continue;
        const auto [health, provident] = covers(o.offer);
        const auto contracts = campaign.portfolio().of(found->second);
        bool hasHealth = false, hasProvident = false;
        for (const auto* c : contracts) (c->health ? hasHealth : hasProvident) = true;
        std::string what;
        if (!contracts.empty() && health && !hasHealth)
            what = "santé proposée à un client de la mutuelle en prévoyance";
        else if (!contracts.empty() && provident && !hasProvident)
            what = "prévoyance proposée à un client de la mutuelle en santé";
        else if (contracts.empty() && health && provident)
            what = "prévoyance proposée avec la santé à un prospect";
        if (what.empty() || !newProducts.insert(o.siret).second) continue;
        offersFound.push_back({o.entry, fmt::format("Offre pour le SIRET {}", o.siret), what});
    }
    const auto count = static_cast<std::int64_t>(newProducts.size());
    const auto m = grading::measureAtLeast(static_cast<double>(count), t.at("offres_acquis"),
                                           t.at("offres_partiel"));
    result.verdict = m.verdict;
    result.score = m.score;
    result.evidence.push_back({0, "Entreprises à qui un nouveau produit est proposé",
                               grading::share(count, static_cast<std::int64_t>(companies.size()))});
    result.evidence.insert(result.evidence.end(), offersFound.begin(), offersFound.end());
    result.explanation = fmt::format(
        "Offres enregistrées pour {}. Entreprises à qui une offre propose un produit "
        "qu'elles n'ont pas auprès de la mutuelle (à un client : la garantie santé ou prévoyance "
        "qui manque à ses contrats ; à un prospect : la prévoyance avec la santé) : {} (« acquis » "
        "à partir de {}, « partiellement » à partir de {}).",
        frenchCount(static_cast<double>(companies.size()), "entreprise", "entreprises"), count,
        frenchShort(t.at("offres_acquis"), 2), frenchShort(t.at("offres_partiel"), 2));
    return result;
}

const AssessorRegistration kRegistration{
    {"offres.nouveaux_produits", {"offres_acquis", "offres_partiel"}, assessNewProducts}};

}  // namespace

}  // namespace cmcsim
