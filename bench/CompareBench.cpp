// The group comparison (issue 13 §2, docs/performance.md "Comparing attempts"): 200 attempts of
// the Rouen scenario (scenarios/rouen-ze.json) compared as `cmcsim compare DIR` does
// (AttemptComparison::run: each file verified, assessed and its dashboard replayed; the files on
// the machine's cores). Target: ≤ 10 s.
//   Compare200Rouen   counters: attempts compared, wall and CPU seconds, the machine's load.
// The attempts are built once, in the temporary folder cmcsim-bench-compare-rouen-remises/ (about
// 1.5 GB): each created for its own candidate, then scripted through AttemptSession (studies
// bought, 2 to 21 lines verified, right and wrong anomaly flags, tags), varying with its rank,
// and handed in (the comparison assesses handed-in attempts only); later runs reuse them (the
// folder's file "complet" says they are all there: delete the folder to build them again).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "BenchMain.h"
#include "BenchReference.h"
#include "RunClock.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/compare/AttemptComparison.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSession.h"

namespace {

using namespace cmcsim;
using bench::reference;
namespace fs = std::filesystem;

constexpr int kAttempts = 200;

// Runs a command; one the state refuses (the analysis days spent) is skipped.
void act(AttemptSession& session, const char* kind, const nlohmann::json& payload) {
    try {
        session.execute(kind, payload);
    } catch (const InputError&) {
    }
}

// Plays attempt number `rank`'s script: what varies is how much is verified and flagged.
void script(AttemptSession& session, int rank) {
    const char* studies[] = {"diagnostic-zone-emploi", "obligations-branches",
                             "benchmark-concurrents"};
    for (int s = 0; s <= rank % 3; ++s) act(session, command::kBuyStudy, {{"etude", studies[s]}});
    const auto lines = static_cast<int>(session.attempt().market().prospects.size());
    const int verified = 2 + rank % 20;
    for (int i = 0; i < verified; ++i) {
        const int line = (rank * 37 + i * 101) % lines;
        act(session, command::kVerify, {{"ligne", line}});
        if (i % 3 == 0)
            act(session, command::kFlag,
                {{"ligne", line},
                 {"anomalie", i % 2 ? "doublon" : "donnee_erronee"},
                 {"motif", "vérifiée"}});
        else if (i % 3 == 1)
            act(session, command::kTag, {{"ligne", line}, {"etiquette", "à rappeler"}});
    }
}

// The folder of the 200 attempts, built on first use.
fs::path attempts() {
    const auto dir = fs::temp_directory_path() / "cmcsim-bench-compare-rouen-remises";
    if (fs::exists(dir / "complet")) return dir;
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto scenario =
        ScenarioLoader(reference()).fromFile(bench::kRoot / "scenarios" / "rouen-ze.json");
    std::cerr << "construction des " << kAttempts << " épreuves dans " << dir << "…\n";
    for (int rank = 0; rank < kAttempts; ++rank) {
        const auto file = dir / ("epreuve-" + std::to_string(1000 + rank).substr(1) + ".cmc");
        AttemptFile::create(reference(), scenario,
                            {file, std::nullopt, "Candidat " + std::to_string(rank + 1), true});
        AttemptSession session(file, reference());
        script(session, rank);
        session.seal();  // handed in: the comparison assesses handed-in attempts only
    }
    std::ofstream(dir / "complet") << kAttempts << "\n";
    return dir;
}

void Compare200Rouen(benchmark::State& state) {
    const auto files = AttemptComparison::attemptFiles({attempts()});
    for (auto _ : state) {
        const bench::RunClock clock;
        const auto comparison = AttemptComparison::run(files, reference());
        state.counters["attempts"] = static_cast<double>(comparison.attempts.size());
        state.counters["set_apart"] = static_cast<double>(comparison.setApart.size());
        state.counters["wall_s"] = clock.wallSeconds();
        state.counters["cpu_s"] = clock.cpuSeconds();
        benchmark::DoNotOptimize(comparison);
    }
    state.counters["load"] = bench::RunClock::loadAverage();
}
BENCHMARK(Compare200Rouen)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

}  // namespace

int main(int argc, char** argv) {
    return cmcsim::bench::runBenchmarks(argc, argv);
}
