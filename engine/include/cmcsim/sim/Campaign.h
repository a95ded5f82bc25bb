#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/market/Portfolio.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/sim/CompanyProgress.h"
#include "cmcsim/sim/MarketWatch.h"
#include "cmcsim/sim/Respondent.h"
#include "cmcsim/sim/WeekResult.h"

namespace cmcsim {

struct ReferenceData;
class ActionTargets;

// The candidate's campaign over the simulated weeks: runs the weeks one after the other (a pure
// function of scenario, reference, market, portfolio and each week's inputs) and keeps where
// every company stands. Each week, in order: market-watch events; the pipeline of earlier
// meetings (held → découverte → proposition → négociation → signé / perdu, the response model
// standing in for the meetings issue); the plan's actions active that week, in plan order,
// within the week's capacity (hours) and the budget left; prescribers' introductions; clients
// at their renewal (kept or lost). docs/simulation.md, "Les semaines simulées".
class Campaign {
public:
    Campaign(const Scenario& scenario, const ReferenceData& reference, const Market& market,
             Portfolio portfolio, std::uint64_t seed);
    ~Campaign();
    Campaign(Campaign&&) noexcept;

    // Runs `run.week` (the week after the last one run, from 1) with the plan, segments,
    // budget and studies of `run`; throws std::invalid_argument for another week.
    const WeekResult& runWeek(const WeekRun& run);
    // The campaign of an attempt: every week its journal ran (AttemptState::weekRuns), with the
    // mutuelle's portfolio PortfolioBuilder derives from the market; `seed` is the attempt's
    // (Attempt::seed()).
    static Campaign replay(const Scenario& scenario, const ReferenceData& reference,
                           const Market& market, std::uint64_t seed, const AttemptState& state);
    const std::vector<WeekResult>& weeks() const { return weeks_; }
    // A client meeting signed in `week` (MeetingDialogue, docs/simulation.md "Les rendez-vous"):
    // the company is Signed with the offer's annual premium and becomes a client, its health
    // contract recorded in the portfolio from `effective`. replay() calls it for every meeting
    // of the journal signed, before running the week it took place in; and, with `action`
    // "appel d'offres", for every call for tender won (TenderSignings), after its award week.
    // A company signs once: false, and nothing recorded, when it is already a client or signed.
    bool recordSignature(std::uint32_t company, int week, double annualPremiumEur, Date effective,
                         const std::string& product, const std::string& action = "rendez-vous");
    // The client meetings held in `week` and their hours (MeetingDialogue's minutes / 60):
    // runWeek takes the hours from the week's capacity before the plan's actions. replay()
    // records them for every week run.
    void recordMeetings(int week, std::pair<std::int64_t, double> heldAndHours) {
        clientMeetings_[week] = heldAndHours;
    }
    // Every company the candidate has targeted or contacted, by Market::companies index.
    const std::map<std::uint32_t, CompanyProgress>& progress() const { return progress_; }
    // Companies of the actions' targets not contacted yet (the funnel's "à contacter").
    std::int64_t toContact() const;
    const Portfolio& portfolio() const { return portfolio_; }
    bool isClient(std::uint32_t company) const;
    // How the candidate won client `company` (a meeting, a call for tender: the week it signed in
    // `since`, the way in `action`), null when it is not a client the campaign signed.
    const CompanyProgress* wonBy(std::uint32_t company) const;
    std::int64_t clientsLost() const { return static_cast<std::int64_t>(lostClients_.size()); }
    const Respondent& respondent() const { return respondent_; }
    const Scenario& scenario() const { return *scenario_; }
    const Market& market() const { return *market_; }
    double spentEur() const { return spent_; }

private:
    void runPipeline(WeekResult& result);
    void runAction(const PlannedAction& action, const WeekRun& inputs, double& capacityLeft,
                   double& budgetLeft, WeekResult& result);
    // Invites an event's prescribers (up to `allowed`); false when none is left to invite.
    bool invite(const PlannedAction& action, std::int64_t allowed, ActionExecution& x,
                WeekResult& result);
    // Contacts the action's callbacks, calls to make again, then its targets (up to `allowed`);
    // false when no target is left to contact.
    bool work(const PlannedAction& action, const WeekRun& inputs, std::int64_t allowed,
              ActionExecution& x, WeekResult& result);
    void contact(std::uint32_t company, std::size_t channel, const std::string& action,
                 const std::string& segment, bool warm, WeekResult& result);
    bool eligible(std::uint32_t company, int week) const;
    void introduce(WeekResult& result);
    void renew(WeekResult& result);
    ResponseContext contextFor(std::uint32_t company, Date date, bool warm) const;
    double annualPremium(const Company& company) const;

    const Scenario* scenario_;
    const ReferenceData* reference_;
    const Market* market_;
    Portfolio portfolio_;
    Respondent respondent_;
    std::unique_ptr<MarketWatch> watch_;
    std::unique_ptr<ActionTargets> targets_;
    std::unordered_map<std::uint32_t, std::size_t> clientContract_;  // company → contract
    std::map<std::uint32_t, CompanyProgress> progress_;
    std::vector<std::uint8_t> targeted_;  // per company: 1 once in an action's targets
    std::set<const std::vector<std::uint32_t>*> listsSeen_;  // target lists already marked
    std::set<std::uint32_t> contactedThisWeek_;
    std::set<std::uint32_t> lostClients_;
    std::map<std::string, std::size_t> cursors_;                           // action → next target
    std::map<std::string, const std::vector<std::uint32_t>*> cursorList_;  // the list it indexes
    std::map<std::string, std::unordered_set<std::uint32_t>> worked_;  // action → first contacts
    // action → calls not reached to make again (company, calls made)
    std::map<std::string, std::vector<std::pair<std::uint32_t, int>>> retries_;
    // week → (company, prescriber) introductions drawn when the prescriber came to an event
    std::multimap<int, std::pair<std::uint32_t, std::uint32_t>> introductions_;
    std::map<std::string, std::int64_t> backlog_;  // action → contacts carried
    std::set<std::string> fixedPaid_;  // actions whose fixed euros are paid (first contact)
    std::map<std::string, std::vector<std::uint32_t>> callbacks_;  // action → companies
    std::unordered_map<std::uint32_t, int> lastReview_;            // company → week
    std::map<std::uint32_t, MarketEvent> threats_;                 // client company → event
    std::vector<int> animatedUntil_;                               // per prescriber
    std::vector<int> raisedWeek_;                                  // per competitor, 0 none
    double spent_ = 0;
    std::map<int, std::pair<std::int64_t, double>> clientMeetings_;  // week → held, hours
    std::vector<WeekResult> weeks_;
};

}  // namespace cmcsim
