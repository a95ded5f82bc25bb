#pragma once

#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

struct ReferenceData;

// Whether an establishment of a company, as it really is, meets every criterion of one of the
// commercial policy's segments (priority or excluded): the rule the policy assessor and the
// simulated weeks (a company's fit with the mutuelle's priorities) share.
bool inPolicySegments(const std::vector<SegmentCriteria>& segments, const Establishment& e,
                      const Company& c, const ReferenceData& reference);

}  // namespace cmcsim
