#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cmcsim {

struct CommercialPolicy;
struct Market;
struct ReferenceData;
struct Segment;
class ProspectView;

// How much of one of the candidate's segments lies in each priority and excluded segment of the
// mutuelle's policy: the lines the segment's filter selects in the prospect file as the
// candidate sees it (ProspectView), each with its listed NAF code and agreement and its
// company's size band. What the plan checks read for "segment_exclu" and
// "prioritaire_sans_action".
struct SegmentPolicyShare {
    std::string segmentId;
    std::int64_t lines = 0;
    std::vector<double> priorityShares;  // by CommercialPolicy::prioritySegments, 0..1
    std::vector<double> excludedShares;  // by CommercialPolicy::excludedSegments, 0..1

    static SegmentPolicyShare of(const Segment& segment, const ProspectView& view,
                                 const ReferenceData& reference, const CommercialPolicy& policy);
};

}  // namespace cmcsim
