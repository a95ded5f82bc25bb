#pragma once

namespace cmcsim {

// The profile of the mutuelle's portfolio (scenario "portfolio" block, docs/scenario-format.md):
// how old its contracts are, their loss-ratio level and how many came through prescribers. Its
// size is the market's: every company whose health or provident insurer is the mutuelle
// (mutuelle.market_share); renewal dates and satisfaction are those of the market's cover.
struct PortfolioProfile {
    double meanAgeYears = 6;           // years since the first effective date, exponential law ⚠
    int maxAgeYears = 25;              // cut ⚠
    double lossRatioHealth = 0.81;     // claims / premiums, DREES 2023 (domain-facts F.3) H
    double lossRatioProvident = 0.64;  // DREES ER 1361, 2023 (domain-facts F.3) H
    double lossRatioSpread = 0.25;     // σ of the yearly log-normal around the level ⚠
    double prescriberShare = 0.3;  // of contracts of companies with a prescriber, brought by it ⚠
    bool operator==(const PortfolioProfile&) const = default;
};

}  // namespace cmcsim
