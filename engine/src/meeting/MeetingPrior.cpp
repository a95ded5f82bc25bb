#include "cmcsim/meeting/MeetingPrior.h"

#include <algorithm>

#include "cmcsim/meeting/MeetingTranscript.h"

namespace cmcsim {

void MeetingPrior::add(const MeetingTranscript& ended) {
    for (const auto& [field, note] : ended.known) {
        known[field] = note;
        knownAt.try_emplace(field, ended.meeting);
    }
    for (const auto& [field, sentence] : ended.restated) restated[field] = sentence;
    for (const auto& code : ended.raisedObjections)
        if (ended.addressedObjections.contains(code) &&
            std::find(raised.begin(), raised.end(), code) == raised.end())
            raised.push_back(code);
    addressed.insert(ended.addressedObjections.begin(), ended.addressedObjections.end());
    answered.insert(ended.answeredObjections.begin(), ended.answeredObjections.end());
}

int MeetingPrior::revealedAt(const std::string& field) const {
    const auto it = knownAt.find(field);
    return it == knownAt.end() ? 0 : it->second;
}

}  // namespace cmcsim
