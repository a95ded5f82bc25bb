#pragma once

#include <string>
#include <vector>

#include "cmcsim/meeting/MeetingTranscript.h"

namespace cmcsim {

struct MeetingContext;

// A choice of the bank the candidate could have made at a step, with what it would have done.
struct MeetingAlternative {
    std::string id;
    std::string wording;
    MeetingPhase phase = MeetingPhase::Preparation;
    std::string criterion;
    double delta = 0;  // trust it would have moved, before the keyed noise
    std::vector<std::string> revealed;
};

// One obligation of the DDA checklist: met or not, at which step, before the conclusion or not.
struct DdaCheck {
    std::string code;               // besoins_ecrits | identite_distributeur | ipid | …
    std::string label;              // French
    int step = 0;                   // the step it was met, 0 never
    bool beforeConclusion = false;  // met before the signature was asked (or no signature)
    std::string reference;          // the rule's source
};

// The debrief of a meeting (issue 12 §2): the transcript; for each step the better choices of the
// bank available at that point (ranked by the same rules as the dialogue, MeetingRules); the DDA
// checklist in the order the obligations were met.
struct MeetingDebrief {
    static constexpr std::size_t kAlternatives = 3;  // choices shown per step and list

    MeetingTranscript transcript;
    // Per turn, the choices of the same phase that move trust strictly more (empty: none
    // better), then those that move it as much when the choice made gained trust, each ranked
    // as choices() does, at most kAlternatives.
    std::vector<std::vector<MeetingAlternative>> better;
    std::vector<std::vector<MeetingAlternative>> asGood;
    std::vector<DdaCheck> checklist;  // in the order met, then those missed

    static MeetingDebrief of(const MeetingContext& context, const MeetingRecord& record);
    // The bank entries a candidate may choose after `sofar` (the current phase and later), each
    // with its effect, best first: the debrief's ranking (evaluators and the debrief only; the
    // candidate's listing, MeetingView::choices, shows neither the order nor the effects).
    static std::vector<MeetingAlternative> choices(const MeetingContext& context,
                                                   const MeetingTranscript& sofar);
};

}  // namespace cmcsim
