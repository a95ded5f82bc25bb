#include "TenderSignings.h"

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

TenderSignings::TenderSignings(const Market& market, const ReferenceData& reference,
                               const Scenario& scenario, const AttemptState& state) {
    // The tender book and the awards are computed only when a response was submitted.
    bool submitted = false;
    for (const auto& [id, response] : state.tenders().responses())
        submitted = submitted || response.submittedBy != 0;
    if (submitted) wins_ = TenderDesk(reference, scenario, market, state).wins();
}

void TenderSignings::record(Campaign& campaign, WeekResult& week) const {
    for (const auto& win : wins_) {
        if (win.week != week.week) continue;
        if (!campaign.recordSignature(win.company, win.week, win.annualPremium, win.effective,
                                      win.product, "appel d'offres"))
            continue;
        ++week.signatures;
        week.premiumsSignedEur += win.annualPremium;
        week.tendersWon.push_back(win.company);
    }
    // Euros in cents, as Campaign::runWeek keeps them.
    week.premiumsSignedEur = Money::euros(week.premiumsSignedEur).euros();
}

}  // namespace cmcsim
