#pragma once

#include "cmcsim/market/Market.h"
#include "cmcsim/market/Portfolio.h"

namespace cmcsim {

// The mutuelle's portfolio read from the market's cover alone (every company whose health or
// provident insurer is the mutuelle, index 0: premium = monthly premium × headcount × 12, no
// loss-ratio history, no prescriber): what the weeks use when no portfolio was built.
Portfolio portfolioFromCover(const Market& market);

}  // namespace cmcsim
