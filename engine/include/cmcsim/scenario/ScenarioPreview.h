#pragma once

#include <cstdint>
#include <functional>

#include "cmcsim/market/MarketStatistics.h"

namespace cmcsim {

struct ReferenceData;
struct Scenario;

// A quick look at a scenario's market for its author (the studio's scenario editor): the
// market generated at a reduced scale, at most kEstablishments establishments (the scenario's
// territory, mix, players and trap rates unchanged; only the count is brought down), its
// statistics, and an estimate of difficulty from two figures of that market
// (docs/guide-utilisateur.md, « Créer un scénario »):
// - the share of traps: injected defects / lines of the prospect file;
// - the objective's rate: new contracts asked / companies of the full market whose health
//   insurer is not the mutuelle (the preview's share of them times the full market's companies).
// One point each at 40 % and 50 % of traps, one each at 0.2 % and 0.5 % of objective rate: 0–1
// point is accessible, 2 medium, 3–4 demanding. Thresholds are the project's choice (⚠), set
// so that the bundled scenarios spread: Rouen 1 point (traps 35 %, objective 0.26 %), Lyon 1
// (44 %, 0.06 %), Cantal 4 (52 %, 0.60 %). A trap is any defect or extract quirk the generator
// injects (several may hit one line), so the share is high even with modest rates.
struct ScenarioPreview {
    static constexpr std::uint64_t kEstablishments = 3000;
    enum class Level { Accessible, Medium, Demanding };

    std::uint64_t planned = 0;    // establishments the full scenario generates
    std::uint64_t generated = 0;  // establishments of the preview market
    MarketStatistics statistics;  // of the preview market
    double trapShare = 0;         // injected defects / prospect lines
    double openShare = 0;         // companies whose health insurer is not the mutuelle
    double fullCompanies = 0;     // companies of the full market, extrapolated
    double objectiveRate = 0;     // new contracts / open companies of the full market
    int points = 0;               // 0 to 4
    Level level() const;

    // Thrown by compute() once `cancelled` answers true.
    struct Cancelled {};
    // The preview of a validated scenario; `cancelled` is polled after each chunk of the
    // generation. Throws Cancelled, or what the generator throws.
    static ScenarioPreview compute(const ReferenceData& reference, const Scenario& scenario,
                                   const std::function<bool()>& cancelled = {});
};

}  // namespace cmcsim
