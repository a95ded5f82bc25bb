#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/plan/ActionPlan.h"
#include "cmcsim/prospects/ProspectFilter.h"

namespace cmcsim {

struct ReferenceData;

// The companies (or prescribers) an action of the plan works on, in the prospect file's order:
// its segment's lines as the candidate sees them (the listed file with what the studies bought
// reveal; ProspectFilter as ProspectView selects, by ProspectMatcher), or its named SIRETs; a
// portfolio review without either reviews every client. Lists are cached per action and what they
// depend on.
class ActionTargets {
public:
    ActionTargets(const Market& market, const ReferenceData& reference);
    ~ActionTargets();

    // Market::companies indices, each once; `isClient` keeps only clients for reviews.
    const std::vector<std::uint32_t>& companies(const PlannedAction& action, const WeekRun& inputs,
                                                const std::function<bool(std::uint32_t)>& isClient);
    // Market::prescribers indices of a kind (expert_comptable, courtier; empty: all).
    std::vector<std::uint32_t> prescribers(const std::string& kind) const;
    // The companies whose accountant or broker is `prescriber`.
    const std::vector<std::uint32_t>& clientsOf(std::uint32_t prescriber);

private:
    std::vector<std::uint32_t> segmentCompanies(const ProspectFilter& filter,
                                                const WeekRun& inputs);

    const Market* market_;
    const ReferenceData* reference_;
    std::map<std::string, std::vector<std::uint32_t>> cache_;
    std::unordered_map<std::uint64_t, std::uint32_t> companyOfSiret_;
    std::vector<std::vector<std::uint32_t>> prescriberClients_;
};

}  // namespace cmcsim
