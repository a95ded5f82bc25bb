#pragma once

namespace cmcsim {

// Which parts of an attempt's market an open reads into memory. A part left out stays in the
// file: the prospect lines' contacts come back empty and the establishments without census cells
// (Market::census gives none); MarketDetails reads them by id when they are shown. The studio
// leaves them out (about 650 MiB at national scale, docs/performance.md); the CLI, the assessors
// and every other reader read the whole market.
struct MarketParts {
    bool contacts = true;  // ProspectRecord::contact
    bool census = true;    // the census cells of each establishment (Market::censusCells)

    bool whole() const { return contacts && census; }
};

}  // namespace cmcsim
