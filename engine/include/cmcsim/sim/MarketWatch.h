#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/market/Portfolio.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/sim/MarketEvent.h"
#include "cmcsim/sim/Respondent.h"

namespace cmcsim {

// The market-watch (veille) events of the simulated weeks, generated with keyed randomness from
// the market and the portfolio alone, so they are the same whatever the candidate does; only
// whether an event reaches the candidate depends on the sources the candidate follows:
// - a company of 8 to 10 (45 to 49) employees crosses 11 (50) each week with the chance
//   franchissement_hebdo; it reaches the candidate when the company is a client or a target;
// - each competitor announces its indexation on the 1st of hausse_concurrent_mois: a rise of
//   hausse_concurrent_taux × its price level × (0.5 + U); it reaches the candidate who bought
//   the competitor study (veille concurrentielle);
// - the next year's PASS is published on the 1st of pass_mois (Journal officiel: always);
// - a client sends a resignation notice before its notice deadline with the chance
//   propensity × preavis_resiliation, dated in the 8 weeks before the deadline (always reaches);
// - a portfolio contract's claims drift once a year with the chance derive_sinistralite
//   (doubled when its last loss ratio is above 90 %), dated before its renewal (always reaches).
// The last two threaten the client: lost at its renewal unless reviewed after the event.
// The scenario's scripted events ("evenements", docs/scenario-format.md) fire on the Monday of
// their week beside these, reached and threatening by the same rules; the company each concerns
// is drawn once, uniformly, with keyed randomness (seed, event id, week) among:
// - preavis_resiliation: the portfolio's contracts whose notice deadline is not past, those
//   renewed within the scenario first (else its threat could never be acted on in time);
// - derive_sinistralite: the contracts renewed 4 weeks or more after it, within the scenario first;
// - franchissement_seuil: the companies of 8–10 (seuil 11) or 45–49 (seuil 50) employees, the
//   mutuelle's clients first (a company the candidate follows, so that the event reaches them).
// With no such company (an empty portfolio) the event does not happen.
class MarketWatch {
public:
    MarketWatch(const Scenario& scenario, const Market& market, const Portfolio& portfolio,
                const Respondent& respondent);

    // The events of `week` (1-based; `start` its Monday); `follows(company)` says whether the
    // candidate follows a company, `competitorWatch` whether the competitor study is bought.
    std::vector<MarketEvent> eventsOf(int week, Date start,
                                      const std::function<bool(std::uint32_t)>& follows,
                                      bool competitorWatch) const;

private:
    void addClientEvents(const PortfolioContract& contract);
    void addScripted(const ScriptedEvent& event, const Portfolio& portfolio);
    MarketEvent clientEvent(MarketEventKind kind, const PortfolioContract& contract) const;
    MarketEvent thresholdEvent(std::uint32_t company, Date start) const;

    const Scenario* scenario_;
    const Market* market_;
    const Respondent* respondent_;
    std::vector<std::uint32_t> nearThreshold_;               // companies of 8–10 or 45–49
    std::multimap<std::int32_t, MarketEvent> clientEvents_;  // by date (days)
    std::multimap<int, MarketEvent> scripted_;               // by week
};

// The week (1-based) of the scenario holding `date`; 0 or less before the start.
int weekOf(const Scenario& scenario, Date date);
// The Monday of `week`.
Date weekStart(const Scenario& scenario, int week);

}  // namespace cmcsim
