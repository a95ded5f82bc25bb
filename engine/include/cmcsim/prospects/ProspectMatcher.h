#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

#include "cmcsim/core/TextQuery.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/Knowledge.h"
#include "cmcsim/prospects/ProspectFilter.h"
#include "cmcsim/prospects/ProspectMarks.h"
#include "cmcsim/prospects/ProspectView.h"

namespace cmcsim {

struct ReferenceData;

// A ProspectFilter ready to test lines of one market's prospect file, by ProspectView::filter's
// rules: the decisions per commune, NAF code, size band, agreement and insurer taken once, so that
// a line costs a few lookups. select() filters a whole file in one pass without building a
// ProspectView (no search keys, which only a text criterion reads): what the simulated weeks and
// the assessment need at national scale (docs/performance.md).
class ProspectMatcher {
public:
    // `reference` and `market` must outlive the matcher.
    ProspectMatcher(const ProspectFilter& filter, const ReferenceData& reference,
                    const Market& market);

    // Whether line `line`, described in `row` as the candidate sees it (CandidateKnowledge::
    // describe; its searchKey read only when needsSearchKey()), passes the filter with `marks`.
    // The text's words are looked for in the folded name and in the SIRET's 14 digits.
    bool matches(std::uint32_t line, const ProspectRow& row, const ProspectMarks& marks) const;
    bool needsSearchKey() const { return !text_.empty(); }

    // For each filter, the lines it selects, in file order: the same lines as
    // ProspectView(market, reference, knowledge) with setMarks(marks) then filter(f), read in one
    // pass over Market::prospects for all the filters.
    static std::vector<std::vector<std::uint32_t>> select(
        const Market& market, const ReferenceData& reference, const Knowledge& knowledge,
        const ProspectMarks& marks, const std::vector<ProspectFilter>& filters);

private:
    ProspectFilter filter_;
    std::vector<char> communeOk_, nafOk_, bandOk_;  // empty: the criterion does not filter
    std::unordered_set<std::int16_t> idcc_, insurers_;
    // Whether the row's name or SIRET holds every word of the text.
    bool matchesText(const ProspectRow& row) const;

    TextQuery text_;
    bool digitWords_ = false;  // a word of digits only, the only kind a SIRET can hold
};

}  // namespace cmcsim
