#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "cmcsim/market/Market.h"
#include "cmcsim/prospects/Knowledge.h"
#include "cmcsim/store/ExtractCheck.h"

namespace cmcsim {

class AttemptReader;

// The rows of an attempt file that a one-company output (diagnosis, quote, proposal) reads, as a
// small Market with local indices, so that CandidateKnowledge, Diagnosis, OfferStudy and the
// reports run on it unchanged and give what they give on the whole market: the prospect lines
// listing a SIRET (or a SIREN), their companies with all their establishments and censuses, every
// line listed under those companies' SIRENs with its defects, the prescribers those companies
// name and every competitor. Lines, defects, companies and establishments keep the order of the
// file; competitors keep their ids. Reads through the file's indexes (prospect siret, siren;
// defect prospect_id) when it has them, by a scan otherwise; docs/architecture.md.
struct CompanyExtract {
    Market market;
    std::vector<std::uint32_t> lines;  // local line → its id in the file's prospect table

    // Reads the company of `siretOrSiren` (14 or 9 digits; anything else, or an identifier no
    // line lists, gives an extract without lines, which Diagnosis refuses with its own message).
    // Each row read is validated as readMarket does ("fichier endommagé : table T, ligne N, …",
    // N the row's id in the file); then every row read is checked against its sealed block
    // (AttemptReader::verifyRows: "épreuve altérée : table …"), as AttemptFile::open validates
    // every row before it compares the digests.
    static CompanyExtract read(AttemptReader& reader, std::string_view siretOrSiren);
    // The same, with the check against the seal left to `check`, running on a read-only
    // connection and a thread of its own from now on: what read() refuses before hashing a block
    // (a row outside the sealed ids) is refused at once, the rest by check.finish(), which the
    // caller calls before showing anything made of the extract (ExtractCheck::around). `reader`
    // must outlive the check and not be used by another thread meanwhile.
    static CompanyExtract read(AttemptReader& reader, std::string_view siretOrSiren,
                               ExtractCheck& check);

    // What `global` (per line of the whole prospect file, AttemptState::knowledge) says of the
    // extract's lines, indexed by local line.
    Knowledge knowledge(Knowledge global) const;
};

}  // namespace cmcsim
