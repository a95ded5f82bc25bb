#include <gtest/gtest.h>

#include <algorithm>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/prospects/ProspectView.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const ProspectView& rouen() {
    static const ProspectView view(rouenMarket(), reference(), Knowledge{});
    return view;
}

// The lines of `view` a predicate keeps, counted by hand.
template <typename Keep>
std::vector<std::uint32_t> byHand(const ProspectView& view, Keep keep) {
    std::vector<std::uint32_t> out;
    for (std::uint32_t i = 0; i < view.rows().size(); ++i)
        if (keep(view.rows()[i])) out.push_back(i);
    return out;
}

ProspectFilter read(const std::string& json, std::vector<Problem>& problems) {
    return ProspectFilter::fromJson(nlohmann::json::parse(json), problems);
}

}  // namespace

// "HCR de 10 à 49 salariés": agreement 1979 (hotels, cafés, restaurants) and band 11 (10 to 19)
// or 12 (20 to 49).
TEST(ProspectFilter, SeveralValuesPerCriterionExpressHcrFrom10To49) {
    const auto& ref = reference();
    ProspectFilter hcr;
    hcr.idcc = {"1979"};
    hcr.sizeBands = {"11", "12"};
    const auto hcrIndex = static_cast<std::int16_t>(*ref.idcc.find("1979"));
    const auto expected = byHand(rouen(), [&](const ProspectRow& r) {
        const auto& band = ref.sizes.insee()[r.sizeBand].code;
        return r.idcc == hcrIndex && (band == "11" || band == "12");
    });
    ASSERT_GT(expected.size(), 0u) << "the Rouen zone has HCR establishments of 10 to 49";
    EXPECT_EQ(rouen().filter(hcr), expected);
    // Two départements and two sectors: OR within each, AND between them.
    ProspectFilter several;
    several.departements = {"76", "27"};
    several.sections = {"I", "F"};
    const auto both = byHand(rouen(), [&](const ProspectRow& r) {
        const auto& dep = ref.geography.communes()[r.commune].departement;
        const char section = ref.naf.codes()[r.naf].section;
        return (dep == "76" || dep == "27") && (section == 'I' || section == 'F');
    });
    EXPECT_EQ(rouen().filter(several), both);
    // Divisions from two sections: 43 (specialised construction) or 56 (restaurants).
    ProspectFilter divisions;
    divisions.divisions = {"43", "56"};
    EXPECT_EQ(rouen().filter(divisions), byHand(rouen(), [&](const ProspectRow& r) {
                  const auto& d = ref.naf.codes()[r.naf].division;
                  return d == "43" || d == "56";
              }));
}

TEST(ProspectFilter, SelectsOnTheCandidatesOwnMarks) {
    const auto& market = rouenMarket();
    Knowledge knowledge;
    knowledge.verified.assign(market.prospects.size(), 0);
    knowledge.verified[3] = knowledge.verified[7] = 1;
    ProspectView view(market, reference(), knowledge);
    ProspectMarks marks;
    marks.bits.assign(market.prospects.size(), 0);
    marks.bits[7] = ProspectMarks::kFlagged;
    marks.bits[9] = ProspectMarks::kFlagged | ProspectMarks::kNoted;
    marks.tags[9] = {"à rappeler"};
    marks.tags[11] = {"chaud", "à rappeler"};
    view.setMarks(marks);

    ProspectFilter verified;
    verified.verified = true;
    EXPECT_EQ(view.filter(verified), (std::vector<std::uint32_t>{3, 7}));
    verified.verified = false;
    EXPECT_EQ(view.filter(verified).size(), market.prospects.size() - 2);
    ProspectFilter flagged;
    flagged.flagged = true;
    EXPECT_EQ(view.filter(flagged), (std::vector<std::uint32_t>{7, 9}));
    flagged.verified = false;  // flagged but not verified
    EXPECT_EQ(view.filter(flagged), (std::vector<std::uint32_t>{9}));
    ProspectFilter noted;
    noted.noted = true;
    EXPECT_EQ(view.filter(noted), (std::vector<std::uint32_t>{9}));
    ProspectFilter tagged;
    tagged.tags = {"à rappeler"};
    EXPECT_EQ(view.filter(tagged), (std::vector<std::uint32_t>{9, 11}));
    tagged.tags = {"chaud", "froid"};
    EXPECT_EQ(view.filter(tagged), (std::vector<std::uint32_t>{11}));
    EXPECT_EQ(marks.allTags(), (std::set<std::string>{"chaud", "à rappeler"}));
}

TEST(ProspectFilter, TextSearchMatchesEveryWordIgnoringCaseAndAccents) {
    Market market = minimalMarket();
    market.prospects[4].name = "Guérin Hôtel";
    market.prospects[6].name = "Cœur de Pâtisserie";
    const ProspectView view(market, reference(), Knowledge{});
    const auto find = [&view](const std::string& text) {
        ProspectFilter f;
        f.text = text;
        return view.filter(f);
    };
    EXPECT_EQ(find("guerin"), (std::vector<std::uint32_t>{4}));
    EXPECT_EQ(find("HOTEL GUÉRIN"), (std::vector<std::uint32_t>{4}));
    EXPECT_EQ(find("coeur patisserie"), (std::vector<std::uint32_t>{6}));
    EXPECT_EQ(find("guerin coeur"), (std::vector<std::uint32_t>{}));
    // A SIRET typed in groups, as printed on documents.
    const auto siret = siret::formatSiret(market.prospects[4].siret);
    const auto grouped = siret.substr(0, 3) + " " + siret.substr(3, 3) + " " + siret.substr(6, 3) +
                         " " + siret.substr(9);
    const auto found = find(grouped);
    EXPECT_NE(std::find(found.begin(), found.end(), 4u), found.end()) << grouped;
}

TEST(ProspectFilter, NewCriteriaRoundTripThroughJson) {
    ProspectFilter f;
    f.idcc = {"1979"};
    f.sizeBands = {"11", "12"};
    f.verified = false;
    f.flagged = true;
    f.noted = false;
    f.tags = {"chaud", "à rappeler"};
    const auto json = f.toJson();
    EXPECT_EQ(json.at("verifiee"), false);
    EXPECT_EQ(json.at("signalee"), true);
    EXPECT_EQ(json.at("etiquettes"), (nlohmann::json{"chaud", "à rappeler"}));
    std::vector<Problem> problems;
    const auto back = ProspectFilter::fromJson(json, problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(back.toJson(), json);
    EXPECT_FALSE(back.empty());
    ProspectFilter onlyMarks;
    onlyMarks.noted = true;
    EXPECT_FALSE(onlyMarks.empty());
    ProspectFilter::fromJson(nlohmann::json{{"verifiee", "oui"}, {"etiquettes", {1}}}, problems);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].where, "$.verifiee");
}

// Filters saved by the studio before multi-value criteria (one value each, in a list or, in hand-
// written files, alone) still load, from journal entries and from segments.
TEST(ProspectFilter, OlderSingleValueFiltersStillLoad) {
    std::vector<Problem> problems;
    const auto listed =
        read(R"({"sections":["I"],"tranches":["11"],"idcc":["1979"],"departements":["76"],)"
             R"("assureurs":["mutuelle"],"niveaux":[2],"texte":"hôtel"})",
             problems);
    const auto single = read(R"({"sections":"I","tranches":"11","idcc":"1979","departements":"76",)"
                             R"("assureurs":"mutuelle","niveaux":2,"texte":"hôtel"})",
                             problems);
    EXPECT_TRUE(problems.empty()) << problems.front().where << " " << problems.front().what;
    EXPECT_EQ(single.toJson(), listed.toJson());
    EXPECT_EQ(single.sections, (std::vector<std::string>{"I"}));
    EXPECT_EQ(single.coverageLevels, (std::vector<int>{2}));
    EXPECT_FALSE(single.verified.has_value());
    EXPECT_TRUE(single.tags.empty());
    const auto segment = Segment::fromJson(
        nlohmann::json::parse(
            R"({"id":"s1","nom":"HCR","filtre":{"idcc":"1979","tranches":["11"]},)"
            R"("qualification":"","etablissements":3,"salaries":40,)"
            R"("potentiel_eur":1000,"conversion":0.1})"),
        problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(segment.filter.idcc, (std::vector<std::string>{"1979"}));
    read(R"({"niveaux":9})", problems);
    EXPECT_EQ(problems.size(), 1u) << "a single level is still checked";
}
