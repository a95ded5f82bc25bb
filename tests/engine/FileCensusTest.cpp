// The studio's market holds no census cell: Market::census reads each census from the file when
// asked (AttemptSession with MarketParts::census false installs a FileCensus), the same cells as
// the whole market's, for the card, the evaluator's truth and the assessment alike (issue 9,
// "the studio's peak memory").
#include <gtest/gtest.h>

#include <cstring>

#include "TestAttempts.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/FileCensus.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {
bool sameCells(std::span<const CensusCell> a, std::span<const CensusCell> b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size_bytes()) == 0);
}

std::unique_ptr<AttemptSession> leanSession(const std::filesystem::path& file) {
    return std::make_unique<AttemptSession>(
        file, reference(), LoadProgress{}, AttemptSession::Access::ReadOnly,
        AttemptSession::Check::BeforeReady, MarketParts{.contacts = false, .census = false});
}
}  // namespace

TEST(FileCensus, TheSessionsMarketReadsEveryCensusFromTheFile) {
    TempDir dir;
    const auto file = createLarger(dir);
    const auto whole = AttemptFile::open(file, reference());
    const auto& w = whole.market();
    const auto session = leanSession(file);
    const auto& l = session->attempt().market();
    EXPECT_TRUE(l.censusCells.empty());
    ASSERT_EQ(l.establishments.size(), w.establishments.size());
    std::size_t withCells = 0;
    for (std::uint32_t e = 0; e < w.establishments.size(); ++e) {
        const auto cells = l.census(l.establishments[e]);
        EXPECT_TRUE(sameCells(cells, w.census(w.establishments[e]))) << "establishment " << e;
        withCells += !cells.empty();
    }
    EXPECT_GT(withCells, w.establishments.size() / 2);  // most establishments employ someone
}

TEST(FileCensus, ACensusEditedSinceTheSealComesBackEmpty) {
    TempDir dir;
    const auto file = createLarger(dir);
    const auto whole = AttemptFile::open(file, reference());
    const auto& w = whole.market();
    std::uint32_t edited = 0;  // the first establishment with cells
    while (w.census(w.establishments[edited]).empty()) ++edited;
    // 5 bytes: not a whole number of 12-byte cells (MarketDetails refuses it).
    rawSql(file, "UPDATE census SET cells = X'0102030405' WHERE establishment_id = " +
                     std::to_string(edited));
    const FileCensus census(file, reference());
    EXPECT_TRUE(census.cells(edited).empty());
    // Establishment 2,100 is in another sealed block of 2,048 rows: still read.
    EXPECT_TRUE(sameCells(census.cells(2'100), w.census(w.establishments[2'100])));
}
