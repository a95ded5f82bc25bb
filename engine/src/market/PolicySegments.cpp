#include "cmcsim/market/PolicySegments.h"

#include <algorithm>
#include <string>

#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

namespace {
bool anyOf(const std::vector<std::string>& values, const std::string& value) {
    return values.empty() || std::find(values.begin(), values.end(), value) != values.end();
}

bool inSegment(const SegmentCriteria& s, const Establishment& e, const Company& c,
               const ReferenceData& reference) {
    const auto& naf = reference.naf.codes()[e.naf];
    const std::string idcc =
        c.idcc >= 0 ? reference.idcc.agreements()[static_cast<std::size_t>(c.idcc)].idcc : "0000";
    return anyOf(s.sections, std::string(1, naf.section)) && anyOf(s.divisions, naf.division) &&
           anyOf(s.sizeBands, SizeBands::companyBandKeys()[c.sizeBand]) && anyOf(s.idcc, idcc);
}
}  // namespace

bool inPolicySegments(const std::vector<SegmentCriteria>& segments, const Establishment& e,
                      const Company& c, const ReferenceData& reference) {
    return std::any_of(segments.begin(), segments.end(),
                       [&](const SegmentCriteria& s) { return inSegment(s, e, c, reference); });
}

}  // namespace cmcsim
