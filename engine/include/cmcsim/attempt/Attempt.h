#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/Scenario.h"

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

// An attempt (épreuve): the scenario as loaded, its generated market with the hidden truth, and
// the journal of what the candidate did, all in one SQLite file (.cmc).
class Attempt {
public:
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    // Generates the market and writes a new attempt file atomically (a temporary file renamed
    // at the end); generation and writing run on two threads.
    static AttemptSummary create(const ReferenceData& reference, const Scenario& scenario,
                       const AttemptRequest& request, const Progress& progress = {});
    // Loads an attempt file read-only; a foreign, truncated or newer file is an InputError and
    // is never modified.
    static Attempt open(const std::filesystem::path& file, const ReferenceData& reference);

    const Scenario& scenario() const { return scenario_; }
    const Market& market() const { return market_; }
    const std::vector<JournalEntry>& journal() const { return journal_; }
    const std::map<std::string, std::string>& info() const { return info_; }
    std::uint64_t seed() const;

private:
    Scenario scenario_;
    Market market_;
    std::vector<JournalEntry> journal_;
    std::map<std::string, std::string> info_;
};

}  // namespace cmcsim
