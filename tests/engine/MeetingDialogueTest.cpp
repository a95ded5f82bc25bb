#include <gtest/gtest.h>

#include <cmath>

#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/reference/MeetingBank.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// A meeting with the first test company, an offer of `product` saved for it; needs whose budget
// is `budgetFactor` × the employer's monthly health cost of that offer (priced on the real
// census, MeetingOfferFit).
struct Meeting : MeetingJournal {
    explicit Meeting(const std::string& product = "sante_essentiel", double budgetFactor = 1.25) {
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer(product)}});
        ok(cmd::kMeetingOpen, {{"siret", siret}});
        const auto fit = MeetingOfferFit::of(minimalMarket(), reference(), reference().meetings,
                                             needs(company, 1), siret, 1,
                                             state().offers().front().offer, Date());
        cost = fit.employerMonthly;
        hidden = needs(company, cost * budgetFactor);
    }
    MeetingTranscript dialogue(std::uint64_t seed = 7) const { return transcript(1, hidden, seed); }
    std::uint32_t company = companyOf(line());
    std::string siret = siretOf(line());
    double cost = 0;
    CompanyNeeds hidden;
};

double bankTrust(const std::string& id) {
    return reference().meetings.find(id)->trust;
}
double parameter(const std::string& name) {
    return reference().meetings.parameter(name);
}
// The keyed noise amplitude, points (a function: the reference is not read at static init).
double noise() {
    return parameter("bruit_confiance");
}

// A gain above the initial trust is damped by ((100 − trust) / (100 − initial))^rendement
// (datasets/parametres_rdv.csv, rendement_confiance); a fall is not.
double damping(double delta, double trustBefore) {
    const double initial = parameter("confiance_initiale");
    if (delta <= 0 || trustBefore <= initial) return 1;
    return std::pow((100 - trustBefore) / (100 - initial), parameter("rendement_confiance"));
}
// Expects turn `t` to have moved trust by `delta` ± the noise, both damped as the dialogue does.
void expectMoved(const MeetingTurn& t, double delta) {
    const double f = damping(delta, t.trustBefore);
    EXPECT_NEAR(t.trustAfter - t.trustBefore, delta * f, noise() * f) << t.said;
}

bool mentions(const std::vector<std::string>& texts, const std::string& part) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const auto& t) { return t.find(part) != std::string::npos; });
}
}  // namespace

TEST(MeetingDialogue, ByTheBookTheCompanySignsWithEveryObligationInOrder) {
    Meeting j;
    ASSERT_GT(j.cost, 0);
    meetByTheBook(j, 1);
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto t = j.dialogue();
    EXPECT_EQ(t.outcome, MeetingOutcome::Signed) << (t.reasons.empty() ? "" : t.reasons.front());
    EXPECT_TRUE(t.reasons.empty());
    EXPECT_TRUE(t.flags.empty()) << (t.flags.empty() ? "" : t.flags.front());
    ASSERT_TRUE(t.offer);
    EXPECT_EQ(t.offer->level, 2);  // sante_essentiel (datasets/catalogue_sante.csv)
    EXPECT_TRUE(t.offer->fits());
    EXPECT_GT(t.offer->annualPremium, 0);
    EXPECT_EQ(t.offer->effective, Date::fromCivil(2026, 4, 1));  // healthOffer's date_effet
    // 19 acts and the closure; the budget, level, census, current cover… are now known.
    EXPECT_EQ(t.turns.size(), 20u);
    for (const auto* field : {"budget", "niveau_souhaite", "etat_personnel", "garanties_actuelles",
                              "decideurs", "priorites"})
        EXPECT_TRUE(t.known.contains(field)) << field;
    EXPECT_EQ(t.raisedObjections, (std::vector<std::string>{"trop_cher", "changement_complique"}));
    EXPECT_EQ(t.answeredObjections.size(), 2u);
    const auto debrief = MeetingDebrief::of(*j.context(1, j.hidden), j.record(1));
    for (const auto& c : debrief.checklist) {
        EXPECT_GT(c.step, 0) << c.code;
        EXPECT_TRUE(c.beforeConclusion) << c.code;
    }
    EXPECT_EQ(debrief.checklist.front().code, "besoins_ecrits");  // step 10, the first met
    EXPECT_EQ(debrief.better.size(), t.turns.size());
}

TEST(MeetingDialogue, SameChoicesSameAnswersAndAnotherCompanyLeavesItUnchanged) {
    Meeting a;
    meetByTheBook(a, 1);
    Meeting b;
    // b meets another company first: the first company's meeting is its second in the attempt,
    // but its first with that company, keyed the same.
    const auto other = MeetingJournal::siretOf(MeetingJournal::line(1));
    b.ok(cmd::kMeetingOpen, {{"siret", other}});
    b.choose(2, {"ouv_presentation", "dec_budget", "dec_chiffre_affaires"});
    meetByTheBook(b, 1);
    EXPECT_EQ(a.dialogue().toJson(), a.dialogue().toJson());
    auto x = a.dialogue().toJson(), y = b.dialogue().toJson();
    // Only the journal entries differ.
    for (auto* j : {&x, &y})
        for (auto& s : (*j)["etapes"]) s.erase("entree");
    EXPECT_EQ(x, y);
    // Another seed draws other answers or trust (noise and variants are keyed by the seed).
    EXPECT_NE(a.dialogue(7).toJson(), a.dialogue(8).toJson());
}

TEST(MeetingDialogue, TrustMovesWithEachKindOfChoice) {
    Meeting j;
    j.choose(1, {"ouv_presentation", "dec_budget", "dec_budget", "dec_chiffre_affaires",
                 "ref_validation_budget"});
    const auto t = j.dialogue();
    const auto moved = [&](std::size_t step) {
        return t.turns[step - 1].trustAfter - t.turns[step - 1].trustBefore;
    };
    EXPECT_EQ(t.turns[0].trustBefore, parameter("confiance_initiale"));
    expectMoved(t.turns[0], bankTrust("ouv_presentation"));  // relevant: +2 ± 1
    expectMoved(t.turns[1], bankTrust("dec_budget"));        // relevant, reveals the budget
    EXPECT_EQ(t.turns[1].revealed, (std::vector<std::string>{"budget"}));
    EXPECT_NEAR(moved(3), parameter("repetition"), noise());  // repeated: −2 ± 1
    EXPECT_TRUE(t.turns[2].revealed.empty());
    EXPECT_NEAR(moved(4), parameter("question_hors_sujet"), noise());  // irrelevant: −3 ± 1
    EXPECT_EQ(moved(5), 0);  // the budget is already known: nothing learnt, no move
    EXPECT_LT(moved(4), 0);
    EXPECT_GT(moved(2), 0);
}

TEST(MeetingDialogue, GoodAndPoorObjectionAnswersMisleadingClaimsAndOverSellingMoves) {
    Meeting j;
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    j.choose(1, {"obj_prix_2", "obj_changement_1", "obj_salaries_1", "info_remboursements",
                 "clo_options"});
    const auto t = j.dialogue();
    const auto moved = [&](std::size_t step) {
        return t.turns[step - 1].trustAfter - t.turns[step - 1].trustBefore;
    };
    // The director voices the price before the answer, the HR director the change after it.
    EXPECT_EQ(t.turns[1].raised, (std::vector<std::string>{"trop_cher", "changement_complique"}));
    expectMoved(t.turns[1], bankTrust("obj_prix_2"));                     // +5 ± 1, damped
    EXPECT_NEAR(moved(3), bankTrust("obj_changement_1"), noise());        // −2 ± 1
    EXPECT_NEAR(moved(4), parameter("objection_non_soulevee"), noise());  // not raised: −2 ± 1
    EXPECT_NEAR(moved(5), bankTrust("info_remboursements"), noise());     // misleading: −8 ± 1
    EXPECT_NEAR(moved(6), bankTrust("clo_options"), noise());             // over-selling: −6 ± 1
    EXPECT_TRUE(mentions(t.turns[4].flags, "allégation trompeuse"));
    EXPECT_TRUE(mentions(t.turns[5].flags, "survente"));
    EXPECT_EQ(t.answeredObjections, (std::set<std::string>{"trop_cher"}));  // by its topic
}

TEST(MeetingDialogue, AnOfferAboveTheWantedLevelOrBeyondTheBudgetIsOverSelling) {
    // Each after the wanted level was asked (an offer before any discovery earns nothing).
    Meeting high("sante_excellence");  // level 4 for a wanted level 2
    high.choose(1, {"dec_niveau"});
    high.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    auto t = high.dialogue();
    EXPECT_TRUE(t.offer->overLevel());
    EXPECT_TRUE(mentions(t.flags, "survente : offre de niveau Haut de gamme"));
    // −6 points per level above (datasets/parametres_rdv.csv), 2 levels: −12 ± 1.
    EXPECT_NEAR(t.turns[1].trustAfter - t.turns[1].trustBefore, 2 * parameter("survente_niveau"),
                noise());

    Meeting dear("sante_essentiel", 0.5);  // the employer's cost twice the budget
    dear.choose(1, {"dec_niveau"});
    dear.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    t = dear.dialogue();
    EXPECT_TRUE(t.offer->overBudget);
    EXPECT_FALSE(t.offer->overLevel());
    EXPECT_TRUE(mentions(t.flags, "dépassement du budget"));
    EXPECT_NEAR(t.turns[1].trustAfter - t.turns[1].trustBefore, parameter("depassement_budget"),
                noise());
}

TEST(MeetingDialogue, NeedsWrittenAfterTheSignatureAreFlaggedAndNothingIsSigned) {
    Meeting j;
    meetByTheBook(j, 1, /*needs=*/false);
    j.ok(cmd::kMeetingNeeds,
         {{"rdv", 1}, {"besoins", std::string("Écrits trop tard. ") + kNeedsWritten}});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto t = j.dialogue();
    EXPECT_NE(t.outcome, MeetingOutcome::Signed);
    EXPECT_TRUE(mentions(t.flags, "après la signature"));
    EXPECT_TRUE(mentions(t.reasons, "exigences et besoins n'étaient pas écrits"));
    const auto debrief = MeetingDebrief::of(*j.context(1, j.hidden), j.record(1));
    const auto needs = std::find_if(debrief.checklist.begin(), debrief.checklist.end(),
                                    [](const auto& c) { return c.code == "besoins_ecrits"; });
    EXPECT_GT(needs->step, t.signatureStep);
    EXPECT_FALSE(needs->beforeConclusion);
}

TEST(MeetingDialogue, AnIpidNotGivenIsFlaggedAndNothingIsSigned) {
    Meeting j;
    meetByTheBook(j, 1, true, /*ipid=*/false);
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto t = j.dialogue();
    EXPECT_NE(t.outcome, MeetingOutcome::Signed);
    EXPECT_TRUE(mentions(t.flags, "information obligatoire non donnée : IPID remis"));
    EXPECT_TRUE(mentions(t.reasons, "IPID remis"));
    // The closure's penalty: −5 for the one obligation missed (± 1 of noise).
    EXPECT_NEAR(t.turns.back().trustAfter - t.turns.back().trustBefore,
                parameter("obligation_omise"), noise());
}

TEST(MeetingDialogue, ANextStepWhenTrustSufficesWithoutASignatureAndLostOtherwise) {
    Meeting j;
    j.choose(1, {"ouv_presentation", "dec_budget", "clo_prochaine_etape"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    EXPECT_EQ(j.dialogue().outcome, MeetingOutcome::NextStep);  // 50 + 2 + 2 + 2 ± 3 ≥ 50
    Meeting k;
    k.choose(1, {"dec_chiffre_affaires", "info_remboursements", "clo_prochaine_etape"});
    k.ok(cmd::kMeetingClose, {{"rdv", 1}});
    EXPECT_EQ(k.dialogue().outcome, MeetingOutcome::Lost);  // 50 − 3 − 8 + 2 ± 3 < 50
}

TEST(MeetingDebrief, ListsBetterChoicesRankedByTheSameRules) {
    Meeting j;
    j.choose(1, {"dec_chiffre_affaires"});
    const auto debrief = MeetingDebrief::of(*j.context(1, j.hidden), j.record(1));
    ASSERT_EQ(debrief.better.size(), 1u);
    ASSERT_EQ(debrief.better[0].size(), MeetingDebrief::kAlternatives);
    // Better than the irrelevant question (−3): the discovery questions the candidate could ask
    // instead at that step (the same phase: an objection answer before any objection is no
    // choice), each moving trust up (datasets/questions_rdv.csv).
    for (const auto& a : debrief.better[0]) {
        EXPECT_EQ(a.phase, MeetingPhase::Discovery) << a.id;
        EXPECT_GT(a.delta, 0) << a.id;
    }
    EXPECT_GE(debrief.better[0][0].delta, debrief.better[0][2].delta);
}

// Replies follow the state (testers' fault (d)): no "prêts à signer" before an offer, nor while
// something the signature needs is missing.
TEST(MeetingDialogue, TheCompanyIsNotReadyToSignWithoutAnOfferNorWhileSomethingIsMissing) {
    Meeting j;
    j.choose(1, {"ouv_presentation", "clo_signature"});
    auto t = j.dialogue();
    EXPECT_EQ(t.turns[1].answer, "Signer ? Vous ne nous avez encore présenté aucune offre.");
    EXPECT_EQ(t.signatureStep, 0);
    Meeting k;
    k.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    k.choose(1, {"clo_signature"});  // no written needs, no objection answered, no information
    t = k.dialogue();
    EXPECT_EQ(t.turns.back().answer.find("prêts à signer"), std::string::npos)
        << t.turns.back().answer;
    EXPECT_NE(t.turns.back().answer.find("Pas encore : nos exigences et besoins"),
              std::string::npos)
        << t.turns.back().answer;
    // By the book, the company says it signs.
    Meeting b;
    meetByTheBook(b, 1);
    EXPECT_EQ(b.dialogue().turns.back().answer.find("Pas encore"), std::string::npos);
}

// Objections come one at a time (objections_par_tour = 1), in the order of the decision makers'
// influence: the director's (60 %) first, the HR director's (40 %) once it is answered.
TEST(MeetingDialogue, ObjectionsComeOneAtATimeInTheOrderOfInfluence) {
    Meeting j;
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    j.choose(1, {"obj_salaries_1", "obj_prix_1", "obj_changement_2"});
    const auto t = j.dialogue();
    // Turn 2: the director objects to the price; the answer is about an objection the company
    // does not hold.
    EXPECT_EQ(t.turns[1].raised, (std::vector<std::string>{"trop_cher"}));
    EXPECT_NE(t.turns[1].answer.find("Ce n'est pas une question que nous nous posons"),
              std::string::npos)
        << t.turns[1].answer;
    // Turn 3: a (poor) answer to the price; only then the HR director objects.
    EXPECT_EQ(t.turns[2].raised, (std::vector<std::string>{"changement_complique"}));
    EXPECT_TRUE(t.turns[3].raised.empty());
    EXPECT_EQ(t.raisedObjections, (std::vector<std::string>{"trop_cher", "changement_complique"}));
    EXPECT_EQ(t.answeredObjections, (std::set<std::string>{"changement_complique"}));
}

// Trust has diminishing returns (rendement_confiance): fourteen relevant questions raise it well
// below the ceiling and the last ones still move it, by less than their face value.
TEST(MeetingDialogue, TrustHasDiminishingReturnsAndKeepsMoving) {
    Meeting j;
    j.choose(1, {"prep_fiche", "prep_convention", "prep_documents", "ouv_presentation", "ouv_objet",
                 "ouv_interlocuteurs", "ouv_calendrier", "dec_effectif", "dec_garanties",
                 "dec_budget", "dec_sensibilite", "dec_priorites", "dec_niveau", "ref_synthese"});
    const auto t = j.dialogue();
    EXPECT_LT(t.trust, 90);
    for (const auto& turn : t.turns) {
        const double face = reference().meetings.find(turn.choice)->trust;
        // A question whose field is already known moves nothing (0).
        if (face <= 0 || turn.trustAfter == turn.trustBefore) continue;
        expectMoved(turn, face);
    }
    const auto& last = t.turns.back();
    EXPECT_GT(last.trustAfter, last.trustBefore);
    EXPECT_LT(last.trustAfter - last.trustBefore,
              reference().meetings.find(last.choice)->trust + noise());
}
