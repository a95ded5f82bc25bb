#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "BlockSealer.h"
#include "cmcsim/market/Market.h"

namespace cmcsim {

struct ReferenceData;

// The rows of one market chunk, table by table, in RowEncoding: what MarketWriter binds.
struct EncodedMarket {
    enum Table { Competitor, Prescriber, Company, Establishment, Census, Prospect, Defect, kCount };
    static constexpr std::array<const char*, kCount> kNames = {
        "competitor", "prescriber", "company", "establishment", "census", "prospect", "defect"};
    std::array<std::string, kCount> rows;
};

// Turns generated market chunks into the rows of the attempt file's market tables, with the codes
// and numbers formatted as the file stores them (docs/attempt-format.md, "Tables"), and seals
// them block by block as it goes (AttemptDigest, format 3): nothing is read back to seal a new
// file. It runs on the generator's thread, leaving the writer only the binding.
class MarketEncoder {
public:
    explicit MarketEncoder(const ReferenceData& reference);
    // Replaces `out` with the rows of `chunk`, whose indices are global (they count the rows of
    // the chunks encoded before).
    void encode(const Market& chunk, EncodedMarket& out);
    // The format-3 digests of the market tables, in EncodedMarket's order; once, at the end.
    std::vector<TableDigest> finish();

private:
    void company(std::string& out, const Company& c, std::int64_t id) const;

    const ReferenceData& reference_;
    std::array<std::int64_t, EncodedMarket::kCount> next_{};  // the next id of each table
    std::vector<BlockSealer> sealers_;
};

}  // namespace cmcsim
