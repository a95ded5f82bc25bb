#pragma once

#include <cstdint>
#include <vector>

#include "cmcsim/assess/Assessment.h"

namespace cmcsim {

struct Company;
struct Market;
struct Segment;

// One of the candidate's segments as it really is: the lines its filter selects when every value
// is the true one, and the real establishments, employees and premium behind them.
struct SegmentTruth {
    const Segment* segment = nullptr;
    std::vector<std::uint32_t> records;  // lines of the prospect file, in file order
    std::int64_t establishments = 0;     // distinct real establishments, closed ones left out
    std::int64_t employees = 0;          // their real headcount
    double premiumEur = 0;               // annual: employees × health premium × 12
};

// The candidate's targets (AttemptState::segments) against the hidden truth, for the Bloc 2
// assessors: each segment's truth and the real establishments of all of them together.
struct TargetTruth {
    std::vector<SegmentTruth> segments;
    std::vector<std::uint32_t> records;         // every line of a segment, sorted, distinct
    std::vector<std::uint32_t> establishments;  // their open real establishments, distinct

    // Filters the prospect file as it really is (Knowledge::everything), with the candidate's
    // own marks (flags, notes, tags, verifications) for the criteria on them; made once per
    // context (AssessmentMemo) and shared by the Bloc 2 assessors.
    static const TargetTruth& of(const AssessmentContext& context);
    // The open real establishments of the whole prospect file, distinct (duplicates counted once).
    static std::vector<std::uint32_t> allEstablishments(const Market& market);
    // The monthly health premium per employee a company pays (its current contract's), or
    // `fallback` when it has none (the market's mean: an uncovered company still has a need).
    static double monthlyPremium(const Company& company, double fallback);
    // The mean monthly health premium per employee of the companies that have a contract.
    static double meanMonthlyPremium(const Market& market);
};

}  // namespace cmcsim
