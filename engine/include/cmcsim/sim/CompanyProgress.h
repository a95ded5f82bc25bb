#pragma once

#include <cstdint>
#include <string>

#include "cmcsim/sim/FunnelStage.h"

namespace cmcsim {

// Where one company stands in the candidate's funnel, with the weeks of its next steps.
struct CompanyProgress {
    FunnelStage stage = FunnelStage::ToContact;
    int since = 0;         // week the stage began
    int nextStep = 0;      // week of the next pipeline step (meeting, proposal, decision), 0 none
    int coolingUntil = 0;  // not contacted again up to this week after a refusal
    int callbackWeek = 0;  // week a callback was asked for, 0 none
    bool retentionOffer = false;  // its insurer made a retention offer
    std::uint8_t channel = 0;     // the channel that brought the meeting
    std::string action;           // the action that brought it
    std::string segment;          // that action's target segment
    std::string reason;           // the loss reason code
    double annualPremiumEur = 0;  // signed premium
    int contacts = 0;             // contacts made
};

}  // namespace cmcsim
