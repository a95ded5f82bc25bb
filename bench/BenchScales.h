#pragma once

#include <array>
#include <filesystem>
#include <string_view>

namespace cmcsim::bench {

// One market size of the scaling table (docs/performance.md): its scenario (relative to the
// source tree), the short name of the files the benchmarks write for it in the temporary
// folder, and how many times GenerationBench generates it. Its name, part of every benchmark's
// name, is the --benchmark_filter that selects it.
struct BenchScale {
    std::string_view name;
    std::string_view scenario;
    std::string_view stem;
    int generationRounds;
};

// Rouen, about 1/10, about 1/4 of mainland France, and mainland France.
inline constexpr std::array<BenchScale, 4> kScales = {{
    {"Rouen15k", "scenarios/rouen-ze.json", "rouen", 5},
    {"NormandieBretagne189k", "bench/scenarios/normandie-bretagne.json", "normandie-bretagne", 5},
    {"IdfPaysDeLaLoire455k", "bench/scenarios/ile-de-france-pays-de-la-loire.json", "idf-pdl", 5},
    {"National1839k", "bench/scenarios/france-metropolitaine.json", "france", 3},
}};

}  // namespace cmcsim::bench
