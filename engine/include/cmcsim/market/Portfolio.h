#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/core/Money.h"

// The candidate's mutuelle's clients (issue 11 §1): the companies of the market the mutuelle
// already covers (Company::health or ::provident with insurer 0), with the history of their
// contracts. Built from the market with keyed randomness, so the same market always has the
// same portfolio; hidden until the candidate buys the portfolio extract study.
namespace cmcsim {

// One contract of the portfolio: a client company's health or provident cover with the mutuelle.
struct PortfolioContract {
    std::uint32_t company = 0;      // index in Market::companies
    bool health = true;             // false: provident
    std::string product;            // an OfferCatalogue product id
    Date effective;                 // first effective date
    Date renewal;                   // next échéance (usually 1 January)
    Money annualPremium;            // per year, for the company's employees in the territory
    std::vector<float> lossRatios;  // claims / premiums of the last years, oldest first
    float satisfaction = 0;         // 0..1
    std::int32_t prescriber = -1;   // Market::prescribers index that brought it, -1 if none
};

// The mutuelle's portfolio of a market.
struct Portfolio {
    std::vector<PortfolioContract> contracts;  // in company order, health before provident

    // The contracts of one company (health first); empty when it is not a client.
    std::vector<const PortfolioContract*> of(std::uint32_t company) const;
    // Distinct client companies.
    std::size_t clients() const;
    Money totalAnnualPremium() const;
    // Adds the health or provident contract `product` a company signed, effective from
    // `effective` and renewed on the next 1 January, at full satisfaction; returns its index.
    std::size_t sign(std::uint32_t company, const std::string& product, Date effective,
                     Money annualPremium);
    // The mean of a contract's loss ratios (claims / premiums), 0 when it has none yet.
    static double meanLossRatio(const PortfolioContract& contract);
};

}  // namespace cmcsim
