#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/attempt/Attempt.h"
#include "cmcsim/store/LoadProgress.h"
#include "cmcsim/store/MarketParts.h"
#include "cmcsim/store/TamperCheck.h"

namespace cmcsim {

struct ReferenceData;

// What to create an attempt from.
struct AttemptRequest {
    std::filesystem::path file;
    std::optional<std::uint64_t> seed;  // the scenario's when absent
    std::string candidate;
    bool overwrite = false;
};

// What a newly created attempt holds, counted while it was written.
struct AttemptSummary {
    std::uint64_t seed = 0;
    std::uint64_t establishments = 0, companies = 0, employees = 0, prescribers = 0, prospects = 0;
    std::string creationDigest;  // hash of the first journal entry, which seals every table
};

// What opening an attempt proved about its integrity (docs/attempt-format.md).
struct AttemptIntegrity {
    int formatVersion = 0;
    // Every table is sealed in the journal (from format 2; format 1 once opened for work).
    bool bound = false;
    std::int64_t bindingEntry = 0;  // the journal entry that seals the tables
    std::string creationDigest;     // hash of journal entry 1
    std::string headHash;           // hash of the last entry
    bool sealed = false;            // handed in: the last entry is "epreuve.remise"
    std::string receipt;            // Journal::receiptCode(headHash) when sealed
    std::string sealedAt;           // wall time of the hand-in
};

// The journal entry that seals an attempt's tables (docs/attempt-format.md, "Tamper evidence").
struct AttemptSeal {
    std::int64_t entry = 0;  // its sequence number
    int format = 2;          // the layout of its digests (AttemptDigest): its "format", else 2
    nlohmann::json digests;  // its "empreintes", as AttemptDigest::toJson writes them
};

// An attempt read whole while its tamper check may still run (AttemptFile::openForWork).
struct OpenedAttempt {
    Attempt attempt;
    AttemptIntegrity integrity;  // what opening proved so far: the tables are not compared yet
    std::unique_ptr<TamperCheck> check;
};

// Creates and reads attempt files (.cmc, docs/attempt-format.md).
struct AttemptFile {
    using Progress = std::function<void(std::uint64_t done, std::uint64_t total)>;

    static constexpr std::size_t kMaxCandidateBytes = 200;

    // Generates the market and writes a new attempt file atomically (a uniquely named
    // temporary file renamed at the end, OutputFile: a user's "X.cmc.tmp" is never touched);
    // generation and writing run on two threads. A failed write leaves nothing behind.
    static AttemptSummary create(const ReferenceData& reference, const Scenario& scenario,
                                 const AttemptRequest& request, const Progress& progress = {});
    // Why a candidate's name cannot be stored (ill-formed UTF-8, a control character, longer
    // than kMaxCandidateBytes), or nothing.
    static std::optional<std::string> candidateNameProblem(std::string_view name);
    // Loads an attempt file read-only; a foreign, truncated or newer file is an InputError and
    // is never modified.
    // Every row is validated ("fichier endommagé : table, ligne, attendu …"), the journal's hash
    // chain is checked, and the digests sealed in the journal are compared with the tables; a
    // difference is an InputError saying which table and rows changed. `integrity`, when given,
    // receives what was proved. `progress`, when given, hears of each step (LoadProgress.h) and
    // may throw to abandon the open. `parts` leaves contacts or census cells in the file
    // (readMarket); the tamper check still compares every table.
    static Attempt open(const std::filesystem::path& file, const ReferenceData& reference,
                        AttemptIntegrity* integrity = nullptr, const LoadProgress& progress = {},
                        MarketParts parts = {});
    // open() without waiting for the tamper check: every row is read and validated and the
    // journal checked, but the digests of the tables are still being computed on a thread of
    // their own when this returns (started once the rows are read, so that reading them has both
    // cores; open() starts it before); OpenedAttempt::check->finish() waits for them and throws
    // open()'s "épreuve altérée" InputError. Nothing may be written to the file before it has
    // succeeded.
    static OpenedAttempt openForWork(const std::filesystem::path& file,
                                     const ReferenceData& reference,
                                     const LoadProgress& progress = {}, MarketParts parts = {});
    // The entry whose digests the tables of a file of format `fileFormat` must match: the
    // creation, or the latest migration's "epreuve.liaison", once the journal was checked to
    // seal them no other way (an InputError on `file` says which entry breaks the rules);
    // nothing for a format-1 file never opened for work. The tables are not read: compare them
    // with AttemptDigest::compute, or, from format 3, one block with AttemptDigest::rangeDigest
    // (and the sealed blocks with digestOfBlocks).
    static std::optional<AttemptSeal> sealOf(const std::vector<JournalEntry>& journal,
                                             int fileFormat, const std::string& file);
};

}  // namespace cmcsim
