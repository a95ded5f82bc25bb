#include "TargetTruth.h"

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/ProspectMatcher.h"

namespace cmcsim {

namespace {

// Sorted, distinct, open establishments of `records`.
std::vector<std::uint32_t> openEstablishments(const Market& market,
                                              const std::vector<std::uint32_t>& records) {
    std::vector<std::uint32_t> result;
    for (const auto r : records) {
        const auto e = market.prospects[r].establishment;
        if (!market.establishments[e].closed) result.push_back(e);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

TargetTruth filtered(const AssessmentContext& context) {
    TargetTruth truth;
    const auto& market = context.market;
    if (context.state.segments().empty()) return truth;
    // The evaluator's view has every line verified: a criterion on verification reads the
    // candidate's own verifications (below) instead.
    std::vector<ProspectFilter> filters;
    for (const auto& segment : context.state.segments()) {
        filters.push_back(segment.filter);
        filters.back().verified.reset();
    }
    // The lines ProspectView(Knowledge::everything) with the candidate's marks would select, in
    // one pass over the file for every segment, without building the view.
    const auto selected = ProspectMatcher::select(
        market, context.reference, Knowledge::everything(market), context.state.marks(), filters);
    const double fallback = TargetTruth::meanMonthlyPremium(market);
    for (std::size_t k = 0; k < filters.size(); ++k) {
        const auto& segment = context.state.segments()[k];
        SegmentTruth s;
        s.segment = &segment;
        const auto verified = segment.filter.verified;
        for (const auto record : selected[k]) {
            const auto* notes = context.state.notesFor(record);
            if (verified && (notes && notes->verifiedBy > 0) != *verified) continue;
            s.records.push_back(record);
        }
        for (const auto e : openEstablishments(market, s.records)) {
            const auto& establishment = market.establishments[e];
            s.establishments += 1;
            s.employees += establishment.headcount;
            s.premiumEur +=
                establishment.headcount * 12.0 *
                TargetTruth::monthlyPremium(market.companies[establishment.company], fallback);
        }
        truth.records.insert(truth.records.end(), s.records.begin(), s.records.end());
        truth.segments.push_back(std::move(s));
    }
    std::sort(truth.records.begin(), truth.records.end());
    truth.records.erase(std::unique(truth.records.begin(), truth.records.end()),
                        truth.records.end());
    truth.establishments = openEstablishments(market, truth.records);
    return truth;
}

}  // namespace

const TargetTruth& TargetTruth::of(const AssessmentContext& context) {
    return context.memo->get<TargetTruth>("TargetTruth", [&] { return filtered(context); });
}

// The same as openEstablishments of every line, without sorting 1.8 million lines at national
// scale: the establishments listed, in index order.
std::vector<std::uint32_t> TargetTruth::allEstablishments(const Market& market) {
    std::vector<bool> listed(market.establishments.size(), false);
    for (const auto& p : market.prospects) listed[p.establishment] = true;
    std::vector<std::uint32_t> result;
    for (std::uint32_t e = 0; e < listed.size(); ++e)
        if (listed[e] && !market.establishments[e].closed) result.push_back(e);
    return result;
}

double TargetTruth::monthlyPremium(const Company& company, double fallback) {
    return company.health.insurer >= 0 ? company.health.monthlyPremium.euros() : fallback;
}

double TargetTruth::meanMonthlyPremium(const Market& market) {
    double sum = 0;
    std::int64_t count = 0;
    for (const auto& c : market.companies)
        if (c.health.insurer >= 0) {
            sum += c.health.monthlyPremium.euros();
            ++count;
        }
    return count > 0 ? sum / static_cast<double>(count) : 0.0;
}

}  // namespace cmcsim
