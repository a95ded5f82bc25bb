#include "cmcsim/sim/ActionTargets.h"

#include <set>

#include "cmcsim/attempt/PortfolioSight.h"
#include "cmcsim/prospects/ProspectMatcher.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim {

ActionTargets::ActionTargets(const Market& market, const ReferenceData& reference)
    : market_(&market), reference_(&reference) {}

ActionTargets::~ActionTargets() = default;

std::vector<std::uint32_t> ActionTargets::segmentCompanies(const ProspectFilter& filter,
                                                           const WeekRun& inputs) {
    Knowledge k;
    k.verified.assign(market_->prospects.size(), 0);
    k.census.assign(market_->prospects.size(), 0);
    k.insurers = inputs.competitorWatch;
    k.portfolio = inputs.portfolioKnown;
    k.prescribers = inputs.prescribersKnown;
    // The lines a ProspectView with this knowledge (and no marks) would select, in file order,
    // without building the view: 1.9 million rows and search keys at national scale.
    const auto lines = ProspectMatcher::select(*market_, *reference_, k, {}, {filter}).front();
    std::vector<std::uint32_t> companies;
    std::vector<bool> seen(market_->companies.size(), false);
    for (const auto line : lines) {
        const auto& record = market_->prospects[line];
        const auto company = market_->establishments[record.establishment].company;
        if (!seen[company]) {
            seen[company] = true;
            companies.push_back(company);
        }
    }
    return companies;
}

const std::vector<std::uint32_t>& ActionTargets::companies(
    const PlannedAction& action, const WeekRun& inputs,
    const std::function<bool(std::uint32_t)>& isClient) {
    std::string key = action.id + '\x1f' + action.segmentId + '\x1f';
    const Segment* segment = nullptr;
    for (const auto& s : inputs.segments)
        if (s.id == action.segmentId) segment = &s;
    if (segment) key += segment->filter.toJson().dump();
    key += inputs.competitorWatch ? "i" : "";
    key += inputs.portfolioKnown ? "p" : "";
    key += inputs.prescribersKnown ? "r" : "";
    for (const auto s : action.sirets) key += std::to_string(s) + ',';
    if (const auto it = cache_.find(key); it != cache_.end()) return it->second;
    std::vector<std::uint32_t> list;
    if (!action.sirets.empty()) {
        if (companyOfSiret_.empty())
            for (const auto& e : market_->establishments) companyOfSiret_[e.siret] = e.company;
        std::set<std::uint32_t> seen;
        for (const auto siret : action.sirets)
            if (const auto it = companyOfSiret_.find(siret); it != companyOfSiret_.end())
                if (seen.insert(it->second).second) list.push_back(it->second);
    } else if (segment) {
        list = segmentCompanies(segment->filter, inputs);
    } else if (action.kind == ActionKind::PortfolioReview) {
        for (std::uint32_t c = 0; c < market_->companies.size(); ++c) list.push_back(c);
    }
    if (action.kind == ActionKind::PortfolioReview)
        std::erase_if(list, [&](std::uint32_t c) { return !isClient(c); });
    // A review reaches the clients by name: none before the portfolio extract (PortfolioSight),
    // or its contacts would show the candidate who the clients are.
    if (action.kind == ActionKind::PortfolioReview && !PortfolioSight::during(inputs)) list.clear();
    return cache_[key] = std::move(list);
}

std::vector<std::uint32_t> ActionTargets::prescribers(const std::string& kind) const {
    std::vector<std::uint32_t> list;
    for (std::uint32_t p = 0; p < market_->prescribers.size(); ++p)
        if (kind.empty() || market_->prescribers[p].kind == kind) list.push_back(p);
    return list;
}

const std::vector<std::uint32_t>& ActionTargets::clientsOf(std::uint32_t prescriber) {
    if (prescriberClients_.empty()) {
        prescriberClients_.resize(market_->prescribers.size());
        for (std::uint32_t c = 0; c < market_->companies.size(); ++c) {
            const auto& company = market_->companies[c];
            for (const auto p : {company.accountant, company.broker})
                if (p >= 0 && static_cast<std::size_t>(p) < prescriberClients_.size())
                    prescriberClients_[static_cast<std::size_t>(p)].push_back(c);
        }
    }
    return prescriberClients_.at(prescriber);
}

}  // namespace cmcsim
