#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cmcsim/attempt/Journal.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

// An attempt (épreuve): the scenario as loaded, its generated market with the hidden truth, and
// the journal of what the candidate did (stored as one SQLite file by store/AttemptFile).
class Attempt {
public:
    Attempt(Scenario scenario, Market market, std::vector<JournalEntry> journal,
            std::map<std::string, std::string> info);

    const Scenario& scenario() const { return scenario_; }
    const Market& market() const { return market_; }
    const std::vector<JournalEntry>& journal() const { return journal_; }
    const std::map<std::string, std::string>& info() const { return info_; }
    std::uint64_t seed() const;
    // The seed recorded in `info` ("graine"), else the scenario's.
    static std::uint64_t seedOf(const std::map<std::string, std::string>& info,
                                const Scenario& scenario);
    // Adds an entry that follows the last one (the caller has stored it).
    void record(JournalEntry entry) { journal_.push_back(std::move(entry)); }
    // Where the market, read without its census cells, reads them (Market::censusOnDemand).
    void readCensusFrom(std::shared_ptr<const CensusOnDemand> source) {
        market_.censusOnDemand = std::move(source);
    }

private:
    Scenario scenario_;
    Market market_;
    std::vector<JournalEntry> journal_;
    std::map<std::string, std::string> info_;
};

}  // namespace cmcsim
