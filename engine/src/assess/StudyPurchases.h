#pragma once

#include <cstdint>
#include <vector>

#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

struct StudyOffer;

// A study the candidate bought, with the journal entry that bought it.
struct StudyPurchase {
    const StudyOffer* study = nullptr;
    std::int64_t entry = 0;

    // The studies in effect in the context's state, in the order they were bought (a purchase
    // cannot be undone, so each is the entry "etude.achat" naming it).
    static std::vector<StudyPurchase> of(const AssessmentContext& context);
    // The French name of a study kind ("veille concurrentielle").
    static const char* kindLabel(const std::string& kind);
};

}  // namespace cmcsim
