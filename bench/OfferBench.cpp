// Offer pricing and risk (issue "Offers"): pricing a 10,000-employee census, and 100,000
// simulated years of a 500-employee company's claims in under 1 s (docs/performance.md).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <map>
#include <utility>

#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/offer/RiskModel.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"

namespace {

using namespace cmcsim;

const ReferenceData& reference() {
    static const ReferenceData data =
        ReferenceData::load(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "datasets");
    return data;
}

// The Rouen market's census scaled to `employees`: a realistic mix of ages, sexes, cadres,
// families.
CompanyWorkforce workforce(double employees) {
    static const Market market =
        MarketGenerator(reference(), ScenarioLoader(reference())
                                         .fromFile(std::filesystem::path(CMCSIM_SOURCE_ROOT) /
                                                   "scenarios/rouen-ze.json"))
            .generate();
    std::map<int, CensusCell> cells;
    double total = 0;
    for (const auto& c : market.censusCells) {
        auto& cell = cells[((c.ageBand * 2 + c.sex) * 2 + c.cadre) * 4 + c.family];
        cell = CensusCell{c.ageBand,         c.sex, c.cadre, c.family, cell.headcount + c.headcount,
                          c.meanAnnualPayEur};
        total += c.headcount;
    }
    CompanyWorkforce w;
    w.headcount = static_cast<int>(employees);
    for (auto& [_, c] : cells) {
        c.headcount = static_cast<std::uint32_t>(std::lround(c.headcount * employees / total));
        if (c.headcount > 0) w.cells.push_back(c);
    }
    return w;
}

// A small company's census: one employee in each of the `employees` largest cells of the Rouen
// market's census (scaling the mix down would round every cell to nobody).
CompanyWorkforce smallWorkforce(int employees) {
    auto cells = workforce(100000).cells;
    std::stable_sort(cells.begin(), cells.end(), [](const CensusCell& a, const CensusCell& b) {
        return a.headcount > b.headcount;
    });
    cells.resize(std::min<std::size_t>(cells.size(), static_cast<std::size_t>(employees)));
    for (auto& c : cells) c.headcount = 1;
    CompanyWorkforce w;
    w.headcount = employees;
    w.cells = std::move(cells);
    return w;
}

Offer offer() {
    Offer o;
    HealthTerms health;
    health.product = "sante_confort";
    health.options = {"sante_option_plus"};
    health.structure = RateStructure::SingleDuoFamily;
    o.categories.push_back({"ensemble", health, ProvidentTerms{"prev_confort", 0.6}});
    o.services = {"tiers_payant", "teleconsultation"};
    return o;
}

void PriceCensus10k(benchmark::State& state) {
    const auto w = workforce(10000);
    const OfferPricer pricer(reference().offers, reference().regulation);
    const auto o = offer();
    for (auto _ : state) benchmark::DoNotOptimize(pricer.quote(o, w));
}
BENCHMARK(PriceCensus10k)->Unit(benchmark::kMicrosecond);

// The risk model alone: 100,000 simulated years of a company's claims (health and provident), a
// new seed each round so that RiskModel's cache of reports (kept by their inputs) never answers
// (before, every round after the first measured a cache lookup). The CPU time is the process's:
// the two threads of the draws together. 6 employees is the size of `cmcsim_bench_commands`'
// national company: the draws of its `quote`.
void simulateRisk(benchmark::State& state, CompanyWorkforce (*census)()) {
    const OfferPricer pricer(reference().offers, reference().regulation);
    const auto quote = pricer.quote(offer(), census());
    static std::uint64_t seed = 7;  // never twice, across rounds and repetitions
    for (auto _ : state) benchmark::DoNotOptimize(RiskModel::simulate(quote, 100000, seed++));
}
[[maybe_unused]] const bool riskRegistered = [] {
    const std::pair<const char*, CompanyWorkforce (*)()> companies[] = {
        {"Risk100kYears500Employees", [] { return workforce(500); }},
        {"Risk100kYears6Employees", [] { return smallWorkforce(6); }}};
    for (const auto& [name, census] : companies)
        benchmark::RegisterBenchmark(name, simulateRisk, census)
            ->Unit(benchmark::kMillisecond)
            ->MeasureProcessCPUTime()
            ->UseRealTime();
    return true;
}();

}  // namespace

BENCHMARK_MAIN();
