#pragma once

#include <cstdint>
#include <vector>

#include "cmcsim/core/AliasTable.h"
#include "cmcsim/core/Date.h"
#include "cmcsim/market/Market.h"

namespace cmcsim {

// Draws a company's current health and provident contracts from the competitor landscape.
class CoverageModel {
public:
    CoverageModel(const std::vector<Competitor>& competitors,
                  const std::vector<double>& providentShares, Date start);

    // `cadres`, `meanAge` and `meanMonthlyPay` summarise the company's census on the territory.
    void draw(Company& company, std::uint32_t cadres, double meanAge, double meanMonthlyPay,
              KeyedRandom& random) const;

    // Monthly health premium per employee of a level 1..4 at market price (2023 DREES-calibrated).
    static double baseHealthPremium(int level);

private:
    const std::vector<Competitor>& competitors_;
    AliasTable healthTable_, providentTable_;
    Date start_;
};

}  // namespace cmcsim
