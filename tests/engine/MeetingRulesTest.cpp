#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "MeetingTestKit.h"
#include "cmcsim/core/FrenchElision.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/meeting/MeetingFacts.h"
#include "cmcsim/meeting/MeetingNeedsCheck.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/reference/MeetingBank.h"

// The rules of a meeting's dialogue found by testers (issue 12, meeting-rules): what the candidate
// sees while a meeting is open, one relationship per company, the establishment's headcount, one
// outcome for the signature, the closure explained, the DDA phase order, objections anticipated,
// the delegation of a discount and the French wording (docs/simulation.md "Les rendez-vous").
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// A meeting with the first test company, an offer of `product` saved for it; needs whose budget
// is 1.25 × the employer's monthly health cost of that offer.
struct Meeting : MeetingJournal {
    Meeting() {
        ok(cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer("sante_essentiel")}});
        ok(cmd::kMeetingOpen, {{"siret", siret}});
        const auto fit = MeetingOfferFit::of(minimalMarket(), reference(), reference().meetings,
                                             needs(company, 1), siret, 1,
                                             state().offers().front().offer, Date());
        hidden = needs(company, fit.employerMonthly * 1.25);
    }
    MeetingTranscript dialogue() const { return transcript(1, hidden); }
    std::uint32_t company = companyOf(line());
    std::string siret = siretOf(line());
    CompanyNeeds hidden;
};

double parameter(const std::string& name) {
    return reference().meetings.parameter(name);
}
double moved(const MeetingTurn& t) {
    return t.trustAfter - t.trustBefore;
}
bool mentions(const std::vector<std::string>& texts, const std::string& part) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const auto& t) { return t.find(part) != std::string::npos; });
}
MeetingView view(const MeetingJournal& j, int id) {
    return MeetingView(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                       j.state(), id);
}
}  // namespace

// 1. Fairness: while open, no criterion, effect nor alert (the debrief's content) in the view the
// CLI and the studio show; everything once closed; evaluators read the full transcript.
TEST(MeetingRules, AnOpenMeetingShowsNoDebriefContent) {
    MeetingJournal j;
    j.ok(cmd::kMeetingOpen, {{"siret", MeetingJournal::siretOf(MeetingJournal::line())}});
    j.choose(1, {"ouv_presentation", "dec_chiffre_affaires", "info_remboursements"});
    const auto open = view(j, 1);
    ASSERT_EQ(open.transcript().turns.size(), 3u);
    for (const auto& t : open.transcript().turns) {
        EXPECT_TRUE(t.criterion.empty()) << t.said;
        EXPECT_TRUE(t.effects.empty()) << t.said;
        EXPECT_TRUE(t.flags.empty()) << t.said;
        EXPECT_FALSE(t.answer.empty());  // what the company said stays
    }
    EXPECT_TRUE(open.transcript().flags.empty());
    const auto json = open.transcript().toJson();
    EXPECT_TRUE(json["alertes"].empty());
    for (const auto& s : json["etapes"]) {
        EXPECT_TRUE(s["effets"].empty() && s["alertes"].empty()) << s.dump();
        EXPECT_EQ(s["critere"], "");
    }
    // Trust and minutes are the candidate's.
    EXPECT_EQ(open.transcript().trust, open.fullTranscript().trust);
    EXPECT_TRUE(mentions(open.fullTranscript().flags, "allégation trompeuse"));
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto closed = view(j, 1);
    EXPECT_TRUE(mentions(closed.transcript().flags, "allégation trompeuse"));
    EXPECT_EQ(closed.transcript().turns[1].criterion, "B4.5.4");
}

// 2. One relationship per company: one open meeting at a time; the next one starts from the
// trust the last one ended with.
TEST(MeetingRules, OneOpenMeetingPerCompanyAndTrustCarriesOver) {
    MeetingJournal j;
    const auto siret = MeetingJournal::siretOf(MeetingJournal::line());
    j.ok(cmd::kMeetingOpen, {{"siret", siret}});
    j.choose(1, {"dec_chiffre_affaires", "info_remboursements"});
    const auto twice = j.run(cmd::kMeetingOpen, {{"siret", siret}});
    ASSERT_FALSE(twice.empty());
    EXPECT_NE(twice.front().what.find("le rendez-vous n° 1 avec cette entreprise"),
              std::string::npos)
        << twice.front().what;
    // Another company may be met meanwhile.
    j.ok(cmd::kMeetingOpen, {{"siret", MeetingJournal::siretOf(MeetingJournal::line(1))}});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    j.ok(cmd::kMeetingOpen, {{"siret", siret}});
    j.choose(3, {"ouv_presentation"});
    const double ended = view(j, 1).transcript().trust;
    EXPECT_LT(ended, parameter("confiance_initiale") - 5);  // −3 −8 ± 2, no reset
    EXPECT_DOUBLE_EQ(view(j, 3).transcript().turns.front().trustBefore, ended);
    // The other company's first meeting starts afresh.
    j.choose(2, {"ouv_presentation"});
    EXPECT_DOUBLE_EQ(view(j, 2).transcript().turns.front().trustBefore,
                     parameter("confiance_initiale"));
}

// 3. The facts state the headcount of the establishment met, the census an offer for its SIRET
// is quoted on, not the whole company's.
TEST(MeetingRules, TheHeadcountIsTheQuotedCensusOfTheEstablishment) {
    const auto& m = minimalMarket();
    // A company with listed establishments whose census is not its whole headcount.
    for (std::uint32_t line = 0; line < m.prospects.size(); ++line) {
        const auto& p = m.prospects[line];
        const auto& e = m.establishments[p.establishment];
        if (e.siret != p.siret || e.closed) continue;
        const auto siret = MeetingJournal::siretOf(line);
        const auto quoted = Diagnosis::of(m, reference(), siret, 2026).employees;
        if (quoted <= 0 || std::abs(quoted - m.companies[e.company].headcount) < 1) continue;
        const auto needs = MeetingJournal::needs(e.company, 40);
        const MeetingFacts facts(m, reference().meetings, needs, &reference(), siret);
        EXPECT_EQ(facts.statement("etat_personnel"),
                  "État du personnel transmis (" + frenchNumber(quoted, 0) + " salariés)");
        return;
    }
    GTEST_SKIP() << "no establishment of the minimal market differs from its company";
}

// 4. One outcome: "pas encore" at the signature step leaves the meeting unsigned, and the
// closure says so; a yes is a signature, whatever trust does after it.
TEST(MeetingRules, TheSignatureIsDecidedAtItsStep) {
    Meeting no;
    meetByTheBook(no, 1, true, /*ipid=*/false);
    no.ok(cmd::kMeetingClose, {{"rdv", 1}});
    auto t = no.dialogue();
    const auto& ask = t.turns[t.turns.size() - 2];
    EXPECT_EQ(ask.answer.rfind("Pas encore", 0), 0u) << ask.answer;
    EXPECT_NE(t.outcome, MeetingOutcome::Signed);
    EXPECT_TRUE(mentions(t.reasons, "l'entreprise a répondu « pas encore » : il nous manque"));
    EXPECT_EQ(t.signedStep, 0);

    Meeting yes;
    meetByTheBook(yes, 1);
    yes.choose(1, {"clo_options"});  // over-selling after the yes: −6, still signed
    yes.ok(cmd::kMeetingClose, {{"rdv", 1}});
    t = yes.dialogue();
    EXPECT_EQ(t.turns[t.turns.size() - 3].answer.find("Pas encore"), std::string::npos);
    EXPECT_EQ(t.outcome, MeetingOutcome::Signed);
    EXPECT_GT(t.signedStep, 0);
}

// 5. A meeting closed by the run of its week says why and when.
TEST(MeetingRules, AMeetingClosedByItsWeekSaysWhyAndWhen) {
    Meeting j;
    j.choose(1, {"ouv_presentation"});
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    const auto t = j.dialogue();
    EXPECT_NE(t.closure.find("clos sans suite à l'exécution de la semaine 1 (entrée"),
              std::string::npos)
        << t.closure;
    EXPECT_TRUE(mentions(t.reasons, "encore ouvert à la fin de sa semaine"));
    EXPECT_EQ(t.toJson()["cloture"], t.closure);
    Meeting k;
    k.ok(cmd::kMeetingClose, {{"rdv", 1}});
    EXPECT_EQ(k.dialogue().closure.rfind("clos par le candidat (entrée", 0), 0u);
}

// 6. DDA order: advice in writing before the written needs, an offer before any discovery: the
// company says so, trust falls and nothing is earned.
TEST(MeetingRules, AdviceBeforeTheNeedsAndAnOfferBeforeDiscoveryEarnNothing) {
    Meeting j;
    j.choose(1, {"dec_niveau"});
    j.choose(1, {"info_conseil"});
    j.ok(cmd::kMeetingNeeds,
         {{"rdv", 1},
          {"besoins", "Vous souhaitez un niveau de garanties intermédiaire pour tous."}});
    j.choose(1, {"info_conseil"});  // now in order: met, no repetition
    auto t = j.dialogue();
    EXPECT_NE(t.turns[1].answer.find("Vous ne connaissez pas encore nos besoins"),
              std::string::npos)
        << t.turns[1].answer;
    EXPECT_NEAR(moved(t.turns[1]), parameter("question_hors_sujet"), parameter("bruit_confiance"));
    EXPECT_EQ(t.needsStep, 3) << t.turns[2].answer;
    EXPECT_EQ(t.obligations.at("conseil_ecrit"), 4);
    EXPECT_GT(moved(t.turns[3]), 0);

    Meeting early;
    early.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    t = early.dialogue();
    EXPECT_NE(t.turns[0].answer.find("Vous ne connaissez pas encore nos besoins"),
              std::string::npos);
    EXPECT_NEAR(moved(t.turns[0]), parameter("offre_sans_decouverte"),
                parameter("bruit_confiance"));
    EXPECT_TRUE(mentions(t.flags, "avant la découverte des besoins"));
}

// 7. Answering an objection the company holds before it is voiced costs nothing; answering one
// it does not hold is wasted time.
TEST(MeetingRules, AnObjectionAnticipatedIsNoFault) {
    Meeting j;
    j.choose(1, {"dec_niveau"});
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    // The director voices the price first; the HR director's change is answered in advance.
    j.choose(1, {"obj_changement_2", "obj_salaries_1"});
    const auto t = j.dialogue();
    EXPECT_EQ(t.turns[2].raised, (std::vector<std::string>{"trop_cher"}));
    EXPECT_NEAR(moved(t.turns[2]), parameter("objection_anticipee"), parameter("bruit_confiance"));
    EXPECT_GE(moved(t.turns[2]), 0);
    EXPECT_TRUE(t.answeredObjections.contains("changement_complique"));
    EXPECT_NEAR(moved(t.turns[3]), parameter("objection_non_soulevee"),
                parameter("bruit_confiance"));
}

// 8. A discount beyond the delegation is refused by the engine, the limit named.
TEST(MeetingRules, ADiscountBeyondTheDelegationIsRefused) {
    Meeting j;
    j.ok(cmd::kMeetingOffer, {{"rdv", 1}, {"version", 1}});
    const auto refused = j.run(cmd::kMeetingCounter,
                               {{"rdv", 1}, {"remise_pct", 15}, {"contrepartie", "engagement"}});
    ASSERT_FALSE(refused.empty());
    EXPECT_NE(refused.front().what.find("plafonne à 10 % avec l'accord de la direction (5 %"),
              std::string::npos)
        << refused.front().what;
    j.ok(cmd::kMeetingCounter, {{"rdv", 1}, {"remise_pct", 8}});
    const auto t = j.dialogue();
    EXPECT_NE(t.turns.back().said.find("avec l'accord de la direction"), std::string::npos);
}

// 11. French: "de"/"que" elided before a vowel or a mute h, influence in words, no label twice.
TEST(MeetingRules, FrenchWording) {
    EXPECT_EQ(elide("de", "Argonne"), "d'Argonne");
    EXPECT_EQ(elide("de", "Hôtel du Parc"), "d'Hôtel du Parc");
    EXPECT_EQ(elide("de", "Hachette SA"), "de Hachette SA");
    EXPECT_EQ(elide("que", "Émile"), "qu'Émile");
    EXPECT_EQ(elide("de", "Boulangerie"), "de Boulangerie");
    EXPECT_EQ(elide("pour", "Argonne"), "pour Argonne");
    EXPECT_EQ(elideBefore("la fiche de {n} et garde {n}", "n", "Argonne"),
              "la fiche d'Argonne et garde {n}");
    Meeting j;
    const MeetingFacts facts(minimalMarket(), reference().meetings, j.hidden, &reference());
    EXPECT_EQ(facts.fill("{decideurs}"),
              "le dirigeant (influence décisive) et la DRH (influence forte)");
    EXPECT_EQ(facts.statement("insatisfactions").find("Ce qui ne va pas"), std::string::npos);
    EXPECT_EQ(MeetingFacts::influenceWords(0.1), "voix consultative");
}

// 9. The company signs only written needs that cover what it revealed and keep to its budget;
// the draft built from what it said is signed.
TEST(MeetingRules, TheCompanySignsOnlyNeedsThatCoverWhatItSaid) {
    Meeting j;
    j.choose(1, {"dec_budget", "dec_niveau"});
    j.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", "ab"}});
    j.ok(cmd::kMeetingNeeds,
         {{"rdv", 1}, {"besoins", "Niveau intermédiaire, budget de 900 € par salarié."}});
    auto t = j.dialogue();
    EXPECT_EQ(t.needsStep, 0);
    EXPECT_NE(t.turns[2].answer.find("il y manque notre budget et le niveau de garanties"),
              std::string::npos)
        << t.turns[2].answer;
    EXPECT_NE(t.turns[3].answer.find("notre budget est de"), std::string::npos)
        << t.turns[3].answer;
    EXPECT_NEAR(moved(t.turns[2]), parameter("besoins_refuses"), parameter("bruit_confiance"));
    j.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", MeetingNeedsCheck::draft(t.restated)}});
    t = j.dialogue();
    EXPECT_EQ(t.needsStep, 5) << t.turns[4].answer;
    EXPECT_NE(t.turns[4].answer.find("je signe"), std::string::npos);
}

// Found by a fresh tester: before any discovery the company signed whatever was written ("rien",
// a budget it contradicts). Nothing discovered, nothing to sign; an amount contradicting its
// budget is refused even before the budget was said, without giving the figure away.
TEST(MeetingRules, NoNeedsAreSignedBeforeTheDiscovery) {
    Meeting j;
    j.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", "rien"}});
    j.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", "Budget de 5000 € par salarié."}});
    const auto t = j.dialogue();
    EXPECT_EQ(t.needsStep, 0);
    EXPECT_NE(t.turns[0].answer.find("vous ne connaissez pas encore nos besoins"),
              std::string::npos)
        << t.turns[0].answer;
    EXPECT_NE(t.turns[1].answer.find("5 000 € ne correspond pas à notre budget"), std::string::npos)
        << t.turns[1].answer;
    EXPECT_EQ(t.turns[1].answer.find("notre budget est de"), std::string::npos);
}
