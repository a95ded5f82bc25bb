#pragma once

#include <filesystem>

namespace cmcsim {

class Database;

// The layout of an attempt file (.cmc): its SQL schema, version and migrations
// (docs/attempt-format.md). The application id marks a SQLite file as a cmcsim attempt.
struct AttemptSchema {
    static constexpr int kVersion = 2;  // 2: the first journal entry seals every table
    static constexpr int kApplicationId = 0x434D4353;  // "CMCS"

    // Creates every table of the current version in an empty database.
    static void create(Database& db);
    // The same in a new temporary file written in one go and renamed only when complete: no
    // rollback journal, no sync, a large cache.
    static void createForBulkWrite(Database& db);
    // Checks a file before SQLite opens it: exists, is SQLite, is not truncated.
    static void checkFile(const std::filesystem::path& path);
    static int version(Database& db);  // PRAGMA user_version
    // Checks the application id and version of an open file; returns its version.
    static int checkDatabase(Database& db);
    // Brings an older file up to kVersion inside one transaction.
    static void migrate(Database& db);
};

}  // namespace cmcsim
