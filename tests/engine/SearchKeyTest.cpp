#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/core/TextFold.h"
#include "cmcsim/core/TextQuery.h"
#include "cmcsim/prospects/ProspectView.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// The lines whose old search key (folded name, a space, the SIRET's 14 digits) held every word.
std::vector<std::uint32_t> byOldKey(const Market& market, const std::string& text) {
    const TextQuery query(text);
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i) {
        const auto& listed = market.prospects[i];
        if (query.matches(foldText(listed.name) + ' ' + siret::formatSiret(listed.siret)))
            out.push_back(i);
    }
    return out;
}

TEST(TextQuery, EachWordInEitherPartIsTheMatchOfBothJoined) {
    const TextQuery query("Guérin 903");
    EXPECT_TRUE(query.matches("hotel guerin", "90397095200011"));
    EXPECT_FALSE(query.matches("hotel guerin", "11111111111111"));  // no "903"
    EXPECT_FALSE(query.matches("hotel", "90397095200011"));         // no "guerin"
    for (const auto& [a, b] : std::vector<std::pair<std::string, std::string>>{
             {"hotel guerin", "90397095200011"}, {"", "903"}, {"guerin 903", ""}, {"", ""}})
        for (const auto* text : {"guerin 903", "n 9", "903970952 00011", "", "hotel 1"})
            EXPECT_EQ(TextQuery(text).matches(a, b), TextQuery(text).matches(a + ' ' + b))
                << text << " in " << a << " | " << b;
}

TEST(ProspectView, SearchKeysAreBuiltAtTheFirstTextSearch) {
    const auto& market = rouenMarket();
    const ProspectView view(market, reference(), Knowledge{});
    for (const auto& row : view.rows()) ASSERT_EQ(std::string_view(row.searchKey), "");
    ProspectFilter f;
    f.text = "sarl";
    EXPECT_FALSE(view.filter(f).empty());
    for (std::uint32_t i = 0; i < market.prospects.size(); ++i)
        ASSERT_EQ(std::string_view(view.rows()[i].searchKey), foldText(market.prospects[i].name))
            << "line " << i;
}

TEST(ProspectView, TextSearchFindsWhatTheKeyWithTheSiretFound) {
    const auto& market = rouenMarket();
    const ProspectView view(market, reference(), Knowledge{});
    const auto& row = view.rows()[42];
    const auto siren = siret::formatSiren(row.siret / 100000);
    // Words of the name, of the SIRET, of both; digits that are in names too ("2000").
    for (const auto& text : {std::string("boulangerie"), siren, "sarl " + siren.substr(0, 3),
                             std::string("0001 e"), std::string("2000"), std::string("e 1")}) {
        ProspectFilter f;
        f.text = text;
        EXPECT_EQ(view.filter(f), byOldKey(market, text)) << text;
    }
    ProspectFilter own;
    own.text = siren;
    const auto found = view.filter(own);
    EXPECT_NE(std::find(found.begin(), found.end(), 42u), found.end());
}

TEST(ProspectView, SortsByNameThenSiret) {
    const ProspectView view(rouenMarket(), reference(), Knowledge{});
    auto lines = view.filter({});
    view.sort(lines, ProspectColumn::Name, true);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto& a = view.rows()[lines[i - 1]];
        const auto& b = view.rows()[lines[i]];
        ASSERT_LE(std::pair(a.searchKey, a.siret), std::pair(b.searchKey, b.siret)) << i;
    }
    EXPECT_NE(std::string_view(view.rows()[lines.front()].searchKey),
              std::string_view(view.rows()[lines.back()].searchKey));
}

}  // namespace
