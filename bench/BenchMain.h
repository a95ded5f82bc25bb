#pragma once

#include <benchmark/benchmark.h>

namespace cmcsim::bench {

// The body of BENCHMARK_MAIN, for programs that register benchmarks at run time (one per
// scale of BenchScales.h) or print a summary after them. Returns main's exit status.
inline int runBenchmarks(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace cmcsim::bench
