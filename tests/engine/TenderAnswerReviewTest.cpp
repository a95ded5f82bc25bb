#include <gtest/gtest.h>

#include "TenderTestKit.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/tender/TenderAnswerReview.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

// Issue 12, testers' finding 1: each answer is judged against its own question
// (TenderAnswerReview), and the award, the assessor and the debrief read that judgement. The
// fixture's tender asks tiers_payant then portabilite, 20 words each (datasets/ao_questions.csv).
namespace {

const char* const kTiersPayant =
    "Notre carte de tiers payant couvre pharmacies, laboratoires, radiologie, hôpitaux, opticiens "
    "et dentistes du réseau partenaire national, soit plus de deux cent mille professionnels de "
    "santé conventionnés en France.";
const char* const kPortabilite =
    "La portabilité est gérée dès la fin du contrat de travail sur simple déclaration de "
    "l'employeur, sans cotisation pendant douze mois au plus ; le maintien Évin est proposé par "
    "courrier dans les deux mois.";
// 26 distinct words on service quality: the text testers pasted to every question.
const char* const kGeneric =
    "Une réponse argumentée de plus de vingt mots sur le service rendu aux salariés de notre "
    "client avec nos engagements de qualité et nos délais de traitement mesurés.";

TenderDraft draftOf(const std::string& tiersPayant, const std::string& portabilite) {
    TenderDraft d;
    d.offerVersion = 1;
    d.answers = {{"tiers_payant", tiersPayant}, {"portabilite", portabilite}};
    return d;
}

std::vector<TenderAnswerVerdict> review(const TenderDraft& d) {
    return TenderAnswerReview::of(TenderReference::installed(), yvetotTender(), d);
}

std::string repeated(const std::string& word, int times) {
    std::string text;
    for (int i = 0; i < times; ++i) text += (i ? " " : "") + word;
    return text;
}

}  // namespace

TEST(TenderAnswerReview, AnswersOnTheirQuestionsCount) {
    const auto v = review(draftOf(kTiersPayant, kPortabilite));
    ASSERT_EQ(v.size(), 2u);
    EXPECT_TRUE(v[0].addressed) << v[0].reason;
    EXPECT_TRUE(v[1].addressed) << v[1].reason;
    EXPECT_EQ(TenderAnswerReview::completeness(v), 1.0);
}

// The same text for both questions counts once (the first), whatever its words.
TEST(TenderAnswerReview, TheSameTextCountsOnce) {
    // Same words, other case and punctuation: the same text.
    auto copy = std::string(kTiersPayant);
    copy[0] = 'n';
    const auto v = review(draftOf(kTiersPayant, copy + " !"));
    EXPECT_TRUE(v[0].addressed);
    EXPECT_FALSE(v[1].addressed);
    EXPECT_NE(v[1].reason.find("même texte que la réponse à la question « Décrivez votre "
                               "dispositif de tiers payant"),
              std::string::npos)
        << v[1].reason;
    EXPECT_EQ(TenderAnswerReview::completeness(v), 0.5);
}

// 21 times the same word: 21 words (≥ 20) but 1 distinct (under 0,5 × 20 = 10), and off topic.
TEST(TenderAnswerReview, ARepeatedWordIsNoAnswer) {
    const auto v = review(draftOf(repeated("mot", 21), kPortabilite));
    EXPECT_FALSE(v[0].addressed);
    EXPECT_EQ(v[0].reason,
              "répétitive : 1 mot différent sur 21 (au moins 10 mots différents demandés)");
    // Even a word of the question's terms repeated.
    EXPECT_FALSE(review(draftOf(repeated("réseau", 30), kPortabilite))[0].addressed);
}

// The generic text holds none of either question's terms: off topic twice (and the second is a
// copy of the first).
TEST(TenderAnswerReview, AnOffTopicAnswerIsNoAnswer) {
    const auto v = review(draftOf(kGeneric, kGeneric));
    EXPECT_FALSE(v[0].addressed);
    EXPECT_NE(v[0].reason.find("hors sujet : aucun des termes de la question (« tiers payant »"),
              std::string::npos)
        << v[0].reason;
    EXPECT_FALSE(v[1].addressed);
    EXPECT_EQ(TenderAnswerReview::completeness(v), 0.0);
    // A missing answer and a short one.
    const auto empty = review(draftOf("", "Portabilité gérée."));
    EXPECT_EQ(empty[0].reason, "sans réponse");
    EXPECT_EQ(empty[1].reason, "trop courte : 2 mots sur les 20 demandés");
}

// The award's « dossier » criterion and the debrief read the judgement: the pasted answers give
// a completeness of 0 (1 before the fix: both had 26 words), and the debrief says why.
TEST(TenderAnswerReview, TheAwardAndTheDebriefReadIt) {
    auto b = readTender();
    const auto siret = siret::formatSiret(yvetotTender().siret);
    b.add(cmd::kSaveOffer, {{"siret", siret}, {"offre", tenderOffer()}});
    auto draft = completeDraft(1);
    draft["reponses"] = {{"tiers_payant", kGeneric}, {"portabilite", kGeneric}};
    ASSERT_TRUE(b.add(cmd::kTenderResponse, draft).empty());
    ASSERT_TRUE(b.add(cmd::kTenderSubmit, {{"ao", "ao-yvetot"}}).empty());
    for (int w = 1; w <= 5; ++w) b.add(cmd::kRunWeek, {{"semaine", w}});
    const TenderDesk desk(reference(), tenderScenario(), tenderMarket(), b.state());
    const auto award = desk.award("ao-yvetot");
    ASSERT_TRUE(award);
    ASSERT_NE(award->candidate(), nullptr);
    EXPECT_EQ(award->candidate()->completeness, 0.0);
    EXPECT_EQ(award->candidate()->score("dossier"), 0.0);
    const auto text =
        DocumentText::render(TenderDocument::debrief(desk.truth(yvetotTender()), *award));
    EXPECT_NE(text.find("0 sur 2 réponses traitent leur question"), std::string::npos) << text;
    EXPECT_NE(text.find("Comment gérez-vous la portabilité des droits et le maintien Évin des "
                        "anciens salariés ? — même texte que la réponse"),
              std::string::npos)
        << text;
}
