#include <gtest/gtest.h>

#include "TenderTestKit.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/tender/TenderAnswers.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

TenderBid bid(std::string name, double premium, int level, double services, double management,
              double completeness, bool candidate = false) {
    TenderBid b;
    b.bidder = std::move(name);
    b.candidate = candidate;
    b.annualPremium = premium;
    b.level = level;
    b.services = services;
    b.management = management;
    b.completeness = completeness;
    return b;
}

}  // namespace

namespace {

// The tender of the hand-computed bids: level 3, weights prix 40, garanties 20, services 15,
// gestion 15, dossier 10.
Tender handTender() {
    Tender tender;
    tender.level = 3;
    tender.weights = {
        {"prix", 40}, {"garanties", 20}, {"services", 15}, {"gestion", 15}, {"dossier", 10}};
    return tender;
}

// Penalties of the hand-computed bids: 0,5 a level below, 0,2 a level above.
TenderParameters handParameters() {
    TenderParameters p;
    p.lowerLevelPenalty = 0.5;
    p.higherLevelPenalty = 0.2;
    return p;
}

}  // namespace

// Hand computation, weights prix 40, garanties 20, services 15, gestion 15, dossier 10; level 3
// asked; 0,5 point lost per level below, 0,2 per level above:
// A: prix 80 000/100 000 = 0,8 → 32; garanties 1 → 20; 0,5 → 7,5; 0,5 → 7,5; 1 → 10: 77.
// B: prix 1 → 40; level 2: 1 − 0,5 = 0,5 → 10; 0,7 → 10,5; 0,7 → 10,5; 0,8 → 8: 79.
// C: prix 80 000/90 000 → 35,556; level 4: 1 − 0,2 = 0,8 → 16; 0,8 → 12; 0,75 → 11,25;
//    0,5 → 5: 79,806. Ranking C, B, A.
TEST(TenderAward, RanksHandComputedBids) {
    const auto tender = handTender();
    const auto p = handParameters();
    const auto award =
        TenderAward::rank(tender, p,
                          {bid("A", 100000, 3, 0.5, 0.5, 1.0), bid("B", 80000, 2, 0.7, 0.7, 0.8),
                           bid("C", 90000, 4, 0.8, 0.75, 0.5, true)});
    ASSERT_EQ(award.ranking.size(), 3u);
    EXPECT_EQ(award.ranking[0].bidder, "C");
    EXPECT_EQ(award.ranking[1].bidder, "B");
    EXPECT_EQ(award.ranking[2].bidder, "A");
    EXPECT_NEAR(award.ranking[0].points, 40.0 * 8 / 9 + 16 + 12 + 11.25 + 5, 1e-9);
    EXPECT_NEAR(award.ranking[1].points, 79, 1e-9);
    EXPECT_NEAR(award.ranking[2].points, 77, 1e-9);
    EXPECT_NEAR(award.ranking[2].score("prix"), 0.8, 1e-12);
    EXPECT_EQ(award.candidateRank, 1);
    EXPECT_TRUE(award.candidateWon());
}

// The price criterion compares what the company pays: the premium and the services the employer
// pays on top (a competitor's price includes its services). Default weights prix 35, garanties
// 25, services 15, gestion 15, dossier 10; level 3 asked for both:
// X (candidate): 95 000 € + 10 000 € of services = 105 000 €; services 0,9, gestion 0,5, file 1.
// Y: 98 000 €, 0,7, 0,7, 0,8.
// X: prix 98 000 / 105 000 → 35 × 0,93333 = 32,667; 25; 13,5; 7,5; 10: 88,667.
// Y: 35; 25; 10,5; 10,5; 8: 89. Y wins; on the premium alone X would have had 35 + 56 = 91.
// Equal bids rank by price, then by name.
TEST(TenderAward, PriceIncludesTheServicesAndTiesGoByName) {
    Tender tender;
    tender.level = 3;
    tender.weights = {
        {"prix", 35}, {"garanties", 25}, {"services", 15}, {"gestion", 15}, {"dossier", 10}};
    TenderParameters p;
    auto x = bid("X", 95000, 3, 0.9, 0.5, 1.0, true);
    x.annualServices = 10000;
    const auto award = TenderAward::rank(tender, p, {x, bid("Y", 98000, 3, 0.7, 0.7, 0.8)});
    ASSERT_EQ(award.ranking.size(), 2u);
    EXPECT_EQ(award.winner().bidder, "Y");
    EXPECT_NEAR(award.ranking[1].points, 35.0 * 98 / 105 + 25 + 13.5 + 7.5 + 10, 1e-9);
    EXPECT_NEAR(award.winner().points, 89, 1e-9);
    EXPECT_EQ(award.candidateRank, 2);
    const auto tie = TenderAward::rank(
        tender, p, {bid("B", 90000, 3, 0.6, 0.6, 1.0), bid("A", 90000, 3, 0.6, 0.6, 1.0)});
    EXPECT_EQ(tie.winner().bidder, "A");
}

// The same inputs give the same bids; each tender draws its own (keyed by tender and competitor).
TEST(TenderAward, CompetitorBidsAreKeyed) {
    const auto truth =
        TenderTruth::of(reference(), tenderScenario(), tenderMarket(), yvetotTender());
    const auto first = TenderAward::competitorBids(tenderScenario(), truth);
    const auto again = TenderAward::competitorBids(tenderScenario(), truth);
    ASSERT_EQ(first.size(), 2u);  // two competitors: at least two bid
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].bidder, again[i].bidder);
        EXPECT_EQ(first[i].annualPremium, again[i].annualPremium);
    }
    auto other = truth;
    other.tender.id = "ao-autre";
    const auto elsewhere = TenderAward::competitorBids(tenderScenario(), other);
    EXPECT_NE(first[0].annualPremium + first[1].annualPremium,
              elsewhere[0].annualPremium + elsewhere[1].annualPremium);
    // Competitor B (level 3, price level 0,9) bids the requested level 2 around 0,9 × reference.
    for (const auto& b : first)
        if (b.bidder == "Concurrent B") {
            EXPECT_EQ(b.level, 2);
            EXPECT_NEAR(b.priceIndex, 0.9, 0.9 * 0.4);
        }
}

// The specifications disclose the census, 3 years of losses and the criteria; a question on
// losses is answered from them.
TEST(TenderAward, SpecificationsDiscloseTheTruth) {
    const auto truth =
        TenderTruth::of(reference(), tenderScenario(), tenderMarket(), yvetotTender());
    EXPECT_GE(truth.diagnosis.employees, 10);
    EXPECT_GT(truth.referencePremium, truth.referenceClaims);
    if (!truth.currentInsurer.empty()) {
        ASSERT_EQ(truth.losses.size(), 3u);
        EXPECT_EQ(truth.losses.back().year, 2025);
    }
    const auto text = DocumentText::render(TenderDocument::specifications(tenderScenario(), truth));
    for (const char* part : {"Cahier des charges", "Données sur le personnel", "Prix", "40 %",
                             // the question wraps in its column (TextTable), its id beside it
                             "Décrivez votre dispositif de tiers", "tiers_payant",
                             "Tableau de garanties (tableau_garanties)", "Date limite de dépôt"})
        EXPECT_NE(text.find(part), std::string::npos) << part;
    const auto answer = TenderAnswers::answer(TenderReference::installed(), truth,
                                              "Pouvez-vous préciser la SINISTRALITE ?");
    EXPECT_NE(answer.find("rapport sinistres / cotisations"), std::string::npos) << answer;
    EXPECT_EQ(answer, TenderAnswers::answer(TenderReference::installed(), truth,
                                            "pouvez-vous préciser la sinistralité ?"));
}

// From the specifications to the debrief: the award is known once week 5 (3 + 2) is run, and
// the candidate's bid is in it; a win is the hook the campaign follows.
TEST(TenderAward, DebriefOnceTheAwardWeekIsRun) {
    auto b = readTender();
    const auto siret = siret::formatSiret(yvetotTender().siret);
    b.add(cmd::kSaveOffer, {{"siret", siret}, {"offre", tenderOffer()}});
    b.add(cmd::kTenderResponse, completeDraft(1));
    ASSERT_TRUE(b.add(cmd::kTenderSubmit, {{"ao", "ao-yvetot"}}).empty());
    for (int w = 1; w <= 4; ++w) b.add(cmd::kRunWeek, {{"semaine", w}});
    {
        const TenderDesk desk(reference(), tenderScenario(), tenderMarket(), b.state());
        EXPECT_FALSE(desk.award("ao-yvetot"));
    }
    b.add(cmd::kRunWeek, {{"semaine", 5}});
    const TenderDesk desk(reference(), tenderScenario(), tenderMarket(), b.state());
    const auto award = desk.award("ao-yvetot");
    ASSERT_TRUE(award);
    EXPECT_EQ(award->ranking.size(), 3u);
    ASSERT_NE(award->candidate(), nullptr);
    EXPECT_EQ(award->candidate()->completeness, 1.0);
    EXPECT_EQ(desk.wins().size(), award->candidateWon() ? 1u : 0u);
    const auto text =
        DocumentText::render(TenderDocument::debrief(desk.truth(yvetotTender()), *award));
    EXPECT_NE(text.find("Votre rang"), std::string::npos);
    // Issue 12, finding 4: the reference premium under its own label, the winner's price level
    // against it, and the winner's price under that label.
    const auto truth = desk.truth(yvetotTender());
    EXPECT_NE(text.find("Cotisation de référence : " + frenchNumber(truth.referencePremium, 0) +
                        " € par an"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("Niveau de prix de l'offre retenue : " +
                        frenchNumber(award->winner().price() / truth.referencePremium, 2) +
                        " × la cotisation de référence, soit " +
                        frenchNumber(award->winner().price(), 0) + " € par an"),
              std::string::npos)
        << text;
    // Recomputed: the same journal replayed gives the same award.
    const auto replayed = AttemptState::replay(tenderScenario(), tenderMarket(), b.journal(),
                                               cmcsim::test::reference().planRules);
    const auto again =
        TenderDesk(reference(), tenderScenario(), tenderMarket(), replayed).award("ao-yvetot");
    EXPECT_EQ(again->winner().bidder, award->winner().bidder);
    EXPECT_EQ(again->candidateRank, award->candidateRank);
}

// Found by a fresh tester: an offer that breaks its branch's rules scored full marks on the
// guarantees. A non-compliant offer scores 0 there (the hand-computed bids of
// RanksHandComputedBids: C loses its 20 × 0,8 = 16 points and falls behind B, 79, and A, 77).
TEST(TenderAward, ANonCompliantOfferScoresNothingOnTheGuarantees) {
    const auto tender = handTender();
    const auto p = handParameters();
    auto candidate = bid("C", 90000, 4, 0.8, 0.75, 0.5, true);
    candidate.breaches = {"Part patronale minimale de la branche (40 % < 50 %) — IDCC 3043"};
    const auto award = TenderAward::rank(
        tender, p,
        {bid("A", 100000, 3, 0.5, 0.5, 1.0), bid("B", 80000, 2, 0.7, 0.7, 0.8), candidate});
    EXPECT_NEAR(award.ranking[2].score("garanties"), 0, 1e-12);
    EXPECT_NEAR(award.ranking[2].points, 40.0 * 8 / 9 + 12 + 11.25 + 5, 1e-9);
    EXPECT_EQ(award.candidateRank, 3);
}

// Found by a third tester: a file refusing the portability of cover won (76,7 points): the
// refusal cost only the « dossier » points. The portability (art. L911-8 CSS) is a legal
// obligation (datasets/ao_questions.csv exigence): an answer refusing it makes the bid
// non-compliant on its question's criterion, gestion, which scores 0. The hand-computed bids of
// RanksHandComputedBids: C won with 79,806; refusing, it loses its 15 × 0,75 = 11,25 gestion
// points: 68,556, behind B (79) and A (77).
TEST(TenderAward, RefusingALegalObligationScoresNothingOnItsCriterion) {
    const auto tender = handTender();
    const auto p = handParameters();
    auto candidate = bid("C", 90000, 4, 0.8, 0.75, 0.5, true);
    TenderAnswerVerdict refusal;
    refusal.question = "portabilite";
    refusal.criterion = "gestion";
    refusal.requirement = "obligation légale";
    refusal.pointsRefused = {"portabilité des droits"};
    candidate.answers = {refusal};
    const auto award = TenderAward::rank(
        tender, p,
        {bid("A", 100000, 3, 0.5, 0.5, 1.0), bid("B", 80000, 2, 0.7, 0.7, 0.8), candidate});
    ASSERT_EQ(award.candidateRank, 3);
    const auto& c = award.ranking[2];
    EXPECT_NEAR(c.score("gestion"), 0, 1e-12);
    EXPECT_NEAR(c.score("services"), 0.8, 1e-12);  // the other criteria keep their scores
    EXPECT_NEAR(c.points, 40.0 * 8 / 9 + 16 + 12 + 0 + 5, 1e-9);
    EXPECT_EQ(award.winner().bidder, "B");
    // The same refusal of a point that is not required costs nothing on the criterion.
    candidate.answers.front().requirement.clear();
    const auto free = TenderAward::rank(tender, p, {bid("B", 80000, 2, 0.7, 0.7, 0.8), candidate});
    EXPECT_EQ(free.winner().bidder, "C");
}

// The same refusal end to end on the fixture ("ao-yvetot" asks portabilite): the review marks
// the answer non-compliant, the award gives 0 on gestion (15 points) where the complete draft
// scores the mutuelle's management quality, and the debrief says so.
TEST(TenderAward, ARefusedPortabilityIsNonCompliantInTheDebrief) {
    const auto awardOf = [](const std::string& portability) {
        auto b = readTender();
        const auto siret = siret::formatSiret(yvetotTender().siret);
        b.add(cmd::kSaveOffer, {{"siret", siret}, {"offre", tenderOffer()}});
        auto draft = completeDraft(1);
        draft["reponses"]["portabilite"] = portability;
        EXPECT_TRUE(b.add(cmd::kTenderResponse, draft).empty());
        EXPECT_TRUE(b.add(cmd::kTenderSubmit, {{"ao", "ao-yvetot"}}).empty());
        for (int w = 1; w <= 5; ++w) b.add(cmd::kRunWeek, {{"semaine", w}});
        const TenderDesk desk(reference(), tenderScenario(), tenderMarket(), b.state());
        auto award = *desk.award("ao-yvetot");
        return std::make_pair(award, DocumentText::render(TenderDocument::debrief(
                                         desk.truth(yvetotTender()), award)));
    };
    const auto [kept, keptText] =
        awardOf(completeDraft(1)["reponses"]["portabilite"].get<std::string>());
    const auto [refused, text] = awardOf(
        "Nous ne gérons pas la portabilité des droits des anciens salariés. Notre mutuelle "
        "laisse à chaque salarié le soin de chercher une couverture après son départ.");
    const auto& mine = *refused.candidate();
    EXPECT_NEAR(mine.score("gestion"), 0, 1e-12);
    EXPECT_GT(kept.candidate()->score("gestion"), 0);
    // gestion weighs 15 on the fixture; the dossier loses the portability answer's half.
    EXPECT_NEAR(kept.candidate()->points - mine.points,
                15 * kept.candidate()->score("gestion") + 10 * 0.5, 1e-9);
    EXPECT_NE(text.find("Réponse non conforme : 0 point sur le critère « Qualité de gestion »."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("refuse « portabilité des droits », « maintien Évin des anciens "
                        "salariés » (obligation légale : portabilité : art. L911-8 du Code de la "
                        "sécurité sociale"),
              std::string::npos)
        << text;
    EXPECT_EQ(keptText.find("non conforme"), std::string::npos) << keptText;
}
