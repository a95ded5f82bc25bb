#include <gtest/gtest.h>

#include "TestAttempts.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptReader.h"

namespace cmcsim {

// `sqlite3 epreuve.cmc ANALYZE` writes the query planner's statistics (sqlite_stat1, and
// sqlite_stat4 where compiled in) into the file: they are not data of the attempt, so the file
// stays intact (it was refused as "altérée", table schema). Any other added table still is.
TEST(AttemptAnalyze, StatisticsTablesDoNotAlterAnAttempt) {
    test::TempDir dir;
    const auto file = test::createMinimal(dir);
    test::rawSql(file, "ANALYZE");
    EXPECT_NO_THROW(AttemptFile::open(file, test::reference()));
    {
        AttemptReader reader(file, test::reference());
        EXPECT_NO_THROW(reader.verifyTables());
    }
    test::rawSql(file, "CREATE TABLE notes (x)");
    const auto p = test::openProblem(file);
    EXPECT_TRUE(test::contains(p.what, "épreuve altérée : table schema")) << p.what;
}

}  // namespace cmcsim
