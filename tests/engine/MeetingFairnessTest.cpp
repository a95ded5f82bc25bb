#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>

#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/meeting/MeetingOpening.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/tender/TenderBook.h"

// Fairness faults testers found in the meetings (issue 12, meeting-fair): a private meeting
// during a call for tender, a lost meeting retried at once, meetings without a time budget,
// counter-proposals that farm trust, an offer under the level read as adapted, a client's
// follow-up only "Perdu" (docs/simulation.md "Les rendez-vous").
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
double parameter(const std::string& name) {
    return reference().meetings.parameter(name);
}
bool mentions(const std::vector<std::string>& texts, const std::string& part) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const auto& t) { return t.find(part) != std::string::npos; });
}
std::optional<std::string> refusal(const MeetingJournal& j, const std::string& siret) {
    return MeetingOpening::refusal(minimalMarket(), reference(), minimalScenario(),
                                   minimalScenario().seed, j.state(), siret);
}
const TenderBook& book() {
    static const auto b = TenderBook::of(minimalScenario(), reference(), minimalMarket());
    return b;
}
// The n-th test line (MeetingJournal::line) of a company without any call for tender and not a
// client of the mutuelle (neither its health nor its provident insurer).
std::uint32_t lineWithoutTender(int n = 0) {
    for (int i = 0;; ++i) {
        const auto l = MeetingJournal::line(i);
        const auto siren = minimalMarket().prospects[l].siret / 100000;
        const auto& c = minimalMarket().companies[MeetingJournal::companyOf(l)];
        if (std::none_of(book().tenders.begin(), book().tenders.end(),
                         [&](const Tender& t) { return t.siret / 100000 == siren; }) &&
            c.health.insurer != 0 && c.provident.insurer != 0 && n-- == 0)
            return l;
    }
}
// A meeting with a company without tender, an offer of `product` saved for it, needs by hand
// whose budget is 1.25 × the employer's monthly health cost of that offer.
struct Meeting : MeetingJournal {
    explicit Meeting(const std::string& product = "sante_essentiel", nlohmann::json open = {}) {
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer(product)}});
        open["siret"] = siret;
        ok(cmd::kMeetingOpen, open);
        const auto fit = MeetingOfferFit::of(minimalMarket(), reference(), reference().meetings,
                                             needs(company, 1), siret, 1,
                                             state().offers().front().offer, Date());
        hidden = needs(company, fit.employerMonthly * 1.25);
    }
    MeetingTranscript dialogue(bool client = false) const {
        auto c = context(1, hidden);
        c->client = client;
        return MeetingDialogue::run(*c, record(1));
    }
    void counter(double pct, const std::string& counterpart = "") {
        nlohmann::json payload = {{"rdv", 1}, {"remise_pct", pct}};
        if (!counterpart.empty()) payload["contrepartie"] = counterpart;
        ok(cmd::kMeetingCounter, payload);
    }
    std::uint32_t l = lineWithoutTender();
    std::uint32_t company = companyOf(l);
    std::string siret = siretOf(l);
    CompanyNeeds hidden;
};
std::string firstWhat(const std::vector<Problem>& problems) {
    return problems.empty() ? "" : problems.front().what;
}
}  // namespace

// 1. While a company's call for tender is open (published, not awarded), it refuses a private
// meeting: the message names the tender, its deadline and the official questions channel.
TEST(MeetingFairness, NoPrivateMeetingWhileTheCompanysTenderIsOpen) {
    ASSERT_FALSE(book().tenders.empty()) << "the minimal scenario has a call for tender";
    const auto& t = book().tenders.front();
    const auto siret = siret::formatSiret(t.siret);
    MeetingJournal j;
    for (int w = 1; w < t.publicationWeek; ++w) {
        EXPECT_FALSE(refusal(j, siret)) << "not published yet in week " << w;
        j.ok(cmd::kRunWeek, {{"semaine", w}});
    }
    const auto why = refusal(j, siret);
    ASSERT_TRUE(why);
    EXPECT_NE(why->find("l'appel d'offres « " + t.id + " »"), std::string::npos) << *why;
    EXPECT_NE(why->find("cmcsim tender question"), std::string::npos) << *why;
    const auto deadline = minimalScenario().startDate.plusDays(7 * (t.submissionWeek - 1) + 4);
    EXPECT_NE(why->find(deadline.french()), std::string::npos) << *why;
    // Another establishment of the same company is the same buyer.
    EXPECT_TRUE(MeetingOpening::openTender(book(), t.siret / 100000, t.publicationWeek, 0));
    // Once awarded, the company meets the candidate again.
    EXPECT_FALSE(MeetingOpening::openTender(book(), t.siret / 100000, t.awardWeek, t.awardWeek));
    // A company without tender is met.
    EXPECT_FALSE(refusal(j, MeetingJournal::siretOf(lineWithoutTender())));
}

// 2. A lost meeting is not retried at once: the company refuses a new one for
// `delai_apres_perte` weeks, saying from when; the next starts from at most
// `confiance_apres_perte`.
TEST(MeetingFairness, ALostMeetingIsNotRetriedAtOnceAndTheNextStartsLow) {
    Meeting j;
    j.choose(1, {"ouv_presentation"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const MeetingView lost(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                           j.state(), 1);
    ASSERT_EQ(lost.transcript().outcome, MeetingOutcome::Lost);
    const auto why = refusal(j, j.siret);
    ASSERT_TRUE(why) << "the same simulated date, right after the loss";
    const int from = 1 + static_cast<int>(parameter("delai_apres_perte"));
    const auto date = minimalScenario().startDate.plusDays(7 * (from - 1));
    EXPECT_NE(why->find("ne reprend pas rendez-vous avant le " + date.french()), std::string::npos)
        << *why;
    EXPECT_NE(why->find(fmt::format("(semaine {}", from)), std::string::npos) << *why;
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    EXPECT_TRUE(refusal(j, j.siret)) << "still within the cooling period";
    EXPECT_EQ(MeetingOpening::acceptsFromWeek(3, reference().meetings), 3 + from - 1);
    // Opened anyway (a journal written by hand): it starts from the low trust.
    j.ok(cmd::kMeetingOpen, {{"siret", j.siret}});
    j.choose(2, {"ouv_presentation"});
    const MeetingView next(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                           j.state(), 2);
    EXPECT_LE(next.transcript().turns.front().trustBefore, parameter("confiance_apres_perte"));
}

// Once a week: a meeting closed with a company this week (not lost) is not followed by another
// the same week, so closing and reopening does not pile up trust (a tester: 50 → 91 in a day).
TEST(MeetingFairness, ACompanyMeetsTheCandidateOnceAWeek) {
    Meeting j;
    j.choose(1, {"prep_fiche", "ouv_presentation", "clo_prochaine_etape"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const MeetingView first(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                            j.state(), 1);
    ASSERT_NE(first.transcript().outcome, MeetingOutcome::Lost);
    const auto why = refusal(j, j.siret);
    ASSERT_TRUE(why);
    EXPECT_NE(why->find("vous a déjà reçu cette semaine (rendez-vous n° 1, semaine 1)"),
              std::string::npos)
        << *why;
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    EXPECT_FALSE(refusal(j, j.siret)) << "the next week";
}

// 3. A meeting has a time budget: the company ends it after the step that overruns the planned
// duration and its tolerance, with what was reached; nothing more is played.
TEST(MeetingFairness, TheCompanyEndsAMeetingThatOverrunsItsPlannedDuration) {
    Meeting j("sante_essentiel", {{"duree_minutes", 30}});
    EXPECT_EQ(j.record(1).plannedMinutes, 30);
    j.choose(1, {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_effectif",
                 "dec_garanties", "dec_budget", "dec_niveau", "dec_priorites", "ref_synthese"});
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                           j.state(), 1);
    const auto& t = view.transcript();
    const double limit = 30 * (1 + parameter("tolerance_duree"));
    EXPECT_TRUE(t.stoppedByCompany);
    EXPECT_NE(t.outcome, MeetingOutcome::Open);
    EXPECT_NE(t.closure.find("arrêté par l'entreprise"), std::string::npos) << t.closure;
    EXPECT_EQ(t.turns.back().answer.rfind("Nous devons nous arrêter là", 0), 0u);
    // The minutes before the last step played were within the limit; that step overran it.
    const auto& played = t.turns[t.turns.size() - 2];
    EXPECT_GT(t.minutes, limit);
    EXPECT_LE(t.minutes - played.minutes, limit);
    EXPECT_LT(t.turns.size(), 10u) << "the steps after the overrun are not played";
    EXPECT_TRUE(view.choices().empty());
    EXPECT_NO_THROW(view.debrief());
    // Refused by the journal: a planned duration out of bounds.
    MeetingJournal k;
    const auto why =
        firstWhat(k.run(cmd::kMeetingOpen, {{"siret", j.siret}, {"duree_minutes", 5}}));
    EXPECT_NE(why.find("« duree_minutes »"), std::string::npos) << why;
    // Without a duration, `duree_rdv`: a meeting by the book fits in it.
    Meeting m;
    meetByTheBook(m, 1);
    EXPECT_FALSE(m.dialogue().stoppedByCompany);
}

// 4. Negotiation: a counter-proposal earns trust only when it moves toward the concern the
// company stated, the first time; later ones cost `insistance`; 0 %, the same terms again and a
// figure not in whole basis points are refused, the figure shown as given.
TEST(MeetingFairness, RepeatedCounterProposalsCostTrustAndZeroIsNone) {
    Meeting j;
    j.choose(1, {"dec_niveau"});
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    j.hidden.priceSensitivity = 1;  // always welcomed when it answers a concern
    j.counter(3);                   // the director voices "trop cher" at this step
    j.counter(4);
    j.counter(5);
    const auto t = j.dialogue();
    ASSERT_EQ(t.counters.size(), 3u);
    EXPECT_TRUE(t.counters[0].priceObjection);
    EXPECT_TRUE(t.counters[0].welcomed);
    const auto turnOf = [&](std::size_t i) -> const MeetingTurn& {
        return t.turns[static_cast<std::size_t>(t.counters[i].step - 1)];
    };
    const auto moved = [&](std::size_t i) { return turnOf(i).trustAfter - turnOf(i).trustBefore; };
    EXPECT_GT(moved(0), 0);
    const double noise = parameter("bruit_confiance");
    for (std::size_t i : {1u, 2u}) {
        EXPECT_LE(moved(i), parameter("insistance") + noise + 1e-9) << i;
        EXPECT_TRUE(mentions(turnOf(i).effects, "insistance"));
    }
    // 0 % is no counter-proposal; the same terms again change nothing.
    auto why = firstWhat(j.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 0}}));
    EXPECT_NE(why.find("0 % n'est pas une contre-proposition"), std::string::npos) << why;
    why = firstWhat(j.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 5}}));
    EXPECT_NE(why.find("déjà proposée sur cette offre"), std::string::npos) << why;
    // 10,0001 % is not 10 %: refused, the figure as given.
    why = firstWhat(j.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 10.0001}}));
    EXPECT_NE(why.find("remise de 10,0001 % refusée"), std::string::npos) << why;
    EXPECT_EQ(why.find("10 % refusée"), std::string::npos) << why;
    EXPECT_TRUE(j.run(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 7.25}}).empty());
    EXPECT_EQ(MeetingNegotiation::basisPoints(7.25), 725);
    EXPECT_FALSE(MeetingNegotiation::basisPoints(10.0001));
}

// A token discount (less than `remise_significative` more) answers no concern: 0,01 % earned the
// first counter-proposal's trust (found by a fresh tester).
TEST(MeetingFairness, ATokenDiscountEarnsNothing) {
    Meeting j;
    j.choose(1, {"dec_niveau"});
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    j.hidden.priceSensitivity = 1;  // a real discount would be welcomed (test above)
    j.counter(0.01);                // after the director's "trop cher"
    const auto t = j.dialogue();
    ASSERT_EQ(t.counters.size(), 1u);
    EXPECT_TRUE(t.counters[0].priceObjection);
    EXPECT_FALSE(t.counters[0].toward);
    EXPECT_FALSE(t.counters[0].welcomed);
    const auto& turn = t.turns[static_cast<std::size_t>(t.counters[0].step - 1)];
    EXPECT_LE(turn.trustAfter - turn.trustBefore, parameter("bruit_confiance") + 1e-9);
    EXPECT_TRUE(mentions(turn.effects, "remise symbolique"));
}

TEST(MeetingFairness, ACounterProposalWithoutAStatedConcernEarnsNothing) {
    Meeting j;
    // No price objection, the offer within the budget: nothing stated about the price.
    j.hidden.decisionMakers = {{"drh", 1.0, {"changement_complique"}}};
    j.hidden.priceSensitivity = 1;
    j.choose(1, {"dec_niveau"});
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    j.counter(4);
    const auto t = j.dialogue();
    ASSERT_EQ(t.counters.size(), 1u);
    EXPECT_FALSE(t.counters[0].toward);
    EXPECT_FALSE(t.counters[0].welcomed);
    EXPECT_DOUBLE_EQ(t.turns.back().trustAfter, t.turns.back().trustBefore);
}

// 5. An offer under the level the needs call for is insufficient: trust falls (`sous_niveau`
// per level), flagged, never "adapted".
TEST(MeetingFairness, AnOfferUnderTheWantedLevelIsInsufficient) {
    Meeting j("sante_essentiel");  // level 2
    j.hidden.wantedLevel = 3;
    j.choose(1, {"dec_niveau"});
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    const auto t = j.dialogue();
    ASSERT_TRUE(t.offer);
    EXPECT_TRUE(t.offer->underLevel);
    EXPECT_FALSE(t.offer->fits());
    const auto& turn = t.turns.back();
    EXPECT_LE(turn.trustAfter - turn.trustBefore,
              parameter("sous_niveau") + parameter("bruit_confiance") + 1e-9);
    EXPECT_TRUE(mentions(turn.flags, "offre insuffisante"));
    EXPECT_TRUE(turn.answer.find("insuffisant") != std::string::npos ||
                turn.answer.find("ne suffisent pas") != std::string::npos)
        << turn.answer;
}

// 5. A meeting with a client is a follow-up: reviewed ("Suivi client") or a complementary
// product it needs signed ("Complément signé"), not "Perdu" for want of a new contract.
TEST(MeetingFairness, AClientsFollowUpEndsInAReviewOrAComplement) {
    Meeting review;
    review.choose(1, {"ouv_presentation", "dec_garanties"});
    review.ok(cmd::kMeetingClose, {{"rdv", 1}});
    EXPECT_EQ(review.dialogue(false).outcome, MeetingOutcome::Lost);
    const auto followed = review.dialogue(true);
    EXPECT_EQ(followed.outcome, MeetingOutcome::FollowUp);
    EXPECT_STREQ(meetingOutcomeLabel(followed.outcome), "Suivi client");
    EXPECT_TRUE(followed.reasons.empty());

    Meeting more;
    more.hidden.providentWanted = true;
    more.choose(1, {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_effectif",
                    "dec_garanties", "dec_budget", "dec_niveau", "dec_priorites", "ref_synthese"});
    more.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", kNeedsWritten}});
    more.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    more.choose(1, {"pres_besoins", "obj_prix_2", "obj_changement_2", "info_identite", "info_ipid",
                    "info_reclamations", "info_conseil", "clo_prevoyance", "clo_signature"});
    more.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto complement = more.dialogue(true);
    EXPECT_EQ(complement.outcome, MeetingOutcome::Complement) << complement.turns.back().answer;
    EXPECT_STREQ(meetingOutcomeCode(complement.outcome), "complement_signe");
}
