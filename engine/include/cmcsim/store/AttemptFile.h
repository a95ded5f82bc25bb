#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "cmcsim/attempt/Attempt.h"

namespace cmcsim {

struct ReferenceData;

// What to create an attempt from.
struct AttemptRequest {
    std::filesystem::path file;
    std::optional<std::uint64_t> seed;  // the scenario's when absent
    std::string candidate;
    bool overwrite = false;
};

// What a newly created attempt holds, counted while it was written.
struct AttemptSummary {
    std::uint64_t seed = 0;
    std::uint64_t establishments = 0, companies = 0, employees = 0, prescribers = 0, prospects = 0;
};

// Creates and reads attempt files (.cmc, docs/attempt-format.md).
struct AttemptFile {
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    static constexpr std::size_t kMaxCandidateBytes = 200;

    // Generates the market and writes a new attempt file atomically (a uniquely named
    // temporary file renamed at the end, OutputFile: a user's "X.cmc.tmp" is never touched);
    // generation and writing run on two threads. A failed write leaves nothing behind.
    static AttemptSummary create(const ReferenceData& reference, const Scenario& scenario,
                                 const AttemptRequest& request, const Progress& progress = {});
    // Why a candidate's name cannot be stored (ill-formed UTF-8, a control character, longer
    // than kMaxCandidateBytes), or nothing.
    static std::optional<std::string> candidateNameProblem(std::string_view name);
    // Loads an attempt file read-only; a foreign, truncated or newer file is an InputError and
    // is never modified.
    static Attempt open(const std::filesystem::path& file, const ReferenceData& reference);
};

}  // namespace cmcsim
