#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace cmcsim {

// What a list of attempt files shows of each one (the welcome page's recent attempts), read
// cheaply: the candidate, the scenario's title and the first and last journal entries, without
// loading the market or checking the journal's chain (AttemptFile::open does that).
struct AttemptPreview {
    std::string candidate;      // as entered at creation; may be empty
    std::string scenarioId;     // attempt_info
    std::string scenarioTitle;  // the stored scenario's "title"; scenarioId when it has none
    std::string created;        // wall time of the first journal entry, ISO 8601 UTC
    std::string lastActivity;   // wall time of the last journal entry, ISO 8601 UTC
    std::string simulatedDate;  // simulated date of the last journal entry, ISO 8601
    std::int64_t entries = 0;   // journal entries

    // Reads the preview of `file`. Throws InputError (naming the file and what is wrong) for a
    // missing, foreign, truncated, newer or damaged file; never modifies it.
    static AttemptPreview read(const std::filesystem::path& file);
};

}  // namespace cmcsim
