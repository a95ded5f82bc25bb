#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace cmcsim {

// The candidate's own marks on lines of the prospect file (anomalies flagged, notes, tags), as
// filters select on them; AttemptState::marks() derives them from the journal. Verification is
// part of ProspectRow.
struct ProspectMarks {
    static constexpr std::uint8_t kFlagged = 1;           // at least one anomaly flagged
    static constexpr std::uint8_t kNoted = 2;             // at least one note
    std::vector<std::uint8_t> bits;                       // per record (may be shorter: unmarked)
    std::map<std::uint32_t, std::set<std::string>> tags;  // per record

    std::uint8_t of(std::uint32_t record) const { return record < bits.size() ? bits[record] : 0; }
    // Every tag in use, sorted.
    std::set<std::string> allTags() const;
};

}  // namespace cmcsim
