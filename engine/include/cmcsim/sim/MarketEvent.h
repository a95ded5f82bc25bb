#pragma once

#include <cstdint>
#include <string>

#include "cmcsim/core/Date.h"

namespace cmcsim {

// The kinds of market-watch (veille) events the weeks generate (issue 11 §3).
enum class MarketEventKind : std::uint8_t {
    ThresholdCrossing,   // franchissement_seuil: a company crosses 11 or 50 employees
    CompetitorRateRise,  // hausse_concurrent: a competitor announces its indexation
    NextYearPass,        // pass: the next year's PASS is published
    ResignationNotice,   // preavis_resiliation: a client of the mutuelle sends its notice
    ClaimsDrift          // derive_sinistralite: a portfolio contract's claims drift
};
constexpr MarketEventKind kLastMarketEventKind = MarketEventKind::ClaimsDrift;
const char* marketEventCode(MarketEventKind kind);   // "franchissement_seuil" …
const char* marketEventLabel(MarketEventKind kind);  // "Franchissement de seuil" …

// A dated market-watch event, and whether it reached the candidate (through a source the
// candidate follows) and threatens the portfolio until something is done before `effective`.
struct MarketEvent {
    MarketEventKind kind = MarketEventKind::NextYearPass;
    Date date;
    int week = 0;
    std::int64_t company = -1;     // Market::companies index, -1 when none
    std::int32_t competitor = -1;  // Market::competitors index, -1 when none
    double value = 0;              // the rate rise (0.04), the new headcount threshold (11, 50)
    std::string text;              // French, as the candidate reads it
    std::string source;            // French: where it comes from
    bool reached = false;
    bool threat = false;  // a client at risk: lost at `effective` unless reviewed before
    Date effective;
    std::string scripted;  // the id of the scenario's "evenements" item, empty when generated
};

}  // namespace cmcsim
