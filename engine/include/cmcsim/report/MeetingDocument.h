#pragma once

#include <string>

#include "cmcsim/report/Document.h"

namespace cmcsim {

struct CompanyNeeds;
struct MeetingDebrief;
struct MeetingTranscript;
struct ReferenceData;
struct MeetingRecord;

// The documents of a client meeting, built once for the CLI (`cmcsim meeting show|debrief`) and
// the studio: the transcript as the candidate lived it, and the debrief (each step's criterion,
// what it revealed, how trust moved, the better choices of the bank, the DDA checklist, the
// outcome). With `needs` (the evaluator's --truth), the company's hidden needs are added.
struct MeetingDocument {
    static Document transcript(const MeetingTranscript& transcript, const MeetingRecord& record,
                               const std::string& companyName);
    static Document debrief(const MeetingDebrief& debrief, const MeetingRecord& record,
                            const std::string& companyName, const ReferenceData& reference,
                            const CompanyNeeds* needs = nullptr);
};

}  // namespace cmcsim
