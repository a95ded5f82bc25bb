// Whole-process benchmarks of the table (docs/performance.md): the built `cmcsim` run
// as a child process, 5 times per command, at each scale of BenchScales.h; medians of wall
// time, CPU time and peak resident memory (each run's own, from wait4), then a table.
//   cmcsim_bench_commands --benchmark_filter=National   # one scale
// The attempt of each scale is generated once into the temporary folder, and generated again
// only when older than its scenario or than the cmcsim binary. CMCSIM_BENCH_CLI=path measures
// another build of cmcsim; CMCSIM_BENCH_DIR=folder keeps the attempts there instead of in the
// temporary folder.
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "BenchMain.h"
#include "BenchScales.h"
#include "ChildRun.h"
#include "RunClock.h"

namespace {

using cmcsim::bench::BenchScale;
using cmcsim::bench::ChildRun;
using cmcsim::bench::RunClock;
namespace fs = std::filesystem;

const fs::path kRoot = CMCSIM_SOURCE_ROOT;
constexpr int kRuns = 5;

fs::path cli() {
    const char* other = std::getenv("CMCSIM_BENCH_CLI");
    return other && *other ? fs::path(other) : fs::path(CMCSIM_CLI);
}

// The folder of the attempts and scratch files: $CMCSIM_BENCH_DIR, else the temporary folder
// (a helper measuring its own build on a shared machine keeps its own attempts there).
fs::path scratch(const std::string& name) {
    const char* dir = std::getenv("CMCSIM_BENCH_DIR");
    return (dir && *dir ? fs::path(dir) : fs::temp_directory_path()) / name;
}

// A command of the table and its targets (issue 9).
struct Command {
    const char* name;
    std::vector<std::string> (*args)(const std::string& attempt, const std::string& siret);
    double targetSeconds;
    double targetMb;
};

const std::vector<Command> kCommands = {
    {"diagnose",
     [](const std::string& file, const std::string& siret) {
         return std::vector<std::string>{"diagnose", file, "--siret", siret};
     },
     0.05, 100},
    {"quote",
     [](const std::string& file, const std::string& siret) {
         return std::vector<std::string>{
             "quote", file,      "--siret",
             siret,   "--offer", (kRoot / "scenarios/offers/confort-ensemble.json").string()};
     },
     0.05, 100},
    {"stats",
     [](const std::string& file, const std::string&) {
         return std::vector<std::string>{"market", "stats", file};
     },
     3, 300},
    {"stats_truth",
     [](const std::string& file, const std::string&) {
         return std::vector<std::string>{"market", "stats", file, "--truth"};
     },
     3, 300},
    {"export",
     [](const std::string& file, const std::string&) {
         return std::vector<std::string>{
             "market", "export", file, "--csv", scratch("cmcsim-bench-export.csv").string(),
             "--force"};
     },
     6, 300},
};

// A scale's attempt file and the company every one-company command looks at.
struct Subject {
    std::string file;
    std::string siret;
};

// The first establishment whose id is at least half their count: a company in the middle of
// the file, the same for every run of a given attempt.
std::string middleSiret(const fs::path& attempt) {
    sqlite3* db = nullptr;
    std::string siret;
    if (sqlite3_open_v2(attempt.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* query = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT siret FROM establishment WHERE id >= (SELECT count(*) FROM "
                               "establishment) / 2 ORDER BY id LIMIT 1",
                               -1, &query, nullptr) == SQLITE_OK &&
            sqlite3_step(query) == SQLITE_ROW)
            siret = reinterpret_cast<const char*>(sqlite3_column_text(query, 0));
        sqlite3_finalize(query);
    }
    sqlite3_close(db);
    if (siret.empty()) throw std::runtime_error("no establishment in " + attempt.string());
    if (siret.size() < 14) siret.insert(0, 14 - siret.size(), '0');  // were it stored as a number
    return siret;
}

// Generates the scale's attempt when absent or older than its scenario or than cmcsim.
const Subject& subjectOf(const BenchScale& scale) {
    static std::map<std::string, Subject> subjects;
    const std::string name(scale.name);
    if (const auto found = subjects.find(name); found != subjects.end()) return found->second;
    const auto scenario = kRoot / scale.scenario;
    const auto file = scratch("cmcsim-bench-cmd-" + std::string(scale.stem) + ".cmc");
    if (!fs::exists(file) || fs::last_write_time(file) < fs::last_write_time(scenario) ||
        fs::last_write_time(file) < fs::last_write_time(cli())) {
        std::fprintf(stderr, "%s: generating %s\n", name.c_str(), file.c_str());
        const auto run = ChildRun::of(
            {cli().string(), "generate", scenario.string(), "-o", file.string(), "--force"},
            scratch("cmcsim-bench-cmd.stderr"));
        std::fprintf(stderr, "%s: generated in %.1f s (CPU %.1f s)\n", name.c_str(),
                     run.wallSeconds, run.cpuSeconds);
        // Handed in: `--truth` (stats_truth) is the evaluator's view after the hand-in.
        ChildRun::of({cli().string(), "seal", file.string()}, scratch("cmcsim-bench-cmd.stderr"));
    }
    return subjects[name] = {file.string(), middleSiret(file)};
}

// One cell of the final table.
struct Result {
    double wall, cpu, peakMb, load;
};
std::map<std::pair<std::string, std::string>, Result> results;  // (command, scale)

void runCommand(benchmark::State& state, const BenchScale& scale, const Command& command) {
    try {
        const auto& subject = subjectOf(scale);
        std::vector<std::string> args = {cli().string()};
        for (auto& a : command.args(subject.file, subject.siret)) args.push_back(std::move(a));
        for (auto _ : state) {
            std::vector<double> wall, cpu, peak, load;
            for (int run = 0; run < kRuns; ++run) {
                const auto r = ChildRun::of(args, scratch("cmcsim-bench-cmd.stderr"));
                wall.push_back(r.wallSeconds);
                cpu.push_back(r.cpuSeconds);
                peak.push_back(r.peakMb);
                load.push_back(RunClock::loadAverage());
            }
            const Result result = {RunClock::median(wall), RunClock::median(cpu),
                                   RunClock::median(peak), RunClock::median(load)};
            results[{command.name, std::string(scale.name)}] = result;
            state.SetIterationTime(result.wall);
            state.counters["cpu_s"] = result.cpu;
            state.counters["peak_MB"] = result.peakMb;
            state.counters["load"] = result.load;
            state.counters["target_s"] = command.targetSeconds;
            state.counters["target_MB"] = command.targetMb;
            state.SetLabel(subject.siret);
        }
        fs::remove(scratch("cmcsim-bench-export.csv"));
    } catch (const std::exception& e) {
        state.SkipWithError(e.what());
    }
}

std::string seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, s < 1 ? "%.3f" : "%.2f", s);
    return text;
}

// The table of medians: one line per command, one column per scale measured.
void printTable() {
    std::printf("\nmedians of %d runs: wall s (CPU s) peak MB [load]\n%-12s %-16s", kRuns,
                "command", "target");
    std::vector<std::string> scales;
    for (const auto& scale : cmcsim::bench::kScales)
        for (const auto& command : kCommands)
            if (results.count({command.name, std::string(scale.name)})) {
                scales.emplace_back(scale.name);
                std::printf(" %-32s", scales.back().c_str());
                break;
            }
    std::printf("\n");
    for (const auto& command : kCommands) {
        const auto target = seconds(command.targetSeconds) + " s " +
                            std::to_string(static_cast<int>(command.targetMb)) + " MB";
        std::printf("%-12s %-16s", command.name, target.c_str());
        for (const auto& scale : scales) {
            const auto found = results.find({command.name, scale});
            std::string cell = "-";
            if (found != results.end()) {
                const auto& r = found->second;
                char text[64];
                std::snprintf(text, sizeof text, "%s (%s) %.0f MB [%.1f]", seconds(r.wall).c_str(),
                              seconds(r.cpu).c_str(), r.peakMb, r.load);
                cell = text;
            }
            std::printf(" %-32s", cell.c_str());
        }
        std::printf("\n");
    }
}

}  // namespace

int main(int argc, char** argv) {
    for (const auto& scale : cmcsim::bench::kScales)
        for (const auto& command : kCommands)
            benchmark::RegisterBenchmark(
                ("Command/" + std::string(scale.name) + "/" + command.name).c_str(), runCommand,
                scale, command)
                ->Unit(benchmark::kMillisecond)
                ->UseManualTime()
                ->Iterations(1);
    if (const int status = cmcsim::bench::runBenchmarks(argc, argv)) return status;
    if (!results.empty()) printTable();
}
