#pragma once

#include <string>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

struct ReferenceData;

// One table of a study's findings, ready to display (French text, formatted figures).
struct StudyTable {
    std::string title;
    std::string note;
    std::vector<std::string> columns;
    std::vector<std::vector<std::string>> rows;
};

// What a market study reveals once bought, built from the market's truth.
class StudyReport {
public:
    StudyReport(const Market& market, const ReferenceData& reference)
        : market_(market), reference_(reference) {}

    std::vector<StudyTable> findings(const StudyOffer& study) const;

private:
    std::vector<StudyTable> territory() const;
    std::vector<StudyTable> branches() const;
    std::vector<StudyTable> competitors() const;
    std::vector<StudyTable> portfolio() const;
    std::vector<StudyTable> prescribers() const;

    const Market& market_;
    const ReferenceData& reference_;
};

}  // namespace cmcsim
