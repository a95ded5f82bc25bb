// Opening an attempt and the cost of its tamper check (docs/performance.md): the whole open
// (validation of every row, journal chain, table digests) and the digest of every table alone,
// at Rouen scale and at national scale.
#include <benchmark/benchmark.h>

#include <chrono>
#include <ctime>
#include <filesystem>

#include "BenchReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/Database.h"

namespace {

using namespace cmcsim;
using bench::kRoot;
using bench::reference;

// The attempt of `scenario`, generated once into the temporary folder.
std::filesystem::path attemptOf(const char* scenario, const char* name) {
    const auto file = std::filesystem::temp_directory_path() / name;
    if (!std::filesystem::exists(file))
        AttemptFile::create(reference(), ScenarioLoader(reference()).fromFile(kRoot / scenario),
                            {file, std::nullopt, "bench", true});
    return file;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double cpuSecondsSince(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

// One iteration: the whole open, then the digests alone; share = digest / open. Wall and CPU
// time both, since a loaded machine stretches the wall time.
void openAndDigest(benchmark::State& state, const std::filesystem::path& file) {
    for (auto _ : state) {
        auto start = std::chrono::steady_clock::now();
        auto cpu = std::clock();
        benchmark::DoNotOptimize(AttemptFile::open(file, reference()));
        const double open = secondsSince(start);
        const double openCpu = cpuSecondsSince(cpu);
        start = std::chrono::steady_clock::now();
        cpu = std::clock();
        Database db(file, Database::Mode::ReadOnly);
        benchmark::DoNotOptimize(AttemptDigest::compute(db));
        const double digest = secondsSince(start);
        const double digestCpu = cpuSecondsSince(cpu);
        state.counters["open_cpu_s"] = openCpu;
        state.counters["digest_cpu_s"] = digestCpu;
        state.SetIterationTime(open);
        state.counters["open_s"] = open;
        state.counters["digest_s"] = digest;
        state.counters["digest_share"] = digest / open;
        state.counters["file_MiB"] =
            static_cast<double>(std::filesystem::file_size(file)) / (1024.0 * 1024.0);
    }
}

void RouenOpen(benchmark::State& state) {
    openAndDigest(state, attemptOf("scenarios/rouen-ze.json", "cmcsim-bench-open-rouen.cmc"));
}
BENCHMARK(RouenOpen)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(5);

void NationalOpen(benchmark::State& state) {
    openAndDigest(state, attemptOf("bench/scenarios/france-metropolitaine.json",
                                   "cmcsim-bench-open-france.cmc"));
}
BENCHMARK(NationalOpen)->Unit(benchmark::kSecond)->UseManualTime()->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
