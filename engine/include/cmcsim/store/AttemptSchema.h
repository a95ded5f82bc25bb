#pragma once

#include <filesystem>
#include <functional>

namespace cmcsim {

class Database;

// The layout of an attempt file (.cmc): its SQL schema, version and migrations
// (docs/attempt-format.md). The application id marks a SQLite file as a cmcsim attempt.
struct AttemptSchema {
    // 2: the first journal entry seals every table; 3: the indexes of the one-company reads and
    // the seal's blocks of 2048 rows.
    static constexpr int kVersion = 3;
    static constexpr int kApplicationId = 0x434D4353;  // "CMCS"

    // Creates every table and index of the current version in an empty database.
    static void create(Database& db);
    // The tables only, in a new temporary file written in one go and renamed only when
    // complete: no rollback journal, no sync, a large cache. Once the rows are written,
    // finishBulkWrite creates the indexes (cheaper than maintaining them row by row).
    static void createForBulkWrite(Database& db);
    static void finishBulkWrite(Database& db);
    // Checks a file before SQLite opens it: exists, is SQLite, is not truncated.
    static void checkFile(const std::filesystem::path& path);
    static int version(Database& db);  // PRAGMA user_version
    // Checks the application id and version of an open file; returns its version.
    static int checkDatabase(Database& db);
    // Brings an older file up to kVersion inside one transaction, in which `inTransaction`
    // then runs (AttemptSession seals the migrated tables there); nothing when it is current.
    static void migrate(Database& db, const std::function<void()>& inTransaction = {});
};

}  // namespace cmcsim
