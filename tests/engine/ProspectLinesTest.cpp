// The prospect lines of a market read for the studio (MarketParts::records false, issue 9 "the
// studio's peak memory"): compact columns that list the same values as the records, and the
// same candidate's view.
#include <gtest/gtest.h>

#include <tuple>

#include "TestAttempts.h"
#include "cmcsim/prospects/ProspectView.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {
// The listed values of a line, contact apart.
auto listed(const ListedLine& p) {
    return std::tie(p.establishment, p.siret, p.name, p.naf, p.headcount, p.sizeBand, p.commune,
                    p.idcc);
}

// An attempt of largerScenario() opened whole and as the studio opens it.
struct Opened {
    TempDir dir;
    std::filesystem::path file = createLarger(dir);
    Attempt whole = AttemptFile::open(file, reference());
    Attempt compact =
        AttemptFile::open(file, reference(), nullptr, {},
                          MarketParts{.contacts = false, .census = false, .records = false});
};
}  // namespace

TEST(ProspectLines, CompactLinesListTheRecordsValues) {
    const Opened opened;
    const auto& w = opened.whole.market();
    const auto& c = opened.compact.market();
    EXPECT_FALSE(w.prospects.compact());
    ASSERT_TRUE(c.prospects.compact());
    ASSERT_EQ(c.prospects.size(), w.prospects.size());
    // No record is held: the vector the lines derive from is empty.
    EXPECT_EQ(static_cast<const std::vector<ProspectRecord>&>(c.prospects).size(), 0u);
    std::size_t ownNames = 0;  // lines not listed under their company's name
    for (std::uint32_t i = 0; i < w.prospects.size(); ++i) {
        ASSERT_EQ(listed(c.prospects[i]), listed(w.prospects[i])) << "line " << i;
        EXPECT_TRUE(c.prospects[i].contact.name.empty() && c.prospects[i].contact.email.empty());
        const auto& company = w.companies[w.establishments[w.prospects[i].establishment].company];
        // The compact line refers to the company's own name rather than a copy of it.
        if (w.prospects[i].name == company.name)
            EXPECT_EQ(&c.prospects[i].name,
                      &c.companies[c.establishments[c.prospects[i].establishment].company].name);
        else
            ++ownNames;
    }
    EXPECT_GT(ownNames, 0u);  // the scenario's duplicates list a variant of the name
    // Iterating gives the lines indexing gives.
    std::uint32_t i = 0;
    for (const auto& p : c.prospects) ASSERT_EQ(&p.name, &c.prospects[i++].name);
    EXPECT_EQ(i, c.prospects.size());
    EXPECT_EQ(c.prospects.end() - c.prospects.begin(),
              static_cast<std::ptrdiff_t>(c.prospects.size()));
}

TEST(ProspectLines, TheCandidatesViewOfCompactLinesIsTheRecordsOne) {
    const Opened opened;
    const auto& w = opened.whole.market();
    const auto& c = opened.compact.market();
    for (const auto& knowledge : {Knowledge{}, Knowledge::everything(w)}) {
        const ProspectView whole(w, reference(), knowledge);
        const ProspectView compact(c, reference(), knowledge);
        ASSERT_EQ(compact.rows().size(), whole.rows().size());
        for (std::size_t r = 0; r < whole.rows().size(); ++r) {
            const auto& a = whole.rows()[r];
            const auto& b = compact.rows()[r];
            ASSERT_EQ(std::tie(*b.name, b.searchKey, b.siret, b.naf, b.idcc, b.headcount,
                               b.sizeBand, b.commune, b.insurer, b.verified, b.closed),
                      std::tie(*a.name, a.searchKey, a.siret, a.naf, a.idcc, a.headcount,
                               a.sizeBand, a.commune, a.insurer, a.verified, a.closed))
                << "line " << r;
        }
    }
}
