#pragma once

#include <memory>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/store/LoadProgress.h"
#include "cmcsim/store/MarketParts.h"

namespace cmcsim {

class Database;
class MarketEncoder;
class MarketSealer;
struct EncodedMarket;
struct ReferenceData;
struct TableDigest;

// Writes a market into an attempt file chunk by chunk, with prepared statements, inside the
// caller's transaction, and seals the rows as it binds them (AttemptDigest, format 3): nothing
// is read back to seal a new file.
class MarketWriter {
public:
    MarketWriter(Database& db, const ReferenceData& reference);
    ~MarketWriter();
    // Writes the rows of `chunk`; its indices are global (they count the rows written before).
    void write(const Market& chunk);
    // Writes rows a MarketEncoder encoded (on any thread), in the order they were encoded.
    void write(const EncodedMarket& rows);
    // Writes them without sealing them: the caller seals them (MarketSealer, on its thread).
    void insert(const EncodedMarket& rows);
    // The format-3 digests of the market tables written with write() (competitor, prescriber,
    // company, establishment, census, prospect, defect); once, at the end.
    std::vector<TableDigest> finish();

private:
    struct Statements;
    std::unique_ptr<Statements> statements_;
    std::unique_ptr<MarketEncoder> encoder_;  // for write(const Market&)
    std::unique_ptr<EncodedMarket> encoded_;
    std::unique_ptr<MarketSealer> sealer_;
};

// Reads the whole market of an attempt file back into memory; `progress`, when given, hears of
// the rows read of each large table (kLoadCompanies … kLoadDefects) and may throw to stop. The
// prospect lines are read on a second thread and read-only connection to `db`'s file while the
// companies and establishments are read; errors are those of reading the tables one by one.
// `parts` leaves the contacts or the census cells in the file (neither read nor validated:
// MarketDetails reads and validates them by id).
Market readMarket(Database& db, const ReferenceData& reference, const LoadProgress& progress = {},
                  MarketParts parts = {});

}  // namespace cmcsim
