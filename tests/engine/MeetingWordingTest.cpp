// The meeting dialogue's French follows the company's truth and the exchange (found by a fresh
// tester: "La décision se prendra à plusieurs" with one decider, the company's voice in the
// candidate's preparation, a reply that objects then approves, internal labels in the needs the
// client signs, "Nous avons ce qu'il faut en prévoyance" without a provident contract, "better"
// choices that were not better). docs/simulation.md "Les rendez-vous".
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "MeetingAttempt.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/meeting/MeetingFacts.h"
#include "cmcsim/meeting/MeetingNeedsCheck.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/MeetingDocument.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// A meeting with the first test company (MeetingAttempt: its fitting offer saved as version 1),
// its decision makers by hand: the director (60 %) objects to the price, the HR director (40 %)
// to the change (MeetingJournal::needs).
struct Talk : MeetingAttempt {
    Talk() { needs.decisionMakers = MeetingJournal::needs(company, 1).decisionMakers; }
    MeetingTranscript dialogue() const { return transcript(rdv, needs, minimalScenario().seed); }
};

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}
// Words only the company says of itself.
bool companyVoice(const std::string& text) {
    return has(text, "Notre ") || has(text, "notre ") || has(text, "Nous ") || has(text, " nous ");
}
}  // namespace

// 1. One decider: one person decides; several: "à plusieurs".
TEST(MeetingWording, WhoDecidesFollowsTheNumberOfDeciders) {
    Talk j;
    const auto both = j.needs.decisionMakers;  // the director (60 %) and the HR director (40 %)
    j.needs.decisionMakers = {{"dirigeant", 1.0, {"trop_cher"}}};
    j.choose(j.rdv, {"ouv_interlocuteurs"});
    auto t = j.dialogue();
    EXPECT_EQ(t.turns[0].answer, "Une seule personne décide : le dirigeant.");
    EXPECT_EQ(t.known.at("decideurs"), "Décideur unique : le dirigeant");
    j.needs.decisionMakers = both;
    t = j.dialogue();
    EXPECT_EQ(t.turns[0].answer,
              "La décision se prendra à plusieurs : le dirigeant (influence décisive) et la DRH "
              "(influence forte).");
}

// 2. A preparation is the candidate's own work: its line and what it teaches are neutral, for
// every preparation of the bank; no "Appris" line is in the company's voice.
TEST(MeetingWording, PreparationsAndWhatIsLearntAreNeutralFacts) {
    for (const int n : {0, 1, 2, 3}) {
        MeetingAttempt a(n);
        for (const auto& e : reference().meetings.entries)
            if (e.phase == MeetingPhase::Preparation) a.choose(a.rdv, {e.id});
        const auto t = a.transcript(a.rdv, a.needs, minimalScenario().seed);
        for (const auto& turn : t.turns) {
            EXPECT_TRUE(turn.answer.starts_with("(préparation : ")) << turn.answer;
            EXPECT_FALSE(companyVoice(turn.answer)) << turn.answer;
        }
        const MeetingFacts facts(minimalMarket(), reference().meetings, a.needs, &reference(),
                                 a.siret);
        for (const auto& code : MeetingBank::revealCodes())
            EXPECT_FALSE(companyVoice(facts.statement(code))) << facts.statement(code);
    }
}

// 3. A reply never objects then approves: an objection the act meets at once is quoted first as
// the reserve it answers, one it does not meet comes after the reaction.
TEST(MeetingWording, AReplyReactsToTheActThenVoicesTheObjection) {
    Talk j;
    j.ok(cmd::kMeetingOffer, {{"rdv", j.rdv}, {"version", 1}});
    j.choose(j.rdv, {"obj_prix_2"});
    const auto answer = j.dialogue().turns[1].answer;
    const auto reserve = answer.find("Le dirigeant avait cette réserve : « C'est trop cher");
    const auto reaction = std::min(answer.find("Vu comme cela"), answer.find("D'accord, le coût"));
    const auto next = answer.find("La DRH objecte : « ");
    EXPECT_EQ(reserve, 0u) << answer;
    EXPECT_FALSE(has(answer, "Le dirigeant objecte")) << answer;
    ASSERT_NE(reaction, std::string::npos) << answer;
    ASSERT_NE(next, std::string::npos) << answer;
    EXPECT_LT(reaction, next) << answer;
    // A discount does not meet a reserve on the level: the reaction first, then the objection.
    Talk k;
    k.needs.budgetEurPerEmployeeMonth = 1;  // far over the budget: the discount is a concern
    k.needs.decisionMakers = {{"dirigeant", 1.0, {"pas_besoin_haut_de_gamme"}}};
    k.ok(cmd::kMeetingOffer, {{"rdv", k.rdv}, {"version", 1}});
    k.ok(cmd::kMeetingCounter, {{"rdv", k.rdv}, {"remise_pct", 4}});
    const auto counter = k.dialogue().turns[1].answer;
    const auto objects = counter.find("Le dirigeant objecte : « Le minimum légal suffit");
    ASSERT_NE(objects, std::string::npos) << counter;
    EXPECT_GT(objects, 0u) << counter;
    EXPECT_TRUE(counter.ends_with("»")) << counter;
}

// 4. The needs the client signs restate its needs to it, without the notes' labels, and leave
// out who decides and the census sent; they are signed.
TEST(MeetingWording, TheDraftRestatesNeedsWithoutLabelsAndIsSigned) {
    MeetingAttempt a;
    a.discover();  // who decides, the census, the current contract, budget, level, priorities
    for (const auto* field : {"insatisfactions", "prevoyance", "sensibilite_prix", "preavis"})
        if (const auto id = question(field); !id.empty()) a.choose(a.rdv, {id});
    auto t = a.transcript(a.rdv, a.needs, minimalScenario().seed);
    const auto draft = MeetingNeedsCheck::draft(t.restated);
    for (const auto& [code, statement] : t.known) {
        const auto colon = statement.find(" : ");
        if (colon != std::string::npos) {
            EXPECT_FALSE(has(draft, statement.substr(0, colon) + " :")) << statement << "\n"
                                                                        << draft;
        }
    }
    EXPECT_FALSE(has(draft, "Budget réel")) << draft;
    EXPECT_FALSE(has(draft, "personnel")) << draft;
    EXPECT_FALSE(has(draft, "Décideur")) << draft;
    EXPECT_FALSE(has(draft, "influence")) << draft;
    EXPECT_TRUE(has(draft, "– Vous nous avez indiqué un budget de ")) << draft;
    EXPECT_FALSE(t.restated.contains("etat_personnel"));
    EXPECT_FALSE(t.restated.contains("decideurs"));
    a.ok(cmd::kMeetingNeeds, {{"rdv", a.rdv}, {"besoins", draft}});
    t = a.transcript(a.rdv, a.needs, minimalScenario().seed);
    EXPECT_GT(t.needsStep, 0) << t.turns.back().answer;
}

// 5. The company's words on its provident cover follow its market record.
TEST(MeetingWording, TheProvidentAnswerFollowsTheCompanysContract) {
    Talk j;
    Market market = minimalMarket();
    auto& provident = market.companies.at(j.company).provident;
    for (const bool wanted : {false, true}) {
        j.needs.providentWanted = wanted;
        provident.insurer = -1;
        const MeetingFacts none(market, reference().meetings, j.needs, &reference(), j.siret);
        EXPECT_TRUE(has(none.fill("{prevoyance}"), "Nous n'avons pas de contrat de prévoyance"))
            << none.fill("{prevoyance}");
        EXPECT_FALSE(has(none.fill("{prevoyance}"), "ce qu'il faut"));
        EXPECT_TRUE(has(none.statement("prevoyance"), "aucun contrat de prévoyance"));
        EXPECT_TRUE(has(none.restatement("prevoyance"), "n'avoir aucun contrat de prévoyance"));
        provident.insurer = 1;
        const MeetingFacts some(market, reference().meetings, j.needs, &reference(), j.siret);
        EXPECT_FALSE(has(some.fill("{prevoyance}"), "pas de contrat")) << some.fill("{prevoyance}");
        EXPECT_TRUE(has(some.statement("prevoyance"), "contrat de prévoyance en place"));
    }
}

// 6. "Meilleurs" are strictly better (more trust); as good ones are listed apart; both by their
// French wording, not the bank's id.
TEST(MeetingWording, TheDebriefListsOnlyStrictlyBetterChoicesByTheirWording) {
    Talk j;
    j.choose(j.rdv, {"prep_fiche", "ouv_presentation"});
    const auto debrief =
        MeetingDebrief::of(*j.context(j.rdv, j.needs, minimalScenario().seed), j.record(j.rdv));
    const auto& bank = reference().meetings;
    for (std::size_t i = 0; i < 2; ++i) {
        const double chosen = bank.find(i == 0 ? "prep_fiche" : "ouv_presentation")->trust;
        for (const auto& a : debrief.better[i]) EXPECT_GT(a.delta, chosen) << a.id;
        for (const auto& a : debrief.asGood[i]) EXPECT_EQ(a.delta, chosen) << a.id;
    }
    // Every preparation moves trust by +1: none is better than the one made.
    EXPECT_TRUE(debrief.better[0].empty());
    ASSERT_FALSE(debrief.asGood[0].empty());
    const auto text = DocumentText::render(
        MeetingDocument::debrief(debrief, j.record(j.rdv), "Entreprise test", reference()));
    EXPECT_TRUE(has(text, "Autres choix aussi pertinents :")) << text;
    EXPECT_TRUE(has(text, debrief.asGood[0].front().wording)) << text;
    EXPECT_FALSE(has(text, debrief.asGood[0].front().id)) << text;
}

// Found by a fresh tester: after written advice given too early (−3), « Meilleurs choix » listed
// three choices already made, each −2. An alternative gains trust and was not made yet.
TEST(MeetingWording, TheDebriefNeverAdvisesALossOrARepeat) {
    Talk j;
    j.choose(j.rdv, {"prep_fiche", "ouv_presentation", "info_identite", "info_ipid",
                     "info_reclamations", "info_conseil"});
    const auto debrief =
        MeetingDebrief::of(*j.context(j.rdv, j.needs, minimalScenario().seed), j.record(j.rdv));
    std::set<std::string> made;
    std::size_t listed = 0;
    for (std::size_t i = 0; i < debrief.better.size(); ++i) {
        for (const auto* list : {&debrief.better[i], &debrief.asGood[i]})
            for (const auto& a : *list) {
                EXPECT_GT(a.delta, 0) << "étape " << i + 1 << " : " << a.id;
                EXPECT_FALSE(made.contains(a.id)) << "étape " << i + 1 << " : " << a.id;
                ++listed;
            }
        if (i < debrief.transcript.turns.size()) made.insert(debrief.transcript.turns[i].choice);
    }
    EXPECT_GT(listed, 0u);
}

// Found by a second fresh tester: the closure read « 70 → 52 » beside penalties of −17, and the
// alternatives' « confiance +3 » was not the change trust would have seen. Each turn's effects
// now add up to the move shown, the rest named (the keyed noise, the diminishing returns), and
// an alternative shows its effect « avant l'aléa ».
TEST(MeetingWording, EachTurnsEffectsAddUpToTheMoveShown) {
    Talk j;
    j.choose(j.rdv, {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_garanties",
                     "dec_budget", "info_identite", "info_ipid", "info_reclamations"});
    j.close();
    const auto debrief =
        MeetingDebrief::of(*j.context(j.rdv, j.needs, minimalScenario().seed), j.record(j.rdv));
    const auto text = DocumentText::render(
        MeetingDocument::debrief(debrief, j.record(j.rdv), "Entreprise test", reference()));
    const std::regex line(R"(Confiance : (\d+) → (\d+)([^\n]*))");
    const std::regex part(R"(\(([+-]?\d+)\)|aléa[^:]*: ([+-]\d+))");
    int turns = 0, rests = 0;
    for (std::sregex_iterator it(text.begin(), text.end(), line), end; it != end; ++it) {
        const auto effects = (*it)[3].str();
        if (effects.empty()) continue;
        int sum = 0;
        for (std::sregex_iterator p(effects.begin(), effects.end(), part); p != end; ++p) {
            sum += std::stoi((*p)[1].matched ? (*p)[1].str() : (*p)[2].str());
            rests += (*p)[2].matched;
        }
        EXPECT_EQ(sum, std::stoi((*it)[2].str()) - std::stoi((*it)[1].str())) << (*it)[0];
        ++turns;
    }
    EXPECT_EQ(turns, 8) << text;  // the closure without a penalty has none
    EXPECT_GT(rests, 0) << text;  // the noise shows somewhere in eight turns
    EXPECT_TRUE(has(text, "avant l'aléa)")) << text;
    EXPECT_FALSE(has(text, "; confiance +")) << text;
}
