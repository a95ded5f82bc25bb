#pragma once

#include <cstdint>
#include <map>
#include <utility>
#include <vector>

#include "cmcsim/meeting/MeetingTranscript.h"

namespace cmcsim {

class AttemptState;
class Campaign;
struct Market;
struct ReferenceData;
struct Scenario;

// The client meetings of an attempt that ended in a signature (issue 12 §2, MeetingView), the
// first of each company only, each with the week it took place in, for Campaign::replay to record
// before running that week; and every meeting's week and minutes, taken from that week's
// capacity.
class MeetingSignings {
public:
    MeetingSignings(const Market& market, const ReferenceData& reference, const Scenario& scenario,
                    std::uint64_t seed, const AttemptState& state);
    // Records on `campaign` the meetings signed in weeks `from`..`to`
    // (Campaign::recordSignature); returns how many, and their annual premiums in euros.
    std::pair<int, double> record(Campaign& campaign, int from, int to) const;
    // The meetings held in `week` (opened in it) and their hours (the dialogue's minutes / 60).
    std::pair<std::int64_t, double> held(int week) const;

private:
    std::vector<std::pair<int, MeetingTranscript>> signed_;  // week, transcript
    std::map<int, std::pair<std::int64_t, double>> held_;    // week → meetings, hours
};

}  // namespace cmcsim
