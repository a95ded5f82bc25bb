#include "cmcsim/sim/CoverPortfolio.h"

namespace cmcsim {

Portfolio portfolioFromCover(const Market& market) {
    Portfolio portfolio;
    for (std::uint32_t c = 0; c < market.companies.size(); ++c) {
        const auto& company = market.companies[c];
        for (const bool health : {true, false}) {
            const auto& cover = health ? company.health : company.provident;
            if (cover.insurer != 0) continue;
            PortfolioContract contract;
            contract.company = c;
            contract.health = health;
            contract.renewal = cover.renewal;
            contract.annualPremium =
                Money::cents(cover.monthlyPremium.cents() * company.headcount * 12);
            contract.satisfaction = cover.satisfaction;
            portfolio.contracts.push_back(std::move(contract));
        }
    }
    return portfolio;
}

}  // namespace cmcsim
