#include "cmcsim/plan/SegmentPolicyShare.h"

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
bool listed(const std::vector<std::string>& values, const std::string& value) {
    return values.empty() || std::find(values.begin(), values.end(), value) != values.end();
}

std::vector<double> shares(const std::vector<SegmentCriteria>& segments,
                           const std::vector<std::uint32_t>& lines, const ProspectView& view,
                           const ReferenceData& reference) {
    const auto& market = view.market();
    std::vector<double> out;
    for (const auto& s : segments) {
        std::int64_t in = 0;
        for (const auto line : lines) {
            const auto& row = view.rows()[line];
            const auto& naf = reference.naf.codes()[row.naf];
            const auto& record = market.prospects[row.record];
            const auto& company =
                market.companies[market.establishments[record.establishment].company];
            const std::string idcc =
                row.idcc >= 0 ? reference.idcc.agreements()[static_cast<std::size_t>(row.idcc)].idcc
                              : "0000";
            if (listed(s.sections, std::string(1, naf.section)) &&
                listed(s.divisions, naf.division) &&
                listed(s.sizeBands, SizeBands::companyBandKeys()[company.sizeBand]) &&
                listed(s.idcc, idcc))
                ++in;
        }
        out.push_back(lines.empty() ? 0.0
                                    : static_cast<double>(in) / static_cast<double>(lines.size()));
    }
    return out;
}
}  // namespace

SegmentPolicyShare SegmentPolicyShare::of(const Segment& segment, const ProspectView& view,
                                          const ReferenceData& reference,
                                          const CommercialPolicy& policy) {
    SegmentPolicyShare out;
    out.segmentId = segment.id;
    const auto lines = view.filter(segment.filter);
    out.lines = static_cast<std::int64_t>(lines.size());
    out.priorityShares = shares(policy.prioritySegments, lines, view, reference);
    out.excludedShares = shares(policy.excludedSegments, lines, view, reference);
    return out;
}

}  // namespace cmcsim
