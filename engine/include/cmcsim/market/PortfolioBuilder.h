#pragma once

#include <cstdint>

#include "cmcsim/market/Portfolio.h"

namespace cmcsim {

struct Company;
struct Market;
struct ReferenceData;
struct Scenario;

// Derives the mutuelle's portfolio from a generated market (issue 11 §1): one contract per
// company whose health or provident insurer is the mutuelle (competitor 0), with the market's
// renewal date and satisfaction, the OfferCatalogue product of its level, an age, a history of
// loss ratios and a prescriber drawn from the scenario's portfolio profile (PortfolioProfile.h)
// with KeyedRandom keyed by (market seed, "portefeuille", company, health or provident): the
// same market always gives the same portfolio, whatever else is drawn. docs/simulation.md,
// "Le portefeuille", gives every rule and its source.
class PortfolioBuilder {
public:
    // The employees of `company` in the market's territory: the headcounts of its open
    // establishments (Company::headcount counts the whole company, all France, and a national
    // group's contract is not the regional seller's). What the portfolio's premiums and a
    // contract signed in the simulated weeks count.
    static std::uint32_t territoryHeadcount(const Market& market, const Company& company);

    // Years of loss ratios a contract shows at most (the cahier des charges' last three years,
    // domain-facts I: "usually 3").
    static constexpr int kLossRatioYears = 3;

    // `seed` is the market's (Attempt::seed(): the attempt's "graine", else the scenario's).
    PortfolioBuilder(const ReferenceData& reference, const Scenario& scenario, std::uint64_t seed);
    // Contracts in company order, health before provident. Premiums are per year: the monthly
    // premium of the market's cover × territoryHeadcount × 12.
    Portfolio build(const Market& market) const;

private:
    // The contract of `company`'s health (or provident) cover, drawn from its own key.
    PortfolioContract contract(const Market& market, std::uint32_t company, bool health) const;

    const ReferenceData& reference_;
    const Scenario& scenario_;
    std::uint64_t seed_;
};

}  // namespace cmcsim
