#include "cmcsim/attempt/Attempt.h"

#include <charconv>

namespace cmcsim {

Attempt::Attempt(Scenario scenario, Market market, std::vector<JournalEntry> journal,
                 std::map<std::string, std::string> info)
    : scenario_(std::move(scenario)),
      market_(std::move(market)),
      journal_(std::move(journal)),
      info_(std::move(info)) {}

std::uint64_t Attempt::seed() const {
    return seedOf(info_, scenario_);
}

std::uint64_t Attempt::seedOf(const std::map<std::string, std::string>& info,
                              const Scenario& scenario) {
    const auto it = info.find("graine");
    std::uint64_t seed = scenario.seed;
    if (it != info.end())
        std::from_chars(it->second.data(), it->second.data() + it->second.size(), seed);
    return seed;
}

}  // namespace cmcsim
