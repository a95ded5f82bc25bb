#include "TargetTruth.h"

#include <algorithm>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/ProspectView.h"

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
    ProspectView view(market, context.reference, Knowledge::everything(market));
    view.setMarks(context.state.marks());
    const double fallback = TargetTruth::meanMonthlyPremium(market);
    for (const auto& segment : context.state.segments()) {
        SegmentTruth s;
        s.segment = &segment;
        auto filter = segment.filter;
        const auto verified = filter.verified;  // the evaluator's view has every line verified
        filter.verified.reset();
        for (const auto i : view.filter(filter)) {
            const auto record = view.rows()[i].record;
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
