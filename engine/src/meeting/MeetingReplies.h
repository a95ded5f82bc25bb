#pragma once

#include <string>

#include "cmcsim/meeting/MeetingTranscript.h"

namespace cmcsim {

struct MeetingContext;
struct MeetingEntry;
struct MeetingTranscript;

// What the company answers when the bank's answer would contradict where the meeting stands
// (issue 12, testers' fault (d)): a choice whose relevance rule fails for it, a request for
// signature while conditions are missing. Empty when the bank's answer fits.
struct MeetingReplies {
    // The answer to an entry that is not relevant now (its rule `relevance` fails, or it answers
    // an objection not raised), or "" to keep the bank's.
    static std::string irrelevant(const MeetingEntry& entry, bool objectionNotRaised);
    // What still keeps the company from signing after `sofar` (the first reason, in the
    // company's words), or "" when it would sign now.
    static std::string notReadyToSign(const MeetingContext& context,
                                      const MeetingTranscript& sofar);
    // The company's last words at closure for `outcome`; `stopped`: it ended the meeting itself,
    // its planned duration overrun ("Nous devons nous arrêter là").
    static std::string closing(MeetingOutcome outcome, bool stopped);
};

}  // namespace cmcsim
