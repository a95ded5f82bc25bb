#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <regex>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptPreview.h"

using namespace cmcsim;
namespace fs = std::filesystem;

namespace {
fs::path createMinimal(const test::TempDir& dir) {
    const auto file = dir / "epreuve.cmc";
    AttemptRequest request;
    request.file = file;
    request.candidate = "Camille Martin";
    AttemptFile::create(test::reference(), test::minimalScenario(), request);
    return file;
}

void rawSql(const fs::path& file, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK);
}

std::string previewProblem(const fs::path& file) {
    const auto problems = test::inputProblems([&] { AttemptPreview::read(file); });
    return problems.size() == 1 ? problems.front().where + " : " + problems.front().what
                                : "no single problem";
}
}  // namespace

TEST(AttemptPreview, ShowsCandidateScenarioAndJournalDates) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    const auto before = test::readFile(file);
    const auto p = AttemptPreview::read(file);
    EXPECT_EQ(p.candidate, "Camille Martin");
    EXPECT_EQ(p.scenarioId, "minimal");
    EXPECT_EQ(p.scenarioTitle,
              "Scénario minimal de test");  // tests/fixtures/scenarios/minimal.json
    const std::regex iso(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)");
    EXPECT_TRUE(std::regex_match(p.created, iso)) << p.created;
    EXPECT_EQ(p.lastActivity, p.created);      // only the creation entry so far
    EXPECT_EQ(p.simulatedDate, "2026-01-05");  // minimal.json start_date
    EXPECT_EQ(p.entries, 1);
    EXPECT_EQ(test::readFile(file), before);  // read-only
}

TEST(AttemptPreview, LastActivityIsTheLastJournalEntry) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    // A later entry, as written by a command (the preview does not check the chain).
    rawSql(
        file,
        "INSERT INTO journal SELECT seq + 1, '2026-01-06', '2031-02-03T04:05:06Z', 'note', '{}', "
        "hash, hash FROM journal WHERE seq = 1");
    const auto p = AttemptPreview::read(file);
    EXPECT_EQ(p.lastActivity, "2031-02-03T04:05:06Z");
    EXPECT_EQ(p.simulatedDate, "2026-01-06");
    EXPECT_EQ(p.entries, 2);
}

TEST(AttemptPreview, MissingOrDamagedFileIsAnInputErrorNamingIt) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    EXPECT_NE(previewProblem(dir / "absent.cmc").find("absent.cmc"), std::string::npos);

    const auto half = dir / "moitie.cmc";
    fs::copy_file(file, half);
    fs::resize_file(half, fs::file_size(file) / 2);
    EXPECT_NE(previewProblem(half).find("moitie.cmc"), std::string::npos);

    const auto text = dir / "notes.cmc";
    test::writeFile(text, "pas une épreuve\n");
    EXPECT_NE(previewProblem(text).find("notes.cmc"), std::string::npos);

    rawSql(file, "DELETE FROM journal");
    EXPECT_NE(previewProblem(file).find("journal vide"), std::string::npos);
    rawSql(file, "DROP TABLE scenario");
    EXPECT_NE(previewProblem(file).find("epreuve.cmc"), std::string::npos);
}
