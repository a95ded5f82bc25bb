#include "cmcsim/market/Portfolio.h"

#include <numeric>

namespace cmcsim {

std::vector<const PortfolioContract*> Portfolio::of(std::uint32_t company) const {
    std::vector<const PortfolioContract*> out;
    for (const auto& c : contracts)
        if (c.company == company) out.push_back(&c);
    return out;
}

std::size_t Portfolio::clients() const {
    std::size_t n = 0;
    for (std::size_t i = 0; i < contracts.size(); ++i)
        if (i == 0 || contracts[i].company != contracts[i - 1].company) ++n;
    return n;
}

Money Portfolio::totalAnnualPremium() const {
    Money total;
    for (const auto& c : contracts) total += c.annualPremium;
    return total;
}

double Portfolio::meanLossRatio(const PortfolioContract& contract) {
    if (contract.lossRatios.empty()) return 0;
    return std::accumulate(contract.lossRatios.begin(), contract.lossRatios.end(), 0.0) /
           static_cast<double>(contract.lossRatios.size());
}

std::size_t Portfolio::sign(std::uint32_t company, const std::string& product, Date effective,
                            Money annualPremium) {
    PortfolioContract contract;
    contract.company = company;
    contract.product = product;
    contract.effective = effective;
    contract.renewal = Date::fromCivil(effective.year() + 1, 1, 1);
    contract.annualPremium = annualPremium;
    contract.satisfaction = 1;
    contracts.push_back(std::move(contract));
    return contracts.size() - 1;
}

}  // namespace cmcsim
