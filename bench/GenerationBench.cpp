// Market generation benchmarks (docs/performance.md): the Rouen scenario in memory and into an
// attempt file, and at each scale of the scaling table the whole generation into an attempt
// file (AttemptFile::create, what `cmcsim generate` does) against the independent floor
// (BareInsertFloor: the same rows inserted with the SQLite C API alone), measured alternately.
//   cmcsim_bench_generation --benchmark_filter=National   # one scale, see BenchScales.h
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "BareInsertFloor.h"
#include "BenchMain.h"
#include "BenchReference.h"
#include "BenchScales.h"
#include "PeakMemory.h"
#include "RunClock.h"
#include "cmcsim/market/MarketGenerator.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptDigest.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/Database.h"

namespace {

using namespace cmcsim;
using bench::BareInsertFloor;
using bench::kRoot;
using bench::PeakMemory;
using bench::reference;
using bench::RunClock;

Scenario load(const std::filesystem::path& file) {
    return ScenarioLoader(reference()).fromFile(kRoot / file);
}

std::filesystem::path scratch(const std::string& name) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove(path);
    return path;
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
    const auto file = scratch("cmcsim-bench-rouen-file.cmc");
    for (auto _ : state)
        AttemptFile::create(reference(), scenario, {file, std::nullopt, "bench", true});
    std::filesystem::remove(file);
}
BENCHMARK(RouenAttemptFile)->Unit(benchmark::kMillisecond);

// The measurements of one kind of run, one entry per round.
struct Runs {
    std::vector<double> wall, cpu, peak;
    void add(const RunClock& clock, double peakMb) {
        wall.push_back(clock.wallSeconds());
        cpu.push_back(clock.cpuSeconds());
        peak.push_back(peakMb);
    }
};

// `rounds` times: the whole generation into a new attempt file, then the floor (the rows of the
// first generated file, dumped once outside the timing) into a new file. Each run's peak memory is
// its own (PeakMemory::reset before it). Counters: medians; ratio = median create / median floor;
// digest_cpu_s: AttemptDigest::compute of the file once, the part of create that seals it.
void generationVsFloor(benchmark::State& state, const bench::BenchScale& scale) {
    const auto scenario = load(scale.scenario);
    const std::string stem = "cmcsim-bench-gen-" + std::string(scale.stem);
    const auto file = scratch(stem + ".cmc");
    const auto dump = scratch(stem + ".floor-rows");
    const auto floorFile = scratch(stem + "-floor.cmc");
    for (auto _ : state) {
        Runs create, floor;
        std::vector<double> load;
        AttemptSummary summary;
        double digestCpu = 0;
        for (int round = 0; round < scale.generationRounds; ++round) {
            // Each run starts without its output, as the floor's does: replacing the previous
            // round's file would also time its deletion (about 1.4 s for 1 GB on this ext4).
            std::filesystem::remove(file);
            {
                PeakMemory::reset();
                const RunClock clock;
                summary =
                    AttemptFile::create(reference(), scenario, {file, std::nullopt, "bench", true});
                create.add(clock, PeakMemory::mb());
            }
            if (round == 0) {
                const RunClock clock;  // the tamper check's share of create: one more read
                Database db(file, Database::Mode::ReadOnly);
                benchmark::DoNotOptimize(AttemptDigest::compute(db));
                digestCpu = clock.cpuSeconds();
                BareInsertFloor::dump(file, dump);
            }
            std::filesystem::remove(floorFile);
            {
                const BareInsertFloor rows(dump);  // mapped and read before the clock starts
                PeakMemory::reset();
                const RunClock clock;
                rows.insertInto(floorFile);
                floor.add(clock, PeakMemory::mb());
            }
            load.push_back(RunClock::loadAverage());
            std::fprintf(stderr,
                         "%s round %d: create %.2f s (CPU %.2f s, %.0f MB), floor %.2f s (CPU "
                         "%.2f s), load %.1f\n",
                         std::string(scale.name).c_str(), round + 1, create.wall.back(),
                         create.cpu.back(), create.peak.back(), floor.wall.back(), floor.cpu.back(),
                         load.back());
        }
        const double createWall = RunClock::median(create.wall);
        const double floorWall = RunClock::median(floor.wall);
        state.SetIterationTime(createWall);
        state.counters["create_s"] = createWall;
        state.counters["create_cpu_s"] = RunClock::median(create.cpu);
        state.counters["floor_s"] = floorWall;
        state.counters["floor_cpu_s"] = RunClock::median(floor.cpu);
        state.counters["ratio"] = createWall / floorWall;
        state.counters["cpu_ratio"] = RunClock::median(create.cpu) / RunClock::median(floor.cpu);
        state.counters["digest_cpu_s"] = digestCpu;
        state.counters["create_peak_MB"] = RunClock::median(create.peak);
        state.counters["load"] = RunClock::median(load);
        state.counters["establishments"] = static_cast<double>(summary.establishments);
        state.counters["file_MiB"] =
            static_cast<double>(std::filesystem::file_size(file)) / (1024.0 * 1024.0);
    }
    std::filesystem::remove(file);
    std::filesystem::remove(dump);
    std::filesystem::remove(floorFile);
}

}  // namespace

int main(int argc, char** argv) {
    for (const auto& scale : bench::kScales)
        benchmark::RegisterBenchmark(("GenerationVsFloor/" + std::string(scale.name)).c_str(),
                                     generationVsFloor, scale)
            ->Unit(benchmark::kSecond)
            ->UseManualTime()
            ->Iterations(1);
    return bench::runBenchmarks(argc, argv);
}
