#include "MeetingSignings.h"

#include <set>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

MeetingSignings::MeetingSignings(const Market& market, const ReferenceData& reference,
                                 const Scenario& scenario, std::uint64_t seed,
                                 const AttemptState& state) {
    // A company signs once: a later meeting that ends in a signature adds no second contract.
    std::set<std::uint32_t> companies;
    for (auto& t : MeetingView::all(market, reference, scenario, seed, state)) {
        const int week = state.meetings().meeting(t.meeting)->week;
        auto& [count, hours] = held_[week];
        ++count;
        hours += t.minutes / 60;
        if (t.outcome == MeetingOutcome::Signed && companies.insert(t.company).second)
            signed_.emplace_back(week, std::move(t));
    }
}

std::pair<std::int64_t, double> MeetingSignings::held(int week) const {
    const auto it = held_.find(week);
    return it == held_.end() ? std::pair<std::int64_t, double>{0, 0.0} : it->second;
}

std::pair<int, double> MeetingSignings::record(Campaign& campaign, int from, int to) const {
    int count = 0;
    double premiums = 0;
    for (const auto& [week, t] : signed_)
        if (week >= from && week <= to) {
            campaign.recordSignature(t.company, week, t.offer->annualPremium, t.offer->effective,
                                     t.offer->healthProduct);
            ++count;
            premiums += t.offer->annualPremium;
        }
    return {count, premiums};
}

}  // namespace cmcsim
