#pragma once

#include <filesystem>
#include <string>
#include <variant>

#include "cmcsim/compare/AttemptComparison.h"

namespace cmcsim {

// One file of a comparison once verified and assessed: the attempt and its scenario, or why it
// is set apart (its verification failed).
struct AttemptEvaluation {
    std::string scenarioId, scenarioTitle, scenarioVersion;
    std::string scenarioDigest;  // the first 12 hex digits of ScenarioWriter's text's SHA-256
    std::variant<ComparedAttempt, SetApartAttempt> outcome;

    // Opens `file` as `cmcsim assess` does (AttemptFile::open: the rows, the journal's chain,
    // the tables against their seal), assesses the state after its last entry and replays its
    // dashboard. Never throws for a bad file: the reason, in French, is in the outcome.
    static AttemptEvaluation of(const std::filesystem::path& file, const ReferenceData& reference);
};

}  // namespace cmcsim
