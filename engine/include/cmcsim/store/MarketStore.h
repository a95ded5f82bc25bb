#pragma once

#include <memory>

#include "cmcsim/market/Market.h"

namespace cmcsim {

class Database;
class MarketEncoder;
struct EncodedMarket;
struct ReferenceData;

// Writes a market into an attempt file chunk by chunk, with prepared statements, inside the
// caller's transaction.
class MarketWriter {
public:
    MarketWriter(Database& db, const ReferenceData& reference);
    ~MarketWriter();
    // Writes the rows of `chunk`; its indices are global (they count the rows written before).
    void write(const Market& chunk);
    // Writes rows a MarketEncoder encoded (on any thread), in the order they were encoded.
    void write(const EncodedMarket& rows);

private:
    struct Statements;
    std::unique_ptr<Statements> statements_;
    std::unique_ptr<MarketEncoder> encoder_;  // for write(const Market&)
    std::unique_ptr<EncodedMarket> encoded_;
};

// Reads the whole market of an attempt file back into memory.
Market readMarket(Database& db, const ReferenceData& reference);

}  // namespace cmcsim
