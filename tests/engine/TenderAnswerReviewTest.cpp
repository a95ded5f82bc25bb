#include <gtest/gtest.h>

#include <algorithm>

#include "TenderTestKit.h"
#include "cmcsim/core/FrenchStemmer.h"
#include "cmcsim/reference/TenderReference.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/report/TenderDocument.h"
#include "cmcsim/tender/TenderAnswerReview.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

// Issue 12, testers' finding 1: each answer is judged against its own question
// (TenderAnswerReview), and the award, the assessor and the debrief read that judgement. The
// fixture's tender asks tiers_payant then portabilite, 20 words each, 4 points each of which 3
// give full credit (datasets/ao_questions.csv, ao_parametres.csv part_points_note_pleine 0,75).
namespace {

// Two real professional answers: 4 of the 4 points of tiers payant (tiers payant, réseau,
// professionals, carte) and 4 of 4 of portability (portabilité, Évin, gratuit, fin du contrat).
const char* const kTiersPayant =
    "Notre carte de tiers payant dispense les salariés de l'avance de frais chez les pharmaciens, "
    "les laboratoires, les radiologues et les hôpitaux. Notre réseau partenaire de plus de huit "
    "mille opticiens et dentistes conventionnés garantit en outre des tarifs négociés.";
const char* const kPortabilite =
    "La portabilité est gérée dès la fin du contrat de travail sur simple déclaration de "
    "l'employeur, à titre gratuit pendant douze mois au plus. Le maintien Évin est proposé par "
    "courrier aux anciens salariés dans les deux mois.";
// 26 words on service quality in two sentences: the text testers pasted to every question.
const char* const kGeneric =
    "Une réponse argumentée de plus de vingt mots sur le service rendu aux salariés de notre "
    "client. Elle décrit nos engagements de qualité et nos délais de traitement mesurés.";

TenderDraft draftOf(const std::string& tiersPayant, const std::string& portabilite) {
    TenderDraft d;
    d.offerVersion = 1;
    d.answers = {{"tiers_payant", tiersPayant}, {"portabilite", portabilite}};
    return d;
}

std::vector<TenderAnswerVerdict> review(const TenderDraft& d) {
    return TenderAnswerReview::of(TenderReference::installed(), yvetotTender(), d);
}

// The verdict of `answer` to delais_remboursement, the fixture's tender asking only it.
TenderAnswerVerdict judged(const std::string& answer) {
    auto tender = yvetotTender();
    tender.questions = {"delais_remboursement"};
    TenderDraft d;
    d.answers = {{"delais_remboursement", answer}};
    return TenderAnswerReview::of(TenderReference::installed(), tender, d).front();
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
    EXPECT_NE(
        v[0].reason.find("hors sujet : aucun des points attendus (« tiers payant », « réseau de "
                         "soins conventionné »"),
        std::string::npos)
        << v[0].reason;
    EXPECT_FALSE(v[1].addressed);
    EXPECT_EQ(TenderAnswerReview::completeness(v), 0.0);
    // A missing answer and a short one.
    const auto empty = review(draftOf("", "Portabilité gérée."));
    EXPECT_EQ(empty[0].reason, "sans réponse");
    EXPECT_EQ(empty[1].reason, "trop courte : 2 mots sur les 20 demandés");
}

// The testers' fault: one topic term in a written text gave full credit. Now the credit is the
// share of the points named over the 3 (⌈0,75 × 4⌉) full credit needs: « réseau » names 1 point,
// 1 / 3. The real answer names all 4 points: full credit, no reason.
TEST(TenderAnswerReview, OneTermEarnsOnlyItsPoint) {
    const auto gamed =
        "Nous disposons d'un réseau. Notre organisation apporte à chaque client une réponse "
        "attentive, rapide et personnalisée, adaptée à ses besoins et à ceux de ses salariés.";
    const auto v = review(draftOf(gamed, kPortabilite));
    EXPECT_TRUE(v[0].addressed);
    EXPECT_EQ(v[0].pointsTreated, 1);
    EXPECT_EQ(v[0].pointsWanted, 3);
    EXPECT_DOUBLE_EQ(v[0].credit, 1.0 / 3);
    EXPECT_EQ(
        v[0].reason,
        "incomplète : 1 point traité sur les 3 attendus pour la note pleine (manquent « tiers "
        "payant », « professionnels de santé concernés », « carte de tiers payant »)");
    // (1/3 + 1) / 2.
    EXPECT_DOUBLE_EQ(TenderAnswerReview::completeness(v), 2.0 / 3);
    const auto real = review(draftOf(kTiersPayant, kPortabilite));
    EXPECT_EQ(real[0].pointsTreated, 4);
    EXPECT_EQ(real[1].pointsTreated, 4);
    EXPECT_DOUBLE_EQ(real[0].credit, 1.0);
    EXPECT_EQ(real[0].reason, "");
}

// A salad of the question's terms, however many points it names: 19 of its 20 words are terms
// (all but « de »), over the 50 % a written answer may have.
TEST(TenderAnswerReview, AKeywordSaladIsNoAnswer) {
    const auto salad =
        "Tiers payant, réseau, carte, pharmacie, opticien, dentiste. Professionnel, hôpital, "
        "laboratoire, radiologie, avance de frais, tiers payant, réseau partenaire conventionné, "
        "dématérialisé.";
    const auto v = review(draftOf(salad, kPortabilite));
    EXPECT_FALSE(v[0].addressed);
    EXPECT_EQ(v[0].credit, 0.0);
    EXPECT_EQ(v[0].reason,
              "liste de mots-clés : 19 mots sur 20 sont des termes de la question (au plus 50 %)");
}

// Substance: one long sentence is not a written answer (2 sentences of 4 words asked).
TEST(TenderAnswerReview, AnAnswerNeedsSentences) {
    auto oneSentence = std::string(kTiersPayant);
    oneSentence[oneSentence.find(". ")] = ',';
    const auto v = review(draftOf(oneSentence, kPortabilite));
    EXPECT_FALSE(v[0].addressed);
    EXPECT_EQ(v[0].reason,
              "pas rédigée : 1 phrase sur les 2 demandées (une phrase : 4 mots au moins, dont 15 % "
              "de mots de liaison : articles, prépositions, pronoms)");
}

// A sentence pasted into several answers counts once: the second answer is judged on its own
// sentence alone (one sentence, so not a written answer), whatever the pasted one names.
TEST(TenderAnswerReview, APastedSentenceCountsOnce) {
    const auto pasted = std::string(kGeneric) + " " + kPortabilite;
    const auto v = review(draftOf(std::string(kTiersPayant) + " " + kGeneric, pasted));
    EXPECT_DOUBLE_EQ(v[0].credit, 1.0);
    EXPECT_DOUBLE_EQ(v[1].credit, 1.0) << v[1].reason;
    const auto again = review(draftOf(kTiersPayant,
                                      "Notre carte de tiers payant dispense les salariés de "
                                      "l'avance de frais chez les pharmaciens, les laboratoires, "
                                      "les radiologues et les hôpitaux. La portabilité est "
                                      "gratuite pendant douze mois après la fin du contrat de "
                                      "travail, chômage compris."));
    EXPECT_FALSE(again[1].addressed);
    EXPECT_EQ(again[1].reason, "trop courte : 16 mots sur les 20 demandés");
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
    EXPECT_NE(text.find("Aucune des 2 réponses ne traite sa question"), std::string::npos) << text;
    EXPECT_NE(text.find("Comment gérez-vous la portabilité des droits et le maintien Évin des "
                        "anciens salariés ? — même texte que la réponse"),
              std::string::npos)
        << text;
}

// A fresh tester's finding: verb forms were not recognised (« Nous remboursons… Nous nous
// engageons… » lacked « remboursement » and « engagement »). Words are compared by their stem
// (Snowball's French stemmer); delais_remboursement has 4 points, 3 of which give full credit.
TEST(TenderAnswerReview, VerbFormsNameTheirPoints) {
    EXPECT_EQ(frenchStem("remboursement"), frenchStem("rembourse"));
    EXPECT_EQ(frenchStem("engagements"), frenchStem("engage"));
    // The tester's answer: délai (48 heures), télétransmission (Noémie), engagement
    // (engageons), remboursement (remboursons).
    const auto tester = judged(
        "Nous remboursons les prestations en moyenne sous 48 heures grâce à la télétransmission "
        "Noémie avec l'assurance maladie. Nous nous engageons sur un taux de décroché "
        "téléphonique supérieur à 90 % et un interlocuteur dédié répond au service RH sous deux "
        "jours ouvrés.");
    EXPECT_EQ(tester.pointsTreated, 4) << tester.reason;
    EXPECT_DOUBLE_EQ(tester.credit, 1.0) << tester.reason;
    // Without Noémie nor a commitment: two points of the three wanted, still incomplete.
    const auto missing = judged(
        "Nous remboursons les prestations en moyenne sous 48 heures par virement sur le compte "
        "des salariés. Un interlocuteur dédié répond au service RH et aux salariés par téléphone "
        "pendant les heures ouvrées.");
    EXPECT_EQ(missing.pointsTreated, 2) << missing.reason;
    EXPECT_DOUBLE_EQ(missing.credit, 2.0 / 3.0);
    EXPECT_EQ(missing.reason,
              "incomplète : 2 points traités sur les 3 attendus pour la note pleine (manquent "
              "« télétransmission (Noémie) », « engagements de qualité de service »)");
}

// Found by a second fresh tester: answers saying what the offer does not do were credited for
// the points they name (« Nous ne gérons pas la portabilité… »: 2 points). A point named only in
// a sentence that denies (« ne … pas / jamais / aucun », « refuser ») is not treated; « sans »
// and « aucun » alone stay commitments.
TEST(TenderAnswerReview, ADenialTreatsNoPoint) {
    const auto denied =
        "Nous ne gérons pas la portabilité des droits des anciens salariés à la fin du contrat. "
        "Le maintien Évin n'est jamais proposé par notre mutuelle, quelle que soit la situation.";
    const auto v = review(draftOf(kTiersPayant, denied));
    EXPECT_FALSE(v[1].addressed);
    EXPECT_EQ(v[1].pointsTreated, 0);
    // Found by a third tester: it was « hors sujet », though on the topic; it is a refusal, the
    // points named by their labels (datasets/ao_questions.csv libelles_points).
    EXPECT_EQ(v[1].reason,
              "refus : répond non sur « portabilité des droits », « maintien Évin des anciens "
              "salariés » (« Nous ne gérons pas la portabilité des droits des anciens salariés à "
              "la fin du contrat » : une phrase qui dit ce que l'offre ne fait pas ne traite pas "
              "le point)");
    EXPECT_EQ(v[1].pointsRefused.size(), 2u);
    EXPECT_EQ(v[1].criterion, "gestion");
    EXPECT_EQ(v[1].requirement, "obligation légale");
    EXPECT_TRUE(v[1].nonCompliant());
    EXPECT_FALSE(v[0].nonCompliant());  // tiers payant: not required, nothing refused
    // A refusal without « ne ».
    const auto refused = review(draftOf(
        kTiersPayant,
        "Nous refusons la portabilité des droits des anciens salariés à la fin du contrat. Le "
        "maintien Évin est laissé à la charge de chacun, selon la loi et ses décrets."));
    EXPECT_EQ(refused[1].pointsTreated, 1) << refused[1].reason;  // Évin, in the second
    // The same points in commitments, one with « sans »: all treated, as before.
    const auto kept = review(draftOf(
        kTiersPayant,
        "Nous gérons la portabilité des droits des anciens salariés dès la fin du contrat de "
        "travail, sans frais pour eux et à titre gratuit. Le maintien Évin est proposé par notre "
        "mutuelle, "
        "quelle que soit la situation."));
    EXPECT_EQ(kept[1].pointsTreated, 4) << kept[1].reason;
}

// Found by a second fresh tester: keywords run together in sentences with a verb or two
// (« Maintenons droits années conditions engageons… ») were written answers. A sentence needs
// 15 % of linking words (ao_parametres.csv part_mots_liaison_min); the sentences of the
// professional answers above have 33 to 52 %.
TEST(TenderAnswerReview, KeywordsRunTogetherAreNotSentences) {
    const auto run =
        "Maintien droits douze mois chômage indemnisé anciens salariés gratuité Évin employeur "
        "déclaration. Maintenons droits années conditions engageons anciens primes rapport "
        "garanti fin contrat travail.";
    const auto v = review(draftOf(kTiersPayant, run));
    EXPECT_FALSE(v[1].addressed);
    EXPECT_EQ(v[1].reason,
              "pas rédigée : 0 phrase sur les 2 demandées (une phrase : 4 mots au moins, dont "
              "15 % de mots de liaison : articles, prépositions, pronoms)");
}

// Found by a second fresh tester: « Remboursement. » written sixty times was « trop courte »;
// it repeats itself, and the reason says so.
TEST(TenderAnswerReview, ASentenceWrittenAgainIsRepetition) {
    std::string again;
    for (int i = 0; i < 10; ++i) again += "La portabilité est gratuite. ";
    const auto v = review(draftOf(kTiersPayant, again));
    EXPECT_FALSE(v[1].addressed);
    EXPECT_EQ(v[1].reason,
              "répétitive : 9 phrases déjà écrites dans cette réponse ne comptent pas, restent "
              "4 mots sur les 20 demandés");
}

// Found by a third tester: « les salariés n'avancent pas les frais » (the tiers payant itself)
// was a denial. The negative wordings the trade reads as commitments are data
// (datasets/ao_tournures_affirmatives.csv): a negation within one does not deny; « nous ne
// proposons pas le tiers payant » still does.
TEST(TenderAnswerReview, NegativeWordingsOfTheTradeAffirm) {
    const auto affirming = review(draftOf(
        "Avec notre carte de tiers payant, les salariés n'avancent pas les frais chez les "
        "pharmaciens et les opticiens. Notre réseau conventionné couvre aussi les dentistes et "
        "les laboratoires de la région.",
        kPortabilite));
    EXPECT_EQ(affirming[0].pointsTreated, 4) << affirming[0].reason;
    EXPECT_TRUE(affirming[0].pointsRefused.empty()) << affirming[0].reason;
    const auto refusing = review(draftOf(
        "Nous ne proposons pas le tiers payant aux salariés de votre entreprise. Notre réseau "
        "conventionné couvre les dentistes et les laboratoires de la région.",
        kPortabilite));
    EXPECT_EQ(refusing[0].pointsRefused, std::vector<std::string>{"tiers payant"})
        << refusing[0].reason;
    // « aucun délai de carence », « pas de questionnaire médical »: commitments.
    const auto portability = review(draftOf(
        kTiersPayant,
        "Il n'y a aucun délai de carence pour les anciens salariés en portabilité. Il n'y a pas "
        "de questionnaire médical pour le maintien Évin après la fin du contrat de travail."));
    EXPECT_EQ(portability[1].pointsTreated, 3) << portability[1].reason;
    EXPECT_TRUE(portability[1].pointsRefused.empty()) << portability[1].reason;
    EXPECT_FALSE(portability[1].nonCompliant());
}

// Found by a third tester: « délai » stems to « del », so « au-delà » named the point « délai de
// remboursement ». A stem of fewer than 4 letters is no match: such words are compared whole, a
// plural mark aside.
TEST(TenderAnswerReview, AShortStemNamesOnlyItsWord) {
    EXPECT_EQ(frenchStem("delai"), frenchStem("dela"));  // the stemmer's collision itself
    const auto beyond = judged(
        "Nous remboursons les prestations par virement sur le compte des salariés. Au-delà du "
        "remboursement, notre équipe répond au service RH par téléphone et par courriel.");
    EXPECT_EQ(beyond.pointsTreated, 1) << beyond.reason;  // remboursement only
    EXPECT_NE(beyond.reason.find("manquent « délai de remboursement »"), std::string::npos)
        << beyond.reason;
    for (const char* word : {"délai", "délais"}) {
        const auto timely = judged(std::string("Nous remboursons les prestations par virement sur "
                                               "le compte des salariés. Notre ") +
                                   word + " moyen est affiché chaque mois au service RH.");
        EXPECT_EQ(timely.pointsTreated, 2) << word << " " << timely.reason;
    }
}

// Found by a fourth tester: a legal obligation refused without « ne … pas » (« aucune
// portabilité n'est proposée », « nous excluons la portabilité ») was read as answered, and a
// refused obligation still counted in the file's completeness.
TEST(TenderAnswerReview, ANegativeSubjectOrAnExclusionRefusesAndAnswersNothing) {
    for (const char* refusal :
         {"Aucune portabilité des droits n'est proposée aux anciens salariés au chômage. Le "
          "maintien Évin relève pour les retraités d'un autre organisme de la région.",
          "Nous excluons la portabilité des droits de notre contrat pour les anciens salariés. Le "
          "maintien Évin relève pour les retraités d'un autre organisme de la région."}) {
        const auto verdicts = review(draftOf(kTiersPayant, refusal));
        const auto& refused = verdicts[1].pointsRefused;
        EXPECT_NE(std::find(refused.begin(), refused.end(), "portabilité des droits"),
                  refused.end())
            << refusal << " " << verdicts[1].reason;
        EXPECT_TRUE(verdicts[1].nonCompliant()) << verdicts[1].reason;
        EXPECT_FALSE(verdicts[1].addressed) << verdicts[1].reason;
        EXPECT_EQ(verdicts[1].credit, 0) << verdicts[1].reason;
        EXPECT_NE(verdicts[1].reason.find("refus : "), std::string::npos) << verdicts[1].reason;
    }
    // The trade's negative subjects that commit stay commitments.
    const auto commitment = review(draftOf(
        kTiersPayant,
        "Aucun délai de carence n'est appliqué aux anciens salariés en portabilité. Aucune "
        "cotisation n'est demandée pour le maintien Évin après la fin du contrat de travail."));
    EXPECT_TRUE(commitment[1].pointsRefused.empty()) << commitment[1].reason;
    EXPECT_TRUE(commitment[1].addressed) << commitment[1].reason;
}
