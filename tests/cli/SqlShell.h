#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

namespace cmcsim::test {

// Runs SQL on a file as a user with the sqlite3 shell would (no cmcsim code involved).
inline void sqlShell(const std::string& file, const std::string& statement) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
}

}  // namespace cmcsim::test
