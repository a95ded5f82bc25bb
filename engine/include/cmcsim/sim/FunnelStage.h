#pragma once

#include <cstdint>

// The stages of a company in the candidate's sales funnel (issue 11 §3).
namespace cmcsim {

// Where a company stands with the candidate, from first target to signature or loss.
enum class FunnelStage : std::uint8_t {
    ToContact,    // à contacter: in an action's targets, not contacted yet
    Contacted,    // contacté: reached, neither refused nor a meeting yet (callback, interest)
    Meeting,      // rendez-vous: a meeting is booked
    Discovery,    // découverte: the meeting took place, needs are being discovered
    Proposal,     // proposition: a proposal was made
    Negotiation,  // négociation: the company weighs the proposal
    Signed,       // signé
    Lost          // perdu, with a reason
};
constexpr FunnelStage kLastFunnelStage = FunnelStage::Lost;
const char* funnelStageCode(FunnelStage stage);   // "a_contacter" …
const char* funnelStageLabel(FunnelStage stage);  // "À contacter" …

}  // namespace cmcsim
