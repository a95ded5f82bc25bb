#include <gtest/gtest.h>

#include "TenderTestKit.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/tender/TenderAnswers.h"
#include "cmcsim/tender/TenderTruth.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const TenderTruth& yvetotTruth() {
    static const TenderTruth truth =
        TenderTruth::of(reference(), tenderScenario(), tenderMarket(), yvetotTender());
    return truth;
}

// The same company without a current health contract (what the specifications then say).
TenderTruth withoutContract() {
    auto truth = yvetotTruth();
    truth.currentInsurer.clear();
    truth.currentLevel = 0;
    truth.currentMonthlyPremium = 0;
    truth.currentGuarantees.clear();
    truth.losses.clear();
    return truth;
}

std::string ask(const TenderTruth& truth, const std::string& question) {
    return TenderAnswers::answer(TenderReference::installed(), truth, question);
}

std::string topicOf(const std::string& question) {
    const auto* topic = TenderAnswers::topicOf(TenderReference::installed(), question);
    return topic ? topic->id : "";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

// Every topic of datasets/ao_reponses.csv, asked through each of its keywords, is answered with
// every placeholder filled, with and without a current contract.
TEST(TenderAnswers, EveryTopicIsFilledFromTheTruth) {
    ASSERT_FALSE(yvetotTruth().currentInsurer.empty()) << "the fixture's company has a contract";
    const auto none = withoutContract();
    for (const auto& topic : TenderReference::installed().topics)
        for (const auto& keyword : topic.keywords) {
            const auto question = "Pouvez-vous préciser : " + keyword + " ?";
            EXPECT_FALSE(topicOf(question).empty()) << question;
            for (const auto* truth : {&yvetotTruth(), &none}) {
                const auto answer = ask(*truth, question);
                EXPECT_FALSE(contains(answer, "{")) << question << " → " << answer;
                EXPECT_FALSE(contains(answer, "aucun organisme")) << answer;
            }
        }
}

// The topic is the one of the earliest keyword the question holds as a word: the loss ratio of
// the cadres is a loss question (not a headcount one), "effectivement" is not "effectif".
TEST(TenderAnswers, TheMostSpecificTopicAnswers) {
    EXPECT_EQ(topicOf("Quelle est la sinistralité des cadres ?"), "sinistralite");
    EXPECT_EQ(topicOf("Quel est l'effectif ?"), "effectif");
    EXPECT_EQ(topicOf("Combien de salariés ont des ayants droit ?"), "famille");
    EXPECT_EQ(topicOf("Quelle est la cotisation actuelle ?"), "assureur");
    EXPECT_EQ(topicOf("Faut-il une structure isolé / famille ?"), "structure");
    EXPECT_EQ(topicOf("Quelles garanties en optique ?"), "garanties");
    EXPECT_EQ(topicOf("Effectivement, prenez-vous le tiers payant ?"), "");
    // No topic: the question is not about the specifications.
    const auto nothing = ask(yvetotTruth(), "Effectivement, prenez-vous le tiers payant ?");
    EXPECT_EQ(nothing, "La question ne porte pas sur le cahier des charges.");
    // The truth does not hold the broker's commission: no topic answers it.
    EXPECT_EQ(topicOf("Quel taux de commission ?"), "");
}

// The answers state the truth: the headcount and cadres of the census (counts agreed), the
// current contract with its premium (the specifications give it), the loss ratio over the years
// given; without a contract, that there is none.
TEST(TenderAnswers, AnswersStateTheTruthAndOnlyIt) {
    const auto& truth = yvetotTruth();
    const auto& d = truth.diagnosis;
    const auto headcount = ask(truth, "Quel est l'effectif ?");
    EXPECT_TRUE(contains(headcount, frenchCount(d.employees, "salarié", "salariés"))) << headcount;
    EXPECT_TRUE(contains(headcount, d.cadres > 0 ? frenchCount(d.cadres, "cadre", "cadres")
                                                 : std::string("aucun cadre")))
        << headcount;
    const auto insurer = ask(truth, "Qui est l'assureur actuel ?");
    EXPECT_TRUE(contains(insurer, truth.currentInsurer)) << insurer;
    EXPECT_TRUE(contains(insurer, frenchNumber(truth.currentMonthlyPremium, 2) + " €")) << insurer;
    EXPECT_FALSE(contains(insurer, "ne communique pas")) << insurer;
    double premium = 0, benefits = 0;
    for (const auto& y : truth.losses) {
        premium += y.premium;
        benefits += y.benefits;
    }
    const auto losses = ask(truth, "Quelle est la sinistralité ?");
    EXPECT_TRUE(contains(losses, frenchNumber(100 * benefits / premium, 0) + " %")) << losses;
    EXPECT_TRUE(contains(losses, "3 dernières années")) << losses;

    const auto none = withoutContract();
    EXPECT_TRUE(contains(ask(none, "Qui est l'assureur actuel ?"),
                         "n'a pas de contrat collectif santé en cours"));
    EXPECT_TRUE(contains(ask(none, "Quelle est la sinistralité ?"), "pas d'historique"));
    const auto guarantees = ask(none, "Quelles garanties actuelles ?");
    EXPECT_TRUE(contains(guarantees, "pas de garanties actuelles")) << guarantees;
    EXPECT_FALSE(contains(guarantees, "figurent au tableau")) << guarantees;
    auto single = none;
    single.diagnosis.cadres = 1;
    EXPECT_TRUE(contains(ask(single, "Combien de cadres ?"), "dont 1 cadre,"));
    single.diagnosis.cadres = 0;
    EXPECT_TRUE(contains(ask(single, "Combien de cadres ?"), "aucun cadre"));
}

// Issue 12, review finding 2: each question gets its own topic's answer. The longest keyword
// chose before: « contrat actuel » (14 letters) over « sinistralité » (12) answered the loss
// ratio with the contract, « salarié » over « enfant » the children with the headcount, and
// « garanties actuelles » answered provident with the health table. Now the head of the question
// (its earliest keyword, generic words such as « actuel » or « salarié » only failing any)
// answers.
TEST(TenderAnswers, EachQuestionGetsItsOwnTopic) {
    EXPECT_EQ(topicOf("Quelle est la sinistralité du contrat actuel ?"), "sinistralite");
    EXPECT_EQ(topicOf("Combien d'enfants ont les salariés ?"), "famille");
    EXPECT_EQ(topicOf("Quelles sont les garanties de prévoyance actuelles ?"), "prevoyance");
    EXPECT_EQ(topicOf("Quel est le niveau de sinistralité ?"), "sinistralite");
    EXPECT_EQ(topicOf("Combien de salariés ?"), "effectif");
    const auto& truth = yvetotTruth();
    const auto losses = ask(truth, "Quelle est la sinistralité du contrat actuel ?");
    EXPECT_TRUE(contains(losses, "rapport sinistres / cotisations du contrat actuel")) << losses;
    EXPECT_FALSE(contains(losses, truth.currentInsurer)) << losses;
    // The provident answer gives the current provident contract, never the health one.
    const auto provident = ask(truth, "Quelles sont les garanties de prévoyance actuelles ?");
    EXPECT_TRUE(contains(provident, "La consultation ne porte pas sur la prévoyance."))
        << provident;
    EXPECT_TRUE(contains(provident, truth.providentInsurer.empty()
                                        ? std::string("pas de contrat collectif de prévoyance")
                                        : "assuré par " + truth.providentInsurer))
        << provident;
    EXPECT_FALSE(contains(provident, "santé")) << provident;
}
