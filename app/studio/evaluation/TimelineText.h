#pragma once

#include <QString>
#include <cstdint>
#include <map>
#include <vector>

namespace cmcsim {
struct JournalEntry;
}
class StudioSession;

// Journal entries in French as the evaluator's timeline shows them: the kind of action, what it
// did, and the candidate's hesitations (entries undone later, and redone or not).
namespace TimelineText {

// "Achat d'étude", "Signalement d'anomalie"…: the engine's words (cmcsim::JournalText).
QString kind(const cmcsim::JournalEntry& entry);
// What the entry asked: the study bought, the line and the anomaly flagged… (cmcsim::JournalText).
QString description(const StudioSession& session, const cmcsim::JournalEntry& entry);
// The wall time of an entry (ISO 8601 UTC) as local French date and time, "29/11/2026 14:03:12".
QString wallTime(const cmcsim::JournalEntry& entry);

// What later entries did to an entry: undone by entry `undoneBy` (0 if never), redone by
// `redoneBy` (0 if not).
struct Hesitation {
    std::int64_t undoneBy = 0;
    std::int64_t redoneBy = 0;
};
// The hesitations of the whole journal, by the sequence of the entry undone.
std::map<std::int64_t, Hesitation> hesitations(const std::vector<cmcsim::JournalEntry>& journal);
// "annulée (entrée 12)", "annulée (entrée 12) puis rétablie (entrée 14)".
QString hesitationText(const Hesitation& hesitation);

}  // namespace TimelineText
