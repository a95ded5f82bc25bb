#include <gtest/gtest.h>

#include <algorithm>

#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/prospects/ProspectView.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const ProspectView& rouenView() {
    static const ProspectView view(rouenMarket(), reference(), Knowledge{});
    return view;
}

TEST(ProspectView, EmptyFilterKeepsEveryLineInFileOrder) {
    const auto lines = rouenView().filter({});
    ASSERT_EQ(lines.size(), rouenMarket().prospects.size());
    EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));
}

TEST(ProspectView, CriteriaOfOneKindOrAndOfDifferentKindsAnd) {
    const auto& ref = reference();
    ProspectFilter construction;
    construction.sections = {"F"};
    ProspectFilter constructionOrHotels;
    constructionOrHotels.sections = {"F", "I"};
    ProspectFilter smallConstruction = construction;
    smallConstruction.sizeBands = {"01", "02"};
    const auto f = rouenView().filter(construction);
    const auto fi = rouenView().filter(constructionOrHotels);
    const auto small = rouenView().filter(smallConstruction);
    EXPECT_GT(f.size(), 0u);
    EXPECT_GT(fi.size(), f.size());
    EXPECT_LT(small.size(), f.size());
    for (const auto i : small) {
        const auto& row = rouenView().rows()[i];
        EXPECT_EQ(ref.naf.codes()[row.naf].section, 'F');
        const auto& band = ref.sizes.insee()[row.sizeBand].code;
        EXPECT_TRUE(band == "01" || band == "02") << band;
    }
}

TEST(ProspectView, TextSearchIgnoresCaseAndAccentsAndFindsSirets) {
    const auto& row = rouenView().rows()[42];
    ProspectFilter bySiret;
    bySiret.text = siret::formatSiret(row.siret);
    const auto found = rouenView().filter(bySiret);
    EXPECT_NE(std::find(found.begin(), found.end(), 42u), found.end());
    ProspectFilter byName;
    byName.text = *row.name;
    std::transform(byName.text.begin(), byName.text.end(), byName.text.begin(), [](char c) {
        return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    });
    const auto named = rouenView().filter(byName);
    EXPECT_NE(std::find(named.begin(), named.end(), 42u), named.end()) << byName.text;
}

TEST(ProspectView, AroundACommuneKeepsLinesWithinTheRadius) {
    const auto& geo = reference().geography;
    ProspectFilter around;
    around.aroundCommune = "76540";  // Rouen
    around.radiusKm = 5;
    const auto lines = rouenView().filter(around);
    ASSERT_GT(lines.size(), 0u);
    const auto& rouen = geo.communes()[*geo.communeIndex("76540")];
    for (const auto i : lines)
        EXPECT_LE(Geography::distanceKm(rouen, geo.communes()[rouenView().rows()[i].commune]), 5.0);
    ProspectFilter wider = around;
    wider.radiusKm = 15;
    EXPECT_GT(rouenView().filter(wider).size(), lines.size());
}

TEST(ProspectView, CoverCriteriaNeedTheStudy) {
    ProspectFilter byInsurer;
    byInsurer.insurers = {"mutuelle"};
    EXPECT_TRUE(rouenView().filter(byInsurer).empty()) << "nothing is known before the study";
    Knowledge knowledge;
    knowledge.insurers = true;
    const ProspectView informed(rouenMarket(), reference(), knowledge);
    const auto clients = informed.filter(byInsurer);
    ASSERT_FALSE(clients.empty());
    for (const auto i : clients) EXPECT_EQ(informed.rows()[i].insurer, 0);
    ProspectFilter january;
    january.renewalFrom = Date::fromCivil(2027, 1, 1);
    january.renewalTo = Date::fromCivil(2027, 1, 31);
    for (const auto i : informed.filter(january)) EXPECT_EQ(informed.rows()[i].renewal.month(), 1u);
}

TEST(ProspectView, VerificationShowsTheTruth) {
    const auto& market = rouenMarket();
    const auto stale =
        std::find_if(market.defects.begin(), market.defects.end(),
                     [](const Defect& d) { return d.kind == DefectKind::StaleHeadcount; });
    ASSERT_NE(stale, market.defects.end());
    Knowledge knowledge;
    knowledge.verified.assign(market.prospects.size(), 0);
    knowledge.verified[stale->record] = 1;
    ProspectView view(market, reference(), Knowledge{});
    EXPECT_EQ(view.rows()[stale->record].headcount, market.prospects[stale->record].headcount);
    view.apply(knowledge);
    const auto& truth = market.establishments[market.prospects[stale->record].establishment];
    EXPECT_EQ(view.rows()[stale->record].headcount, truth.headcount);
    EXPECT_TRUE(view.rows()[stale->record].verified);
}

TEST(ProspectView, SortsEachColumnBothWays) {
    auto lines = rouenView().filter({});
    rouenView().sort(lines, ProspectColumn::Headcount, true);
    for (std::size_t i = 1; i < lines.size(); ++i)
        ASSERT_LE(rouenView().rows()[lines[i - 1]].headcount,
                  rouenView().rows()[lines[i]].headcount);
    rouenView().sort(lines, ProspectColumn::Name, false);
    for (std::size_t i = 1; i < lines.size(); ++i)
        ASSERT_GE(rouenView().rows()[lines[i - 1]].searchKey,
                  rouenView().rows()[lines[i]].searchKey);
    EXPECT_EQ(lines.size(), rouenMarket().prospects.size());
}

TEST(ProspectFilter, JsonRoundTripAndErrors) {
    ProspectFilter f;
    f.sections = {"F"};
    f.aroundCommune = "76540";
    f.radiusKm = 12.5;
    f.renewalFrom = Date::fromCivil(2027, 1, 1);
    f.coverageLevels = {2, 3};
    f.text = "boulangerie";
    std::vector<Problem> problems;
    const auto back = ProspectFilter::fromJson(f.toJson(), problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(back.toJson(), f.toJson());
    ProspectFilter::fromJson(
        nlohmann::json{{"niveaux", {7}}, {"couleur", "bleu"}, {"echeance_du", "2027-13-01"}},
        problems);
    EXPECT_EQ(problems.size(), 3u);
}

}  // namespace
