#pragma once

namespace cmcsim {

// Which parts of an attempt's market an open reads into memory. A part left out stays in the
// file: the prospect lines' contacts come back empty (MarketDetails reads them by id when they are
// shown), and the census cells are read by Market::census when asked (AttemptSession installs
// a FileCensus as Market::censusOnDemand; AttemptFile::open alone gives none). The studio leaves
// both out (about 400 MiB at national scale, docs/performance.md) and holds the lines as compact
// columns (`records`); the CLI, the assessors and every other reader read the whole market.
struct MarketParts {
    bool contacts = true;  // ProspectRecord::contact
    bool census = true;    // the census cells of each establishment (Market::censusCells)
    // Every ProspectRecord; false: the lines' listed values as compact columns (ProspectLines::
    // holdCompact: about 60 MiB instead of 430 at national scale), without contacts.
    bool records = true;

    bool whole() const { return contacts && census && records; }
};

}  // namespace cmcsim
