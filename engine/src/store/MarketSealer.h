#pragma once

#include <vector>

#include "BlockSealer.h"
#include "EncodedMarket.h"

namespace cmcsim {

// Seals the encoded rows of the market tables, chunk after chunk, into their format-3 digests
// (AttemptDigest): on whichever thread encodes them, so that the writer only binds.
class MarketSealer {
public:
    MarketSealer();
    // Hashes the rows of `rows`, in the order they are written.
    void seal(const EncodedMarket& rows);
    // The digests of competitor, prescriber, company, establishment, census, prospect, defect.
    std::vector<TableDigest> finish();

private:
    std::vector<BlockSealer> sealers_;  // one per market table
};

}  // namespace cmcsim
