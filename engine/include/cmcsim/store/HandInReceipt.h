#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "cmcsim/attempt/Journal.h"

namespace cmcsim {

// The check of an attempt file against the receipt given at its hand-in (docs/attempt-format.md,
// "What the file alone cannot prove"). Nothing inside a file can prove its own end: deleting the
// last journal entries, hand-in included, leaves a valid hash chain. The receipt, kept outside the
// file (by the candidate, in the trainer's register or in an evaluation file), is the hash of the
// last entry: a file whose journal does not end on the hand-in with that hash is refused.
struct HandInReceipt {
    enum class Outcome {
        Matches,      // the journal ends on the hand-in of this receipt
        Unreadable,   // what was typed cannot be a receipt (Journal::normaliseReceipt)
        NotHandedIn,  // no hand-in at the end: entries were removed, or another file
        Differs       // another hand-in: entries removed then handed in again, or another file
    };
    Outcome outcome = Outcome::Unreadable;
    std::string receipt;  // the typed receipt, normalised (empty when unreadable)
    std::string message;  // in French: what was proved, or why the file is refused

    bool matches() const { return outcome == Outcome::Matches; }

    // Compares `typed` with the hand-in that ends `journal`.
    static HandInReceipt check(const std::string& typed, const std::vector<JournalEntry>& journal);
    // check(), throwing its message as an InputError naming `file` unless it matches.
    static void require(const std::string& typed, const std::vector<JournalEntry>& journal,
                        const std::filesystem::path& file);
};

}  // namespace cmcsim
