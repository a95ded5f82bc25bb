#pragma once

#include <QString>
#include <cstdint>
#include <vector>

namespace cmcsim {
class AttemptState;
struct Defect;
struct Market;
}  // namespace cmcsim

// The defects injected in each line of the prospect file (hidden truth, evaluator mode only) and
// how the candidate's flags on a line compare with them. It holds the defects' indices sorted by
// line (4 bytes a defect) and finds a line's defects when asked.
class DefectTruth {
public:
    // How a line's flags compare with its defects.
    enum class Outcome {
        Clean,       // no defect, no flag
        Hit,         // a defect, flagged
        Miss,        // a defect, not flagged
        FalseAlarm,  // flagged, no defect
    };

    explicit DefectTruth(const cmcsim::Market& market);

    // The defects injected in line `line` (empty for a clean line), in the market's order.
    std::vector<const cmcsim::Defect*> defects(std::uint32_t line) const;
    // The outcome of `line` for the flags recorded in `state`.
    Outcome outcome(std::uint32_t line, const cmcsim::AttemptState& state) const;
    // The outcome of a line with or without defects, flagged or not.
    static Outcome classify(bool defective, bool flagged);
    // Whether the candidate flagged `line` in `state`.
    static bool flagged(std::uint32_t line, const cmcsim::AttemptState& state);
    // "Repéré", "Manqué", "Fausse alerte", "" for a clean line.
    static QString outcomeText(Outcome outcome);
    std::size_t defectiveLines() const { return defectiveLines_; }

private:
    const cmcsim::Market& market_;
    std::vector<std::uint32_t> byLine_;  // indices in Market::defects, sorted by line
    std::size_t defectiveLines_ = 0;
};
