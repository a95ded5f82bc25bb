#include "cmcsim/scenario/ScenarioPreview.h"

#include <algorithm>

#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/scenario/ScenarioSize.h"

namespace cmcsim {

ScenarioPreview ScenarioPreview::compute(const ReferenceData& reference, const Scenario& scenario,
                                         const std::function<bool()>& cancelled) {
    const auto stop = [&] {
        if (cancelled && cancelled()) throw Cancelled{};
    };
    ScenarioPreview p;
    p.planned = ScenarioSize::of(reference, scenario).establishments;
    auto reduced = scenario;
    if (p.planned > kEstablishments) {
        reduced.densityShare.reset();
        reduced.establishmentCount = static_cast<std::int64_t>(kEstablishments);
    }
    const auto market =
        MarketGenerator(reference, reduced).generate([&](std::uint64_t, std::uint64_t) { stop(); });
    stop();
    p.generated = market.establishments.size();
    p.statistics = MarketStatistics::compute(market, reference);
    const auto lines = std::max<std::uint64_t>(1, p.statistics.prospectRecords);
    p.trapShare = static_cast<double>(p.statistics.defects.totalCount) / static_cast<double>(lines);
    std::int16_t mine = -1;
    for (std::size_t i = 0; i < market.competitors.size(); ++i)
        if (market.competitors[i].code == "mutuelle") mine = static_cast<std::int16_t>(i);
    const auto open = std::count_if(market.companies.begin(), market.companies.end(),
                                    [&](const Company& c) { return c.health.insurer != mine; });
    const auto companies = static_cast<double>(std::max<std::size_t>(1, market.companies.size()));
    p.openShare = static_cast<double>(open) / companies;
    p.fullCompanies = companies * static_cast<double>(p.planned) /
                      static_cast<double>(std::max<std::uint64_t>(1, p.generated));
    p.objectiveRate = static_cast<double>(scenario.policy.newContracts) /
                      std::max(1.0, p.fullCompanies * p.openShare);
    p.points = (p.trapShare >= 0.40) + (p.trapShare >= 0.50) + (p.objectiveRate >= 0.002) +
               (p.objectiveRate >= 0.005);
    return p;
}

ScenarioPreview::Level ScenarioPreview::level() const {
    if (points <= 1) return Level::Accessible;
    if (points == 2) return Level::Medium;
    return Level::Demanding;
}

}  // namespace cmcsim
