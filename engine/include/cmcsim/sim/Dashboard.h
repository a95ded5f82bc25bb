#pragma once

#include <array>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Date.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

// One week of the piloting dashboard: objectives against results, activity, time and money.
struct DashboardWeek {
    int week = 0;
    Date start;
    // The plan's (PeriodObjective::ofWeek in the plan of the last week played of its month, so
    // a monthly objective set once part of the month was played counts for the whole month).
    double objectiveContracts = 0, objectivePremiumsEur = 0;
    std::int64_t signatures = 0;
    double premiumsEur = 0;
    double cumulativeObjectiveContracts = 0, cumulativeObjectivePremiumsEur = 0;
    std::int64_t cumulativeSignatures = 0;
    double cumulativePremiumsEur = 0;
    std::int64_t calls = 0, mailings = 0, emailings = 0, meetingsBooked = 0, meetingsHeld = 0,
                 events = 0, reviews = 0, introductions = 0;
    std::int64_t dailyCallsObjective = 0;  // the plan's for the week, 0 when none
    double callsPerDay = 0;                // calls / 5 working days
    double hours = 0, capacityHours = 0, spentEur = 0;
    std::int64_t renewalsDue = 0, renewalsKept = 0;  // clients at their renewal this week
    // Cumulated kept / due up to this week; empty ("sans objet") while none was due.
    std::optional<double> cumulativeRetentionRate;
    // The portfolio's loss ratio at the end of the week over the clients still held (see
    // Dashboard::lossRatioNow); empty when no client is left.
    std::optional<double> lossRatio;
};

// One month of the scenario: the plan's objective for the whole month against the results of
// its weeks played. A week belongs to the month of its Monday, so a month's weeks may end in the
// next month (the label says from which Monday to which Sunday).
struct DashboardMonth {
    int month = 0;                    // 1..12
    int firstWeek = 0, lastWeek = 0;  // the scenario's weeks whose Monday is in the month
    int weeks = 0, weeksPlayed = 0;
    Date firstDay, lastDay;  // Monday of its first week, Sunday of its last
    // The whole month's objective (PeriodObjective::ofMonth) in the plan of its last week played.
    double objectiveContracts = 0, objectivePremiumsEur = 0;
    std::int64_t signatures = 0;  // in its weeks played
    double premiumsEur = 0;
    std::string label;  // "janvier : semaines 1 à 4, du 05/01/2026 au 01/02/2026"
    bool complete() const { return weeksPlayed == weeks; }
};

// Conversion of one channel or segment: contacts to signatures.
struct Conversion {
    std::string key;    // channel code or segment id ("" for contacts without a segment)
    std::string label;  // French
    std::int64_t contacts = 0, reached = 0, meetings = 0, proposals = 0, signatures = 0;
    double premiumsEur = 0;
};

// The piloting dashboard (issue 11 §4, "Pilotage"): a renderer-neutral model of the campaign
// for the CLI (text, JSON) and later the studio's charts and the XLSX/PDF exports.
struct Dashboard {
    std::vector<DashboardWeek> weeks;
    std::vector<DashboardMonth> months;  // the months with a week played
    // The plan's objective over every week of the scenario (PeriodObjective::ofScenario, as the
    // plan checks and the note count it), in the plan of the last week played.
    double planObjectiveContracts = 0, planObjectivePremiumsEur = 0;
    std::array<std::int64_t, 8> funnel{};  // companies per FunnelStage, now
    std::vector<Conversion> byChannel, bySegment;
    std::int64_t signatures = 0;
    double premiumsSignedEur = 0;
    std::int64_t policyContracts = 0;  // the mutuelle's yearly objectives (scenario policy)
    double policyPremiumsEur = 0;
    std::int64_t clientsAtStart = 0, renewalsDue = 0, renewalsKept = 0, renewalsLost = 0;
    // kept / due; empty ("sans objet", null in JSON) when no renewal was due yet.
    std::optional<double> retentionRate;
    // The portfolio's premiums (€/year, the territory's employees, summed in cents: at start −
    // lost = now exactly; a client lost at a renewal takes all its contracts) and loss ratio:
    // claims / premiums of the contracts' last year (PortfolioContract::lossRatios.back()),
    // weighted by the premiums, i.e. Σ premium × ratio / Σ premium over the contracts with a year
    // of history (a new contract has none); at the start over every contract, now over the clients
    // not lost at their renewal; empty when no such contract is left.
    double portfolioPremiumsEur = 0, portfolioPremiumsNowEur = 0, premiumsLostEur = 0;
    std::optional<double> lossRatioAtStart, lossRatioNow;
    std::int64_t eventsReceived = 0, eventsMissed = 0, introductions = 0;

    // Whether the candidate sees the portfolio (PortfolioSight): when not, every portfolio
    // figure above and in the weeks (renewals, retention, premiums, loss ratio, reviews) is
    // empty, and toJson() gives null for them.
    bool portfolioKnown = false;

    // The dashboard of `campaign`, whose weeks are `runs` (each with its plan's objectives), as
    // the candidate may see it now: the attempt's `state` decides whether the portfolio shows.
    static Dashboard of(const Campaign& campaign, const AttemptState& state);
    // The same with the portfolio shown when `portfolioKnown` (an evaluator's view passes true).
    static Dashboard of(const Campaign& campaign, const std::vector<WeekRun>& runs,
                        bool portfolioKnown);
    // The same with the portfolio shown as the last played week saw it (PortfolioSight::after).
    static Dashboard of(const Campaign& campaign, const std::vector<WeekRun>& runs);
    nlohmann::json toJson() const;

private:
    // Every figure of the played weeks, the portfolio's included.
    static Dashboard played(const Campaign& campaign, const std::vector<WeekRun>& runs);
    // Empties the portfolio's figures.
    void hidePortfolio();
};

}  // namespace cmcsim
