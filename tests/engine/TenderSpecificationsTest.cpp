#include <gtest/gtest.h>

#include "TenderTestKit.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/tender/TenderAward.h"
#include "cmcsim/tender/TenderTruth.h"

using namespace cmcsim;
using namespace cmcsim::test;

// Issue 12, review findings 3 and 5: the specifications give the current provident contract as
// they give health's, and the award judges an offer on the covers the tender asks by each
// compliance rule's scope (not its label). On the tender fixture "ao-yvetot".
namespace {

const TenderTruth& yvetot() {
    static const auto t =
        TenderTruth::of(reference(), tenderScenario(), tenderMarket(), yvetotTender());
    return t;
}

std::string specifications(const TenderTruth& truth) {
    return DocumentText::render(TenderDocument::specifications(tenderScenario(), truth));
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

// The fixture's company has a provident contract (it employs cadres): its insurer, premium,
// guarantees (the market provident product of its level) and three years of loss history, the
// premium of each year being the monthly premium × employees × 12.
TEST(TenderSpecifications, TheCurrentProvidentIsGiven) {
    const auto& t = yvetot();
    ASSERT_FALSE(t.providentInsurer.empty());
    ASSERT_EQ(t.providentLosses.size(), 3u);
    EXPECT_NEAR(t.providentLosses[0].premium,
                t.providentMonthlyPremium * t.diagnosis.employees * 12, 1e-6);
    EXPECT_GT(t.providentLosses[0].benefits, 0);
    EXPECT_EQ(t.providentGuarantees.size(), 5u);
    const auto text = specifications(t);
    EXPECT_TRUE(contains(text, "Contrat de prévoyance actuel et sinistralité")) << text;
    EXPECT_TRUE(contains(text, t.providentInsurer));
    EXPECT_TRUE(contains(text, "Garanties de prévoyance actuelles"));
    EXPECT_TRUE(contains(text, "Capital décès toutes causes"));
    EXPECT_TRUE(contains(text, "Indemnités journalières d'incapacité"));
}

// Without a provident contract: stated when the tender covers provident, no section otherwise.
TEST(TenderSpecifications, NoProvidentContractIsStatedWhenAsked) {
    auto t = yvetot();
    t.providentInsurer.clear();
    t.providentGuarantees.clear();
    t.providentLosses.clear();
    EXPECT_FALSE(contains(specifications(t), "Contrat de prévoyance actuel"));
    t.tender.provident = true;
    const auto text = specifications(t);
    EXPECT_TRUE(contains(text, "Contrat de prévoyance actuel et sinistralité")) << text;
    EXPECT_TRUE(
        contains(text, "L'entreprise n'a pas de contrat collectif de prévoyance en cours."));
}

// A provident-only tender judges the offer on provident: the health rules (every employee with a
// complementary health cover) are out of its scope. The label rule kept them, and the offer
// without health was non-compliant (0 on the guarantees).
TEST(TenderSpecifications, TheAwardJudgesTheRulesInScope) {
    auto t = yvetot();
    t.tender.health = false;
    t.tender.provident = true;
    auto json = tenderOffer();
    json["categories"] = nlohmann::json::array(
        {{{"categorie", "ensemble"},
          {"prevoyance", {{"produit", "prev_cadres_150"}, {"part_employeur_pct", 100}}}}});
    const auto offer = Offer::fromJson(json.dump(), "offre", reference().offers);
    TenderDraft draft;
    const auto bid = TenderAward::candidateBid(reference(), tenderScenario(), t, offer, draft);
    for (const auto& breach : bid.breaches)
        EXPECT_FALSE(contains(breach, "complémentaire santé")) << breach;
    // The same offer on a health tender breaks the health rule.
    t.tender.health = true;
    const auto health = TenderAward::candidateBid(reference(), tenderScenario(), t, offer, draft);
    bool everyone = false;
    for (const auto& breach : health.breaches)
        everyone = everyone || contains(breach, "complémentaire santé collective");
    EXPECT_TRUE(everyone);
}
