#pragma once

#include <array>
#include <cstddef>
#include <string>

namespace cmcsim {

// A market-watch event the trainer scripts in the scenario (its optional "evenements" block,
// docs/scenario-format.md): what happens and in which week; the weeks choose the company it
// concerns with keyed randomness and fire it beside the generated ones (MarketWatch).
struct ScriptedEvent {
    std::string id;    // lower-case slug, unique among the scenario's events
    std::string type;  // hausse_concurrent | preavis_resiliation | derive_sinistralite |
                       // franchissement_seuil (the MarketEventKind codes a trainer can script)
    int week = 1;      // 1..duration_weeks
    std::string competitor;  // hausse_concurrent: the id of one of the scenario's competitors
    double rate = 0;         // hausse_concurrent: the rise, a fraction (0.06 = 6 %), (0, kMaxRise]
    int threshold = 0;       // franchissement_seuil: the headcount crossed, 11 or 50
    std::string text;  // French, ≤ 300 characters, read instead of the generated sentence; empty:
                       // the generated one. "{entreprise}" stands for the company's name.
    bool operator==(const ScriptedEvent&) const = default;

    // The largest scripted rise: ⚠ assumption, twice the largest generated one
    // (hausse_concurrent_taux 0.04 × price level 2 × 1.5 = 0.12, datasets/modele_reponse.csv).
    static constexpr double kMaxRise = 0.25;
    static constexpr std::size_t kMaxTextLength = 300;  // characters
    // The headcounts a franchissement_seuil may reach: the thresholds of the employer's
    // obligations (11 and 50 employees, docs/scenario-format.md "evenements").
    static constexpr std::array<int, 2> kThresholds = {11, 50};
};

}  // namespace cmcsim
