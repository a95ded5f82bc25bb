#include <gtest/gtest.h>

#include "TenderTestKit.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Money.h"
#include "cmcsim/sim/Campaign.h"
#include "cmcsim/sim/Dashboard.h"
#include "cmcsim/sim/WeekReport.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

// An offer with every service of datasets/services.csv: the services score 0,5 + 8 × 0,05 = 0,9
// against Concurrent B's 0,7, which outweighs their price on the tender's weights (checked
// below, not assumed).
nlohmann::json winningOffer() {
    auto offer = tenderOffer();
    offer["services"] = {"tiers_payant",         "teleconsultation", "assistance",
                         "prevention",           "action_sociale",   "reseau_soins",
                         "appli_remboursements", "accompagnement_rh"};
    return offer;
}

// The top of the range with one service: priced far above the competitors, it loses.
nlohmann::json losingOffer() {
    return tenderOffer("sante_excellence");
}

// The fixture's tender answered completely with `offer` and submitted in week 1, then weeks 1 to
// `weeks` run (the award is week 5).
JournalBuilder answered(const nlohmann::json& offer, int weeks) {
    auto b = readTender();
    const auto siret = siret::formatSiret(yvetotTender().siret);
    EXPECT_TRUE(b.add(cmd::kSaveOffer, {{"siret", siret}, {"offre", offer}}).empty());
    EXPECT_TRUE(b.add(cmd::kTenderResponse, completeDraft(1)).empty());
    EXPECT_TRUE(b.add(cmd::kTenderSubmit, {{"ao", "ao-yvetot"}}).empty());
    for (int w = 1; w <= weeks; ++w) EXPECT_TRUE(b.add(cmd::kRunWeek, {{"semaine", w}}).empty());
    return b;
}

Campaign replay(const AttemptState& state) {
    return Campaign::replay(tenderScenario(), reference(), tenderMarket(), tenderScenario().seed,
                            state);
}

std::uint32_t companyOf(std::uint64_t siret) {
    for (const auto& e : tenderMarket().establishments)
        if (e.siret == siret) return e.company;
    ADD_FAILURE() << "SIRET absent";
    return 0;
}

}  // namespace

// A won tender makes the company a client at the end of the award week (5): one signature with
// the bid's premium, the contract in the portfolio from the offer's effective date (1 April 2026,
// after the award), the funnel's stage "signé" by "appel d'offres", the dashboard and the week's
// report following; nothing before week 5.
TEST(TenderSignings, AWonTenderMakesTheCompanyAClient) {
    const auto b = answered(winningOffer(), 5);
    const TenderDesk desk(reference(), tenderScenario(), tenderMarket(), b.state());
    const auto award = desk.award("ao-yvetot");
    ASSERT_TRUE(award);
    for (const auto& bid : award->ranking)
        if (bid.candidate) {
            EXPECT_EQ(bid.breaches, std::vector<std::string>{});
        }
    ASSERT_TRUE(award->candidateWon()) << "winner: " << award->winner().bidder;
    const auto wins = desk.wins();
    ASSERT_EQ(wins.size(), 1u);
    const auto company = companyOf(yvetotTender().siret);
    EXPECT_EQ(wins[0].company, company);
    EXPECT_EQ(wins[0].week, 5);
    EXPECT_EQ(wins[0].effective, Date::fromCivil(2026, 4, 1));
    EXPECT_EQ(wins[0].product, "sante_essentiel");
    EXPECT_EQ(wins[0].annualPremium, award->candidate()->annualPremium);

    const auto campaign = replay(b.state());
    ASSERT_EQ(campaign.weeks().size(), 5u);
    for (std::size_t w = 0; w < 4; ++w) EXPECT_TRUE(campaign.weeks()[w].tendersWon.empty()) << w;
    const auto& week5 = campaign.weeks()[4];
    ASSERT_EQ(week5.tendersWon, std::vector<std::uint32_t>{company});
    EXPECT_EQ(week5.signatures, 1);
    EXPECT_EQ(week5.premiumsSignedEur, Money::euros(wins[0].annualPremium).euros());
    EXPECT_TRUE(campaign.isClient(company));
    const auto contracts = campaign.portfolio().of(company);
    ASSERT_EQ(contracts.size(), 1u);
    EXPECT_EQ(contracts[0]->effective, Date::fromCivil(2026, 4, 1));
    EXPECT_EQ(contracts[0]->annualPremium, Money::euros(wins[0].annualPremium));
    EXPECT_EQ(campaign.progress().at(company).stage, FunnelStage::Signed);
    EXPECT_EQ(campaign.progress().at(company).action, "appel d'offres");

    const auto dashboard = Dashboard::of(campaign, b.state());
    EXPECT_EQ(dashboard.signatures, 1);
    EXPECT_EQ(dashboard.premiumsSignedEur, week5.premiumsSignedEur);
    std::string text;
    for (const auto& line : WeekReport::lines(week5, campaign)) text += line + "\n";
    EXPECT_NE(text.find("Appel d'offres remporté : "), std::string::npos) << text;
    EXPECT_NE(text.find("Signatures : 1"), std::string::npos) << text;
}

// Replay equals live: the campaign of the journal replayed from its entries (AttemptState::replay)
// is the live one, and running a sixth week changes nothing of the first five.
TEST(TenderSignings, ReplayEqualsLive) {
    const auto live = answered(winningOffer(), 6);
    const auto replayed = AttemptState::replay(tenderScenario(), tenderMarket(), live.journal(),
                                               reference().planRules);
    const auto a = replay(live.state());
    const auto b = replay(replayed);
    const auto five = replay(answered(winningOffer(), 5).state());
    ASSERT_EQ(a.weeks().size(), 6u);
    for (std::size_t w = 0; w < 6; ++w) {
        EXPECT_EQ(a.weeks()[w].signatures, b.weeks()[w].signatures);
        EXPECT_EQ(a.weeks()[w].premiumsSignedEur, b.weeks()[w].premiumsSignedEur);
        EXPECT_EQ(a.weeks()[w].tendersWon, b.weeks()[w].tendersWon);
        if (w < 5) {
            EXPECT_EQ(a.weeks()[w].signatures, five.weeks()[w].signatures) << w;
            EXPECT_EQ(a.weeks()[w].tendersWon, five.weeks()[w].tendersWon) << w;
        }
    }
    EXPECT_EQ(a.portfolio().contracts.size(), b.portfolio().contracts.size());
    EXPECT_EQ(a.weeks()[5].signatures, 0);  // signed once, in its award week
}

// A lost tender adds no client; the debrief says so.
TEST(TenderSignings, ALostTenderAddsNoClient) {
    const auto b = answered(losingOffer(), 5);
    const TenderDesk desk(reference(), tenderScenario(), tenderMarket(), b.state());
    ASSERT_FALSE(desk.award("ao-yvetot")->candidateWon());
    EXPECT_TRUE(desk.wins().empty());
    const auto campaign = replay(b.state());
    EXPECT_TRUE(campaign.weeks()[4].tendersWon.empty());
    EXPECT_FALSE(campaign.isClient(companyOf(yvetotTender().siret)));
}
