#include "cmcsim/market/PortfolioBuilder.h"

#include <algorithm>
#include <cmath>

#include "cmcsim/core/KeyedRandom.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
constexpr Purpose kPortfolio("portefeuille");

// The mutuelle's products of a kind, health by level 1..4 (options left out), provident in
// catalogue order.
std::string healthProduct(const OfferCatalogue& catalogue, int level) {
    for (const auto& p : catalogue.health)
        if (p.owner == "mutuelle" && p.level == level) return p.id;
    return {};
}

std::string providentProduct(const OfferCatalogue& catalogue, int level) {
    std::vector<const ProvidentProduct*> own;
    for (const auto& p : catalogue.provident)
        if (p.owner == "mutuelle") own.push_back(&p);
    if (own.empty()) return {};
    return own[static_cast<std::size_t>(std::max(level - 1, 0)) % own.size()]->id;
}
}  // namespace

PortfolioBuilder::PortfolioBuilder(const ReferenceData& reference, const Scenario& scenario,
                                   std::uint64_t seed)
    : reference_(reference), scenario_(scenario), seed_(seed) {}

std::uint32_t PortfolioBuilder::territoryHeadcount(const Market& market, const Company& company) {
    std::uint32_t n = 0;
    for (std::uint32_t i = 0; i < company.establishmentCount; ++i) {
        const auto& e = market.establishments[company.firstEstablishment + i];
        if (!e.closed) n += e.headcount;
    }
    return n;
}

Portfolio PortfolioBuilder::build(const Market& market) const {
    Portfolio portfolio;
    for (std::uint32_t c = 0; c < market.companies.size(); ++c) {
        const auto& company = market.companies[c];
        if (company.health.insurer == 0) portfolio.contracts.push_back(contract(market, c, true));
        if (company.provident.insurer == 0)
            portfolio.contracts.push_back(contract(market, c, false));
    }
    return portfolio;
}

PortfolioContract PortfolioBuilder::contract(const Market& market, std::uint32_t index,
                                             bool health) const {
    const auto& profile = scenario_.portfolio;
    const auto& company = market.companies[index];
    const auto& cover = health ? company.health : company.provident;
    KeyedRandom random(seed_, kPortfolio, index, health ? 0 : 1);
    PortfolioContract c;
    c.company = index;
    c.health = health;
    c.product = health ? healthProduct(reference_.offers, cover.level)
                       : providentProduct(reference_.offers, cover.level);
    c.renewal = cover.renewal;
    c.satisfaction = cover.satisfaction;
    c.annualPremium = Money::euros(cover.monthlyPremium.euros() *
                                   static_cast<double>(territoryHeadcount(market, company)) * 12);
    // Effective on the 1st of the renewal month, `age` whole years before its last anniversary
    // (not before the month the company was created).
    const auto start = scenario_.startDate;
    const auto month = cover.renewal.month();
    auto anniversary = Date::fromCivil(start.year(), month, 1);
    if (anniversary > start) anniversary = Date::fromCivil(start.year() - 1, month, 1);
    const double drawn = -profile.meanAgeYears * std::log(1.0 - random.uniform());
    int age = std::min(static_cast<int>(std::floor(drawn)), profile.maxAgeYears);
    while (age > 0 && Date::fromCivil(anniversary.year() - age, month, 1) < company.created) --age;
    c.effective = Date::fromCivil(anniversary.year() - age, month, 1);
    // A company younger than its last anniversary took its contract the month it was created.
    c.effective =
        std::max(c.effective, Date::fromCivil(company.created.year(), company.created.month(), 1));
    // One loss ratio per whole year of the contract, the last kLossRatioYears, oldest first:
    // log-normal of mean the profile's level.
    const double level = health ? profile.lossRatioHealth : profile.lossRatioProvident;
    const double sigma = profile.lossRatioSpread;
    for (int y = 0; y < std::min(age, kLossRatioYears); ++y)
        c.lossRatios.push_back(
            static_cast<float>(level * std::exp(sigma * random.normal() - sigma * sigma / 2)));
    // Brought by its broker (or else its accountant) for a share of the companies that have one.
    const std::int32_t prescriber = company.broker >= 0 ? company.broker : company.accountant;
    if (prescriber >= 0 && random.chance(profile.prescriberShare)) c.prescriber = prescriber;
    return c;
}

}  // namespace cmcsim
