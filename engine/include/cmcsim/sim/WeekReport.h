#pragma once

#include <string>
#include <vector>

#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/WeekResult.h"

namespace cmcsim {

// A simulated week's results in French, one line per item, as `cmcsim week` prints them and the
// studio's Semaine workspace can list them: time and budget, each action planned against done,
// the answers, the pipeline's steps, the market-watch events and the renewals.
class WeekReport {
public:
    static std::vector<std::string> lines(const WeekResult& result, const Campaign& campaign);
    // Whether the week's views show `event`: a client's letter of resignation or a portfolio
    // contract's loss-ratio drift names a client of the mutuelle, so it shows only once the
    // portfolio extract is bought (result.portfolioKnown, PortfolioSight); every other event shows.
    static bool shows(const MarketEvent& event, const WeekResult& result);
    // The French label of a refusal or loss reason code (the response model's).
    static std::string reasonLabel(const Campaign& campaign, const std::string& code);
};

}  // namespace cmcsim
