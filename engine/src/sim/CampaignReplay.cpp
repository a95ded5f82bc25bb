// Campaign::replay: the campaign of an attempt, recomputed from its journal (the weeks run, the
// meetings signed, the calls for tender won).
#include <limits>

#include "MeetingSignings.h"
#include "TenderSignings.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/PortfolioBuilder.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

Campaign Campaign::replay(const Scenario& scenario, const ReferenceData& reference,
                          const Market& market, std::uint64_t seed, const AttemptState& state) {
    Campaign campaign(scenario, reference, market,
                      PortfolioBuilder(reference, scenario, seed).build(market), seed);
    const MeetingSignings signings(market, reference, scenario, seed, state);
    const TenderSignings tenders(market, reference, scenario, state);
    for (const auto& run : state.weekRuns()) {
        campaign.recordMeetings(run.week, signings.held(run.week));
        const auto [n, premiums] = signings.record(campaign, run.week, run.week);
        campaign.runWeek(run);
        campaign.weeks_.back().signatures += n;
        campaign.weeks_.back().premiumsSignedEur += premiums;
        tenders.record(campaign, campaign.weeks_.back());
    }
    signings.record(campaign, static_cast<int>(state.weekRuns().size()) + 1,
                    std::numeric_limits<int>::max());
    return campaign;
}

}  // namespace cmcsim
