#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;
struct Scenario;

// Builds the reproducible market of a scenario from the reference data and a seed: companies
// and establishments placed on the territory, censuses, current cover, prescribers, defects.
class MarketGenerator {
public:
    // Receives each generated chunk of companies (indices global), in order.
    using ChunkSink = std::function<void(Market&& chunk)>;
    // Called after each chunk with (establishments done, establishments planned).
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    MarketGenerator(const ReferenceData& reference, const Scenario& scenario,
                    std::optional<std::uint64_t> seed = std::nullopt);
    ~MarketGenerator();
    MarketGenerator(const MarketGenerator&) = delete;
    MarketGenerator& operator=(const MarketGenerator&) = delete;

    std::uint64_t seed() const;
    std::uint64_t plannedEstablishments() const;

    // Generates the whole market in memory.
    Market generate(const Progress& progress = {});
    // Generates chunk by chunk: competitors and prescribers first, then companies.
    void generate(const ChunkSink& sink, const Progress& progress = {});

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace cmcsim
