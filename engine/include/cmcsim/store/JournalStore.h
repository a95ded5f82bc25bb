#pragma once

#include <vector>

#include "cmcsim/attempt/Journal.h"

namespace cmcsim {

class Database;

// Reads and appends the journal table of an attempt file.
struct JournalStore {
    static std::vector<JournalEntry> read(Database& db);
    // Inserts within the caller's transaction.
    static void append(Database& db, const JournalEntry& entry);
};

}  // namespace cmcsim
