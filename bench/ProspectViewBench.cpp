// Filtering and sorting the prospect file at 100,000 lines (target: within 100 ms each), on the
// engine view that the studio's table model wraps (docs/performance.md).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <sstream>

#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/report/ProspectXlsx.h"
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
    // The search keys are built by the first text search or sort by name (FirstTextSearch100k);
    // the other benchmarks measure the searches after it.
    bool keys = (view.prepareSearchKeys(), true);
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

// Building the view (as the studio's open does) without its search keys, and the first text
// search, which builds them.
void BuildView100k(benchmark::State& state) {
    auto& f = fixture();
    for (auto _ : state) {
        ProspectView view(f.market, f.reference, f.knowledge);
        benchmark::DoNotOptimize(view.rows().data());
    }
}
BENCHMARK(BuildView100k)->Unit(benchmark::kMillisecond);

void FirstTextSearch100k(benchmark::State& state) {
    auto& f = fixture();
    ProspectFilter filter;
    filter.text = "boulangerie";
    for (auto _ : state) {
        state.PauseTiming();
        auto view = std::make_unique<ProspectView>(f.market, f.reference, f.knowledge);
        state.ResumeTiming();
        benchmark::DoNotOptimize(view->filter(filter));
        state.PauseTiming();
        view.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(FirstTextSearch100k)->Unit(benchmark::kMillisecond);

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

void FilterMarks100k(benchmark::State& state) {
    auto& f = fixture();
    ProspectMarks marks;
    marks.bits.assign(f.view.rows().size(), 0);
    for (std::size_t i = 0; i < marks.bits.size(); i += 50) {
        marks.bits[i] = ProspectMarks::kFlagged;
        marks.tags[static_cast<std::uint32_t>(i)] = {"chaud"};
    }
    f.view.setMarks(marks);
    ProspectFilter filter;
    filter.flagged = true;
    filter.verified = false;
    filter.tags = {"chaud", "froid"};
    for (auto _ : state) benchmark::DoNotOptimize(f.view.filter(filter));
    f.view.setMarks({});
}
BENCHMARK(FilterMarks100k)->Unit(benchmark::kMillisecond);

// The export of the whole view (102,936 lines, 26 columns) as CSV in memory and as XLSX to a
// temporary file.
void ExportCsv100k(benchmark::State& state) {
    auto& f = fixture();
    const ProspectTable table(f.reference, f.view, f.view.filter({}));
    for (auto _ : state) {
        std::ostringstream out;
        ProspectCsv(f.reference, CsvDialect::ExcelFr).write(table, out);
        benchmark::DoNotOptimize(out.str().size());
    }
}
BENCHMARK(ExportCsv100k)->Unit(benchmark::kMillisecond);

void ExportXlsx100k(benchmark::State& state) {
    auto& f = fixture();
    const ProspectTable table(f.reference, f.view, f.view.filter({}));
    const auto file = std::filesystem::temp_directory_path() / "cmcsim-bench-export.xlsx";
    for (auto _ : state) ProspectXlsx::write(table, file);
    state.counters["MiB"] = static_cast<double>(std::filesystem::file_size(file)) / (1 << 20);
    std::filesystem::remove(file);
}
BENCHMARK(ExportXlsx100k)->Unit(benchmark::kMillisecond);

void ApplyKnowledge100k(benchmark::State& state) {
    auto& f = fixture();
    for (auto _ : state) f.view.apply(f.knowledge);
}
BENCHMARK(ApplyKnowledge100k)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
