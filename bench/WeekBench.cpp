// The simulated weeks (docs/performance.md, "Simulated weeks"), with the busy plan of the tests
// (tests/engine/TestCampaigns.h: calls, letters, e-mails, a prescriber event, a trade show and
// portfolio reviews, 36.5–58.5 h a week at the cost model's rates):
//   Week/rouen/52_weeks      a campaign of the Rouen market built and run for 52 weeks
//                            (target ≤ 2 s);
//   Week/national/first_week one week of the national market (1.84 million establishments,
//                            generated in memory once, not timed): the first week, which also
//                            builds the prospect view its segments filter (target ≤ 1 s);
//   Week/national/next_week  week 2 of the same campaign, the prospect view built.
#include <benchmark/benchmark.h>

#include "../tests/engine/TestCampaigns.h"
#include "BenchMain.h"
#include "BenchReference.h"

namespace {

using namespace cmcsim;

void rouenYear(benchmark::State& state) {
    const auto& market = test::rouenMarket();
    for (auto _ : state) {
        auto campaign = test::rouenCampaign();
        for (int w = 1; w <= 52; ++w) campaign.runWeek(test::busyWeek(w, 52));
        benchmark::DoNotOptimize(campaign.weeks().back().contacts.size());
    }
    state.counters["companies"] = static_cast<double>(market.companies.size());
}

const Scenario& nationalScenario() {
    static const Scenario scenario =
        ScenarioLoader(test::reference())
            .fromFile(bench::kRoot / "bench" / "scenarios" / "france-metropolitaine.json");
    return scenario;
}

const Market& nationalMarket() {
    static const Market market = MarketGenerator(test::reference(), nationalScenario()).generate();
    return market;
}

void nationalWeek(benchmark::State& state, int week) {
    const auto& market = nationalMarket();
    for (auto _ : state) {
        state.PauseTiming();
        const auto& scenario = nationalScenario();
        Campaign campaign(
            scenario, test::reference(), market,
            PortfolioBuilder(test::reference(), scenario, scenario.seed).build(market),
            scenario.seed);
        for (int w = 1; w < week; ++w) campaign.runWeek(test::busyWeek(w, 26));
        const auto run = test::busyWeek(week, 26);
        state.ResumeTiming();
        benchmark::DoNotOptimize(campaign.runWeek(run).contacts.size());
    }
    state.counters["companies"] = static_cast<double>(market.companies.size());
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::RegisterBenchmark("Week/rouen/52_weeks", rouenYear)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(3);
    benchmark::RegisterBenchmark("Week/national/first_week",
                                 [](benchmark::State& s) { nationalWeek(s, 1); })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(2);
    benchmark::RegisterBenchmark("Week/national/next_week",
                                 [](benchmark::State& s) { nationalWeek(s, 2); })
        ->Unit(benchmark::kMillisecond)
        ->Iterations(2);
    return cmcsim::bench::runBenchmarks(argc, argv);
}
