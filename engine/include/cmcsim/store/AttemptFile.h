#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

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

    // Generates the market and writes a new attempt file atomically (a temporary file renamed
    // at the end); generation and writing run on two threads.
    static AttemptSummary create(const ReferenceData& reference, const Scenario& scenario,
                                 const AttemptRequest& request, const Progress& progress = {});
    // Loads an attempt file read-only; a foreign, truncated or newer file is an InputError and
    // is never modified.
    static Attempt open(const std::filesystem::path& file, const ReferenceData& reference);
};

}  // namespace cmcsim
