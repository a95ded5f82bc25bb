#pragma once

#include <vector>

#include "cmcsim/tender/TenderDesk.h"

namespace cmcsim {

class AttemptState;
class Campaign;
struct Market;
struct ReferenceData;
struct Scenario;
struct WeekResult;

// The calls for tender of an attempt the candidate won (TenderDesk::wins, docs/simulation.md
// "Les appels d'offres"), for Campaign::replay to record at the end of each award week: the
// company becomes a client with the bid's annual premium, its contract in the portfolio from the
// contract's effective date. A company signs once: one already signed (a meeting) or already a
// client of the mutuelle adds no second contract.
class TenderSignings {
public:
    TenderSignings(const Market& market, const ReferenceData& reference, const Scenario& scenario,
                   const AttemptState& state);
    // Records on `campaign` the tenders awarded in `week.week` (Campaign::recordSignature with
    // the action "appel d'offres") and counts them in `week`: signatures, premiums (in cents)
    // and tendersWon.
    void record(Campaign& campaign, WeekResult& week) const;
    const std::vector<TenderWin>& wins() const { return wins_; }

private:
    std::vector<TenderWin> wins_;
};

}  // namespace cmcsim
