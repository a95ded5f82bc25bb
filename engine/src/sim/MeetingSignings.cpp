#include "MeetingSignings.h"

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/meeting/MeetingDuration.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

MeetingSignings::MeetingSignings(const Market& market, const ReferenceData& reference,
                                 const Scenario& scenario, std::uint64_t seed,
                                 const AttemptState& state) {
    for (auto& t : MeetingView::all(market, reference, scenario, seed, state)) {
        const auto& record = *state.meetings().meeting(t.meeting);
        const int week = record.week;
        auto& [count, hours] = held_[week];
        ++count;
        // Its stated duration is taken from the week even when it ended sooner (issue 12 §3).
        hours += MeetingDuration::booked(record, t.minutes) / 60;
        // A company signs once: Campaign::recordSignature ignores a later signature.
        if (t.outcome == MeetingOutcome::Signed) signed_.emplace_back(week, std::move(t));
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
        if (week >= from && week <= to &&
            campaign.recordSignature(t.company, week, t.offer->annualPremium, t.offer->effective,
                                     t.offer->healthProduct)) {
            ++count;
            premiums += t.offer->annualPremium;
        }
    return {count, premiums};
}

}  // namespace cmcsim
