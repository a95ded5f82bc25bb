// Filtering and sorting the prospect file at 100,000 lines (target: within 100 ms each), on the
// engine view that the studio's table model wraps (docs/performance.md).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/plan/ProspectView.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/scenario/ScenarioLoader.h"

namespace {

using namespace cmcsim;

struct Fixture {
    ReferenceData reference =
        ReferenceData::load(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "datasets");
    Scenario scenario = ScenarioLoader(reference).fromFile(
        std::filesystem::path(CMCSIM_SOURCE_ROOT) / "bench/scenarios/prospects-100k.json");
    Market market = MarketGenerator(reference, scenario).generate();
    Knowledge knowledge = [] {
        Knowledge k;
        k.insurers = true;
        return k;
    }();
    ProspectView view{market, reference, knowledge};
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void FilterCombined100k(benchmark::State& state) {
    auto& f = fixture();
    ProspectFilter filter;
    filter.sections = {"G", "F", "I"};
    filter.aroundCommune = "76540";
    filter.radiusKm = 20;
    filter.insurers = {"mutuelle", "aucun"};
    filter.text = "e";
    for (auto _ : state) benchmark::DoNotOptimize(f.view.filter(filter));
    state.counters["lines"] = static_cast<double>(f.view.rows().size());
}
BENCHMARK(FilterCombined100k)->Unit(benchmark::kMillisecond);

void FilterText100k(benchmark::State& state) {
    auto& f = fixture();
    ProspectFilter filter;
    filter.text = "boulangerie";
    for (auto _ : state) benchmark::DoNotOptimize(f.view.filter(filter));
}
BENCHMARK(FilterText100k)->Unit(benchmark::kMillisecond);

void SortByName100k(benchmark::State& state) {
    auto& f = fixture();
    const auto all = f.view.filter({});
    for (auto _ : state) {
        auto lines = all;
        f.view.sort(lines, ProspectColumn::Name, state.range(0) != 0);
        benchmark::DoNotOptimize(lines);
    }
}
BENCHMARK(SortByName100k)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

void SortByCommune100k(benchmark::State& state) {
    auto& f = fixture();
    const auto all = f.view.filter({});
    for (auto _ : state) {
        auto lines = all;
        f.view.sort(lines, ProspectColumn::Commune, true);
        benchmark::DoNotOptimize(lines);
    }
}
BENCHMARK(SortByCommune100k)->Unit(benchmark::kMillisecond);

void ApplyKnowledge100k(benchmark::State& state) {
    auto& f = fixture();
    for (auto _ : state) f.view.apply(f.knowledge);
}
BENCHMARK(ApplyKnowledge100k)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
