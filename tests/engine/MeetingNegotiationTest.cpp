#include <gtest/gtest.h>

#include <cmath>

#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingNegotiation.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/scenario/ScenarioLoader.h"

// Counter-proposals in a meeting ("rdv.contreproposition", issue 12 §2 negotiation): the
// mutuelle's delegation levels (datasets/parametres_rdv.csv: 5 % alone, 10 % with the manager's
// agreement that takes 60 minutes, refused beyond), the company's reaction and the discounted
// premium.
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
double parameter(const std::string& name) {
    return reference().meetings.parameter(name);
}

// A meeting with the first test company and an offer version 1 presented; needs with a budget
// of `budgetFactor` × the employer's monthly health cost of that offer.
struct Negotiation : MeetingJournal {
    explicit Negotiation(double budgetFactor = 1.25) {
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer("sante_essentiel")}});
        ok(cmd::kMeetingOpen, {{"siret", siret}});
        const auto fit = MeetingOfferFit::of(minimalMarket(), reference(), reference().meetings,
                                             needs(company, 1), siret, 1,
                                             state().offers().front().offer, Date());
        hidden = needs(company, fit.employerMonthly * budgetFactor);
        ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    }
    void counter(double pct, const std::string& counterpart = "") {
        nlohmann::json payload = {{"rdv", 1}, {"remise_pct", pct}};
        if (!counterpart.empty()) payload["contrepartie"] = counterpart;
        ok(cmd::kMeetingCounter, payload);
    }
    MeetingTranscript dialogue() const { return transcript(1, hidden); }
    std::uint32_t company = companyOf(line());
    std::string siret = siretOf(line());
    CompanyNeeds hidden;
};
}  // namespace

TEST(MeetingNegotiation, TheSellersOwnLimitAppliesTheDiscountToTheSignedPremium) {
    Negotiation j;
    j.counter(4);  // ≤ remise_conseiller (5 %)
    const auto t = j.dialogue();
    ASSERT_EQ(t.counters.size(), 1u);
    const auto& c = t.counters[0];
    EXPECT_EQ(c.level, "conseiller");
    EXPECT_TRUE(c.applied);
    ASSERT_TRUE(t.offer);
    EXPECT_DOUBLE_EQ(t.offer->discountPct, 4);
    // The premium the company would sign: the list premium less 4 %, to the cent.
    EXPECT_DOUBLE_EQ(t.offer->annualPremium,
                     std::round(t.offer->listAnnualPremium * 0.96 * 100) / 100);
    EXPECT_NEAR(t.offer->employerMonthly, t.offer->listEmployerMonthly * 0.96, 1e-9);
    // 10 minutes ± 20 % (bruit_minutes): no manager's agreement.
    EXPECT_LE(t.turns.back().minutes, parameter("minutes_contreproposition") * 1.2 + 0.5);
    EXPECT_EQ(t.turns.back().criterion, "B4.5.5");
}

TEST(MeetingNegotiation, AboveTheSellersLimitTheManagerAgreesAndItTakesTime) {
    Negotiation j;
    j.counter(8);  // 5 % < 8 % ≤ remise_direction (10 %)
    const auto t = j.dialogue();
    EXPECT_EQ(t.counters[0].level, "direction");
    EXPECT_TRUE(t.counters[0].applied);
    EXPECT_DOUBLE_EQ(t.offer->discountPct, 8);
    // (10 + 60) minutes ± 20 %.
    const double nominal =
        parameter("minutes_contreproposition") + parameter("minutes_accord_direction");
    EXPECT_GE(t.turns.back().minutes, nominal * 0.8 - 0.5);
    EXPECT_LE(t.turns.back().minutes, nominal * 1.2 + 0.5);
}

// A seller cannot commit the mutuelle beyond its policy: the journal refuses the proposal, the
// limits named, and nothing is discounted (found by testers: it cost −3 and showed a "contrepartie
// utile").
TEST(MeetingNegotiation, BeyondThePolicyTheProposalIsRefusedAndNothingIsDiscounted) {
    Negotiation j;
    const auto refused = j.run(cmd::kMeetingCounter,
                               {{"rdv", 1}, {"remise_pct", 15}, {"contrepartie", "engagement"}});
    ASSERT_FALSE(refused.empty());
    EXPECT_NE(refused.front().what.find("remise de 15 % refusée"), std::string::npos)
        << refused.front().what;
    EXPECT_NE(refused.front().what.find("plafonne à 10 %"), std::string::npos);
    const auto t = j.dialogue();
    EXPECT_TRUE(t.counters.empty());
    EXPECT_DOUBLE_EQ(t.offer->discountPct, 0);
    EXPECT_DOUBLE_EQ(t.offer->annualPremium, t.offer->listAnnualPremium);
}

TEST(MeetingNegotiation, ADiscountBringingTheOfferIntoTheBudgetIsWelcomed) {
    // Budget 0.9 × the cost: over budget beyond the 5 % tolerance (0.9 × 1.05 = 0.945 < 1);
    // 8 % off makes the cost 0.92 ≤ 0.945: within.
    Negotiation j(0.9);
    j.counter(8, "engagement");
    const auto t = j.dialogue();
    const auto& c = t.counters[0];
    EXPECT_TRUE(c.welcomed);
    EXPECT_FALSE(t.offer->overBudget);
    EXPECT_NE(t.turns.back().answer.find("nous rentrons dans notre budget"), std::string::npos);
    // The multi-product counterparts are the meeting's complementary products.
    Negotiation k;
    k.counter(3, "services");  // 0 % is no counter-proposal (MeetingLog)
    EXPECT_TRUE(k.dialogue().complementary.contains("services"));
}

TEST(MeetingNegotiation, TheCompanyReactsFromItsHiddenPriceSensitivityWithKeyedDraws) {
    // Sensitivity 1: always welcomed; 0: never (the draw is uniform in [0, 1)).
    Negotiation j;
    j.counter(3);
    j.hidden.priceSensitivity = 1;
    EXPECT_TRUE(j.dialogue().counters[0].welcomed);
    j.hidden.priceSensitivity = 0;
    const auto cold = j.dialogue();
    EXPECT_FALSE(cold.counters[0].welcomed);
    EXPECT_NE(cold.turns.back().answer.find("ce sont les garanties qui comptent"),
              std::string::npos);
    // Same journal, same needs: the same answer (keyed by seed, SIREN, discount and step).
    EXPECT_EQ(j.dialogue().toJson(), j.dialogue().toJson());
}

TEST(MeetingNegotiation, ACounterProposalNeedsAnOfferPresentedAndAValidDiscount) {
    MeetingJournal j;
    const auto siret = MeetingJournal::siretOf(MeetingJournal::line());
    j.ok(cmd::kMeetingOpen, {{"siret", siret}});
    const auto before = j.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 3}});
    ASSERT_FALSE(before.empty());
    EXPECT_NE(before[0].what.find("présentez d'abord une version d'offre"), std::string::npos);
    Negotiation k;
    EXPECT_FALSE(k.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 120}}).empty());
    EXPECT_FALSE(k.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", "5"}}).empty());
    EXPECT_FALSE(
        k.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 3}, {"contrepartie", "voyage"}})
            .empty());
    EXPECT_TRUE(k.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 3}}).empty());
}

TEST(MeetingNegotiation, TheScenarioOverridesTheDelegationLevels) {
    const auto defaults = MeetingNegotiation::defaults(reference().meetings);
    EXPECT_EQ(defaults.sellerPct, parameter("remise_conseiller"));
    EXPECT_EQ(defaults.levelOf(5), MeetingNegotiation::Level::Seller);
    EXPECT_EQ(defaults.levelOf(10), MeetingNegotiation::Level::Manager);
    EXPECT_EQ(defaults.levelOf(10.5), MeetingNegotiation::Level::Refused);
    auto json = nlohmann::json::parse(readFile(fixturePath("scenarios/minimal.json")));
    json["mutuelle"]["policy"]["negotiation"] = {
        {"seller_discount_pct", 2}, {"manager_discount_pct", 4}, {"manager_minutes", 30}};
    const auto scenario = ScenarioLoader(reference()).fromText(json.dump(), "t.json");
    const auto n = MeetingNegotiation::of(scenario.policy, reference().meetings);
    EXPECT_EQ(n.levelOf(3), MeetingNegotiation::Level::Manager);
    EXPECT_EQ(n.levelOf(5), MeetingNegotiation::Level::Refused);
    EXPECT_EQ(n.managerMinutes, 30);
    // Validated with JSON paths: the manager grants at least the seller's, known keys only.
    json["mutuelle"]["policy"]["negotiation"] = {
        {"seller_discount_pct", 6}, {"manager_discount_pct", 4}, {"remise", 3}};
    const auto problems =
        inputProblems([&] { ScenarioLoader(reference()).fromText(json.dump(), "t.json"); });
    std::string where;
    for (const auto& p : problems) where += p.where + " ; ";
    EXPECT_NE(where.find("$.mutuelle.policy.negotiation.manager_discount_pct"), std::string::npos)
        << where;
    EXPECT_NE(where.find("$.mutuelle.policy.negotiation.remise"), std::string::npos) << where;
}
