#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace cmcsim {

struct MeetingTranscript;

// What the earlier meetings with a company left the candidate (issue 12 §1, docs/simulation.md
// "Les rendez-vous"): what they revealed (census, current guarantees, budget, needs, decision
// makers …) and the objections already raised and answered. The next meeting starts from it:
// its notes hold them, a question already answered is answered from the notes (MeetingRules),
// an objection answered is not voiced again.
struct MeetingPrior {
    // Revealed field → its note (MeetingFacts::statement) and its needs sentence
    // (MeetingFacts::restatement), as MeetingTranscript::known and ::restated.
    std::map<std::string, std::string> known, restated;
    // Revealed field → the meeting (MeetingLog numbering) that revealed it first.
    std::map<std::string, int> knownAt;
    // The objections raised and answered (well or poorly), in the order raised; an objection
    // raised and left unanswered is not kept: the company raises it again.
    std::vector<std::string> raised;
    std::set<std::string> addressed, answered;

    // Adds what the meeting `ended` (closed) revealed and settled.
    void add(const MeetingTranscript& ended);
    // The meeting that revealed `field` before this one, 0 when none did.
    int revealedAt(const std::string& field) const;
};

}  // namespace cmcsim
