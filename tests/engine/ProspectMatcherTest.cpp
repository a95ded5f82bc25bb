#include <gtest/gtest.h>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/attempt/ProspectDirectory.h"
#include "cmcsim/prospects/ProspectMatcher.h"
#include "cmcsim/prospects/ProspectView.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// One filter per kind of criterion and some combined: what segments and saved filters hold.
std::vector<ProspectFilter> filtersOfEveryKind() {
    std::vector<ProspectFilter> filters(13);
    filters[1].sections = {"F", "I"};
    filters[1].sizeBands = {"01", "02", "11"};
    filters[2].divisions = {"56"};
    filters[2].departements = {"76"};
    filters[3].aroundCommune = "76540";  // Rouen, 8 km around
    filters[3].radiusKm = 8;
    filters[4].idcc = {"1979", "0000"};
    filters[5].insurers = {"mutuelle", "aucun"};
    filters[6].renewalFrom = Date::fromCivil(2027, 1, 1);
    filters[6].renewalTo = Date::fromCivil(2027, 3, 31);
    filters[6].coverageLevels = {1, 2};
    filters[7].text = "boulangerie";
    filters[8].verified = true;
    filters[9].flagged = true;
    filters[9].noted = false;
    filters[10].tags = {"chaud"};
    filters[11].verified = false;
    filters[11].sections = {"Q"};
    filters[12].communes = {"76540", "76351"};
    return filters;
}

// Some lines verified, noted, flagged and tagged: each mark criterion selects some lines.
ProspectMarks someMarks(std::uint32_t lines) {
    ProspectMarks marks;
    marks.bits.assign(lines, 0);
    for (std::uint32_t i = 0; i < lines; i += 7) marks.bits[i] |= ProspectMarks::kFlagged;
    for (std::uint32_t i = 0; i < lines; i += 11) marks.bits[i] |= ProspectMarks::kNoted;
    for (std::uint32_t i = 3; i < lines; i += 13) marks.tags[i] = {"chaud"};
    return marks;
}

TEST(ProspectMatcher, SelectsTheSameLinesAsTheViewForEveryKnowledge) {
    // The reference is ProspectView::filter itself: every filter, under four states of knowledge
    // (nothing, a study bought, some lines verified, the evaluator's), selects the same lines in
    // the same order.
    const auto& market = rouenMarket();
    const auto lines = static_cast<std::uint32_t>(market.prospects.size());
    const auto filters = filtersOfEveryKind();
    const auto marks = someMarks(lines);
    Knowledge nothing;
    Knowledge study;
    study.insurers = true;
    study.portfolio = true;
    Knowledge verified;
    verified.verified.assign(lines, 0);
    for (std::uint32_t i = 0; i < lines; i += 5) verified.verified[i] = 1;
    verified.prescribers = true;
    for (const auto& knowledge : {nothing, study, verified, Knowledge::everything(market)}) {
        ProspectView view(market, reference(), knowledge);
        view.setMarks(marks);
        const auto selected =
            ProspectMatcher::select(market, reference(), knowledge, marks, filters);
        ASSERT_EQ(selected.size(), filters.size());
        std::size_t nonEmpty = 0;
        for (std::size_t f = 0; f < filters.size(); ++f) {
            EXPECT_EQ(selected[f], view.filter(filters[f])) << filters[f].toJson().dump();
            nonEmpty += selected[f].empty() ? 0u : 1u;
        }
        // Not a comparison of empty lists: most filters select lines (cover criteria need the
        // study, verified lines need verifications).
        EXPECT_GE(nonEmpty, 8u);
    }
}

TEST(ProspectDirectory, AnswersTheSameOnceItsSiretsAreIndexed) {
    // The first calls scan the file, the later ones read a sorted copy: both say a listed SIRET
    // is listed and an unlisted one is not (SIRETs of 14 digits never start with 99999999).
    const auto& market = rouenMarket();
    const auto directory = ProspectDirectory::over(market);
    for (int round = 0; round < 3; ++round)
        for (std::size_t i = 0; i < market.prospects.size(); i += market.prospects.size() / 5) {
            EXPECT_TRUE(directory->listsSiret(market.prospects[i].siret)) << round << ' ' << i;
            EXPECT_FALSE(directory->listsSiret(99999999900000ULL + i)) << round << ' ' << i;
        }
}

}  // namespace
