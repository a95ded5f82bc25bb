#pragma once

#include <array>
#include <cstdint>
#include <string>

#include "EncodedMarket.h"
#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;

// Turns generated market chunks into the rows of the attempt file's market tables, with the codes
// and numbers formatted as the file stores them (docs/attempt-format.md, "Tables"): once per row,
// on the generator's thread, without allocating per row, so the writer only binds and seals.
class MarketEncoder {
public:
    explicit MarketEncoder(const ReferenceData& reference);
    // Replaces `out` with the rows of `chunk`, whose indices are global (they count the rows of
    // the chunks encoded before).
    void encode(const Market& chunk, EncodedMarket& out);

private:
    void company(std::string& out, const Company& c, std::int64_t id) const;

    const ReferenceData& reference_;
    std::array<std::int64_t, EncodedMarket::kCount> next_{};  // the next id of each table
};

}  // namespace cmcsim
