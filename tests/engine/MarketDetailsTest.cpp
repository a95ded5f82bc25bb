// What the studio leaves in the attempt file (MarketParts) and reads by id when shown
// (MarketDetails): the same contacts and censuses as the whole market, and a row edited since
// the seal refused (issue 9, "the studio's peak memory").
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstring>

#include "TestAttempts.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/prospects/ProspectView.h"
#include "cmcsim/report/ProspectTable.h"
#include "cmcsim/store/MarketDetails.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {
bool sameCells(std::span<const CensusCell> a, std::span<const CensusCell> b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size_bytes()) == 0);
}

// An attempt of largerScenario() (more than two sealed blocks of each table) opened whole and as
// the studio opens it.
struct Opened {
    TempDir dir;
    std::filesystem::path file = createLarger(dir);
    Attempt whole = AttemptFile::open(file, reference());
    Attempt lean = AttemptFile::open(file, reference(), nullptr, {},
                                     MarketParts{.contacts = false, .census = false});
};
}  // namespace

TEST(MarketDetails, ReadsTheContactsAndCensusesAnOpenLeftInTheFile) {
    const Opened opened;
    const auto& file = opened.file;
    const auto& w = opened.whole.market();
    const auto& l = opened.lean.market();
    // The rest of the market is read as a whole open reads it.
    ASSERT_EQ(l.prospects.size(), w.prospects.size());
    ASSERT_EQ(l.establishments.size(), w.establishments.size());
    EXPECT_TRUE(l.censusCells.empty());
    EXPECT_FALSE(w.censusCells.empty());
    MarketDetails details(file, reference());
    std::size_t contacts = 0;
    for (std::uint32_t i = 0; i < w.prospects.size(); ++i) {
        EXPECT_EQ(l.prospects[i].name, w.prospects[i].name);
        EXPECT_TRUE(l.prospects[i].contact.name.empty() && l.prospects[i].contact.phone.empty());
        const auto read = details.contact(i);
        const auto& listed = w.prospects[i].contact;
        EXPECT_EQ(std::tie(read.name, read.role, read.phone, read.email),
                  std::tie(listed.name, listed.role, listed.phone, listed.email))
            << "line " << i;
        contacts += !listed.name.empty();
    }
    EXPECT_GT(contacts, w.prospects.size() / 2);  // most lines list a contact
    for (std::uint32_t e = 0; e < w.establishments.size(); ++e) {
        EXPECT_EQ(l.census(l.establishments[e]).size(), 0u);
        EXPECT_TRUE(sameCells(details.census(e), w.census(w.establishments[e])))
            << "establishment " << e;
    }
}

TEST(MarketDetails, GivesTheViewAndItsExportTheWholeMarketsContactsAndCensuses) {
    const Opened opened;
    const auto& file = opened.file;
    const auto& whole = opened.whole;
    const auto& lean = opened.lean;
    const auto everything = Knowledge::everything(whole.market());
    const ProspectView wholeView(whole.market(), reference(), everything);
    ProspectView leanView(lean.market(), reference(), everything);
    MarketDetails details(file, reference());
    leanView.setContactSource([&](std::uint32_t line) { return details.contact(line); });
    leanView.setCensusSource([&](std::uint32_t e) { return details.census(e); });
    std::vector<std::uint32_t> lines(whole.market().prospects.size());
    for (std::uint32_t i = 0; i < lines.size(); ++i) lines[i] = i;
    const ProspectTable wholeTable(reference(), wholeView, lines);
    const ProspectTable leanTable(reference(), leanView, lines);
    std::vector<std::string> a, b;
    for (std::uint32_t i = 0; i < lines.size(); ++i) {
        wholeTable.row(i, a);
        leanTable.row(i, b);
        ASSERT_EQ(a, b) << "line " << i;
        const auto census = leanView.knowledge().census(i);
        ASSERT_TRUE(census.has_value());
        EXPECT_TRUE(sameCells(*census, *wholeView.knowledge().census(i))) << "line " << i;
    }
}

TEST(MarketDetails, RefusesARowEditedSinceTheSeal) {
    TempDir dir;
    const auto file = createLarger(dir);
    rawSql(file, "UPDATE prospect SET phone = '01 99 00 00 00' WHERE id = 3");
    // 5 bytes: not a whole number of 12-byte cells.
    rawSql(file, "UPDATE census SET cells = X'0102030405' WHERE establishment_id = 7");
    MarketDetails details(file, reference());
    EXPECT_NO_THROW(details.contact(2'100));  // another sealed block of 2,048 lines
    auto problems = inputProblems([&] { details.contact(3); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what, "épreuve altérée : table prospect")) << problems[0].what;
    problems = inputProblems([&] { details.census(7); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what, "fichier endommagé : table census, ligne 8"))
        << problems[0].what;
    EXPECT_NO_THROW(details.census(2'100));
}
