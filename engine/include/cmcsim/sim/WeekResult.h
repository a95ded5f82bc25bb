#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/sim/ContactAnswer.h"
#include "cmcsim/sim/FunnelStage.h"
#include "cmcsim/sim/MarketEvent.h"

namespace cmcsim {

// What one plan action did in a week: planned against executed within capacity and budget.
struct ActionExecution {
    std::string action;
    std::uint8_t channel = 0;  // index in kResponseChannels
    double plannedHours = 0, hours = 0;
    double plannedCostEur = 0, costEur = 0;
    std::int64_t plannedContacts = 0;   // this week's quota, contacts carried from earlier included
    std::int64_t contacts = 0;          // made
    std::int64_t reached = 0;           // contacts that reached someone (prescribers who came)
    std::int64_t carried = 0;           // not made, carried to next week (the action goes on)
    std::int64_t dropped = 0;           // not made and lost (the action ends, or no target left)
    std::int64_t droppedOverCarry = 0;  // part of `dropped`: over the carry bound (report_max)
    std::string limit;                  // French: why not all was made, empty when all was
};

// A company moving in the funnel through the pipeline (meeting held, proposal, decision).
struct PipelineStep {
    std::uint32_t company = 0;
    FunnelStage stage = FunnelStage::Discovery;  // the stage reached
    std::string reason;                          // loss reason code, when Lost
    double annualPremiumEur = 0;                 // when Signed
    bool retentionOffer = false;                 // the insurer in place made a retention offer
};

// A client of the mutuelle at its renewal date: kept or lost.
struct RenewalOutcome {
    std::uint32_t company = 0;
    Date renewal;
    bool kept = true;
    bool reviewed = false;  // reviewed in the window before its renewal
    std::string reason;     // French, when lost
    double annualPremiumEur = 0;
};

// Everything one simulated week produced (recomputed from the journal, never stored).
struct WeekResult {
    int week = 0;
    Date start;  // Monday of the week
    double capacityHours = 0, hoursUsed = 0;
    double budgetAvailableEur = 0, spentEur = 0;
    std::vector<ActionExecution> executions;
    std::vector<ContactAnswer> contacts;
    std::vector<PipelineStep> steps;
    std::vector<MarketEvent> events;
    std::vector<RenewalOutcome> renewals;
    // The portfolio extract was bought before the week: the candidate may read the renewals'
    // clients by name; before, only how many were kept and lost (WeekReport, the studio).
    bool portfolioKnown = false;
    std::int64_t dailyCallsObjective = 0;  // the plan's for the week, 0 when none
    std::int64_t calls = 0;                // calls made (sequence_appels contacts)
    std::int64_t introductions = 0;        // companies a prescriber introduced this week
    std::int64_t signatures = 0;
    double premiumsSignedEur = 0;
    // The client meetings held in the week (MeetingLog, docs/simulation.md "Les rendez-vous")
    // and their hours, taken from the week's capacity before the plan's actions (and counted in
    // hoursUsed).
    std::int64_t clientMeetings = 0;
    double meetingHours = 0;
};

}  // namespace cmcsim
