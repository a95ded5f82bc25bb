#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/tender/Tender.h"

namespace cmcsim {

struct Market;
struct ReferenceData;

// One year of a current contract's loss history the specifications disclose.
struct TenderLossYear {
    int year = 0;
    double premium = 0;   // annual contributions (health or provident), taxes included, euros
    double benefits = 0;  // annual benefits paid, euros
    double lossRatio() const { return premium > 0 ? benefits / premium : 0; }
};

// What a call for tender discloses of the market's truth, and what its award is scored against:
// the company's real census (Diagnosis with everything known), its broker, the current health
// contract (insurer, level, premium, guarantee table of the market product of that level), the
// loss history of the last datasets/ao_parametres.csv sinistralite_annees years (the current
// contract's expected claims from the pricing model over its premium, each year drawn around it
// with dispersion_sinistralite, keyed by (seed, SIREN, year)), the current provident contract
// alike (insurer, level, premium, guarantees of the market provident product of that level, and
// its loss history: the current premium × the product's expected loss ratio on the census (its
// expected claims over its priced premium), drawn with dispersion_sinistralite keyed by (seed,
// "ao.sinistralite.prevoyance", SIREN, year), not deflated: provident benefits follow pay),
// and the requested cover's price: the market product of the requested level with the requested
// structure, priced on the census.
struct TenderTruth {
    Tender tender;
    std::uint32_t company = 0;  // index in Market::companies of the tender's establishment
    Diagnosis diagnosis;
    std::string broker;          // empty when no broker follows the company
    std::string currentInsurer;  // empty when no collective health contract
    int currentLevel = 0;
    double currentMonthlyPremium = 0;                                    // per employee, euros
    std::vector<std::pair<std::string, std::string>> currentGuarantees;  // care item, cover
    std::vector<TenderLossYear> losses;  // oldest first; empty without a current contract
    // The current provident contract: insurer empty when none; level 1..3; euros per employee and
    // per month; guarantee, cover; loss history oldest first.
    std::string providentInsurer;
    int providentLevel = 0;
    double providentMonthlyPremium = 0;
    std::vector<std::pair<std::string, std::string>> providentGuarantees;
    std::vector<TenderLossYear> providentLosses;
    double referencePremium = 0;  // annual premium of the requested cover, taxes included
    double referenceClaims = 0;   // its expected annual claims (the risk model's mean)

    // InputError when the tender's SIRET is not in the market.
    static TenderTruth of(const ReferenceData& reference, const Scenario& scenario,
                          const Market& market, const Tender& tender);
};

}  // namespace cmcsim
