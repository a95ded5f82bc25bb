// Market generation benchmarks: the Rouen scenario, and national scale (all of mainland France)
// against a bare SQLite bulk insert of the same rows (docs/performance.md).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <filesystem>

#include "BenchReference.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/Database.h"
#include "cmcsim/store/MarketStore.h"

namespace {

using namespace cmcsim;
using bench::kRoot;
using bench::reference;

Scenario load(const std::filesystem::path& file) {
    return ScenarioLoader(reference()).fromFile(kRoot / file);
}

std::filesystem::path scratch(const char* name) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove(path);
    return path;
}

double peakResidentMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void RouenMarketInMemory(benchmark::State& state) {
    const auto scenario = load("scenarios/rouen-ze.json");
    for (auto _ : state) {
        MarketGenerator generator(reference(), scenario);
        benchmark::DoNotOptimize(generator.generate());
    }
}
BENCHMARK(RouenMarketInMemory)->Unit(benchmark::kMillisecond);

void RouenAttemptFile(benchmark::State& state) {
    const auto scenario = load("scenarios/rouen-ze.json");
    const auto file = scratch("cmcsim-bench-rouen.cmc");
    for (auto _ : state)
        AttemptFile::create(reference(), scenario, {file, std::nullopt, "bench", true});
    std::filesystem::remove(file);
}
BENCHMARK(RouenAttemptFile)->Unit(benchmark::kMillisecond);

// Writes an in-memory market the way AttemptFile::create does, with nothing else to do.
void bareInsert(const Market& market, const std::filesystem::path& file) {
    Database db(file, Database::Mode::Create);
    AttemptSchema::createForBulkWrite(db);
    db.exec("BEGIN");
    MarketWriter(db, reference()).write(market);
    db.exec("COMMIT");
}

// One run: the whole generation into an attempt file (peak memory read right after it), then
// a bare bulk insert of the same rows generated beforehand in memory; ratio = whole / bare.
void NationalGenerationVsBareInsert(benchmark::State& state) {
    const auto scenario = load("bench/scenarios/france-metropolitaine.json");
    const auto file = scratch("cmcsim-bench-france.cmc");
    const auto bareFile = scratch("cmcsim-bench-france-bare.cmc");
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        AttemptFile::create(reference(), scenario, {file, std::nullopt, "bench", true});
        const double whole = secondsSince(start);
        const double peak = peakResidentMiB();

        const Market market = MarketGenerator(reference(), scenario).generate();
        std::filesystem::remove(bareFile);
        const auto bareStart = std::chrono::steady_clock::now();
        bareInsert(market, bareFile);
        const double bare = secondsSince(bareStart);

        state.SetIterationTime(whole);
        state.counters["whole_s"] = whole;
        state.counters["bare_insert_s"] = bare;
        state.counters["ratio"] = whole / bare;
        state.counters["peak_rss_MiB"] = peak;
        state.counters["establishments"] = static_cast<double>(market.establishments.size());
        state.counters["prospect_rows"] = static_cast<double>(market.prospects.size());
    }
    std::filesystem::remove(file);
    std::filesystem::remove(bareFile);
}
BENCHMARK(NationalGenerationVsBareInsert)->Unit(benchmark::kSecond)->UseManualTime()->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
