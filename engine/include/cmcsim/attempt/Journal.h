#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"

namespace cmcsim {

// One command of an attempt's append-only journal, chained to the previous one by its hash.
struct JournalEntry {
    std::int64_t sequence = 0;
    Date simulatedDate;
    std::string wallTime;  // ISO 8601 UTC
    std::string kind;      // "epreuve.creee", …
    std::string payload;   // JSON
    std::string previousHash;
    std::string hash;  // SHA-256 hex of the previous hash and this entry's fields
};

// The rules of an attempt's journal: how an entry follows the previous one and how the hash
// chain is checked.
class Journal {
public:
    // The entry that follows `previous` (or opens the journal when null), stamped now.
    static JournalEntry next(const JournalEntry* previous, Date simulatedDate,
                             const std::string& kind, const std::string& payload);
    // The sequence number of the first entry whose hash does not match, if any.
    static std::optional<std::int64_t> firstBrokenLink(const std::vector<JournalEntry>& entries);
    static std::string hashOf(const JournalEntry& entry);
    // The receipt of a hand-in: the first 80 bits of the hash of the journal's last entry in
    // Crockford base 32, "XXXX-XXXX-XXXX-XXXX" (easy to read out and copy by hand).
    static std::string receiptCode(const std::string& hash);
    // A receipt as typed by a person, normalised (upper case, no spaces, O→0, I/L→1); nullopt if
    // it cannot be a receipt.
    static std::optional<std::string> normaliseReceipt(const std::string& typed);
};

}  // namespace cmcsim
