#pragma once

#include <memory>

#include "cmcsim/market/Market.h"
#include "cmcsim/store/LoadProgress.h"

namespace cmcsim {

class Database;
struct ReferenceData;

// Writes a market into an attempt file chunk by chunk, with prepared statements, inside the
// caller's transaction.
class MarketWriter {
public:
    MarketWriter(Database& db, const ReferenceData& reference);
    ~MarketWriter();
    // Writes the rows of `chunk`; its indices are global (they count the rows written before).
    void write(const Market& chunk);

private:
    struct Statements;
    const ReferenceData& reference_;
    std::unique_ptr<Statements> statements_;
    std::uint32_t companies_ = 0, establishments_ = 0, prospects_ = 0, defects_ = 0,
                  prescribers_ = 0;
};

// Reads the whole market of an attempt file back into memory; `progress`, when given, hears of
// the rows read of each large table (kLoadCompanies … kLoadDefects) and may throw to stop.
Market readMarket(Database& db, const ReferenceData& reference, const LoadProgress& progress = {});

}  // namespace cmcsim
