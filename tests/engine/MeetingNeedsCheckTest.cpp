#include <gtest/gtest.h>

#include <algorithm>

#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingNeedsCheck.h"
#include "cmcsim/reference/MeetingBank.h"

// The written needs and requirements (issue 12, needs-studio): testers found a keyword salad
// signed, natural wording refused and refused drafts free to retry. The company signs sentences
// that cover what it revealed, keywords compared as normalised words (case, accents, plural);
// each refused draft costs trust and minutes and stays in the transcript (docs/simulation.md
// "Les exigences et besoins écrits").
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
// A meeting opened with the first test company, and its context to check statements against.
struct Needs : MeetingJournal {
    Needs() {
        ok(cmd::kMeetingOpen, {{"siret", siretOf(line())}});
        hidden = needs(companyOf(line()), 40);
        context = MeetingJournal::context(1, hidden);
    }
    // What keeps the company from signing `text` once the topics `revealed` are known.
    std::vector<std::string> problems(const std::vector<std::string>& revealed,
                                      const std::string& text) const {
        MeetingTranscript t;
        for (const auto& topic : revealed) t.known[topic] = "dit";
        return MeetingNeedsCheck::problems(*context, t, text);
    }
    CompanyNeeds hidden;
    std::unique_ptr<MeetingContext> context;
};

const MeetingBank& bank() {
    return reference().meetings;
}

std::string joined(const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems) out.append(p).append(" | ");
    return out;
}
}  // namespace

// (b) A list of keywords is no statement: refused, the company quoting it; with a verb but
// hardly a word besides the keywords, still refused.
TEST(MeetingNeedsCheck, AKeywordSaladIsRefused) {
    const Needs n;
    const std::vector<std::string> revealed = {"priorites", "budget"};
    auto p = n.problems(revealed, "optique dentaire budget hospitalisation");
    ASSERT_FALSE(p.empty());
    EXPECT_NE(joined(p).find("« optique dentaire budget hospitalisation » n'est pas une phrase"),
              std::string::npos)
        << joined(p);
    EXPECT_FALSE(n.problems(revealed, "Optique, dentaire : budget est hospitalisation.").empty());
    EXPECT_FALSE(
        n.problems(revealed, "– optique\n– dentaire\n– budget\n– hospitalisation").empty());
}

// (c) Natural professional wording is signed: synonyms of the trade ("lunettes", "verres") and
// word forms (case, accents, plural) count.
TEST(MeetingNeedsCheck, NaturalWordingIsSigned) {
    const Needs n;
    EXPECT_TRUE(n.problems({"priorites"},
                           "Vos salariés portent des lunettes, vous souhaitez "
                           "mieux rembourser les verres.")
                    .empty());
    EXPECT_TRUE(n.problems({"priorites", "budget", "niveau_souhaite", "prevoyance"},
                           "Vos salariés portent des LUNETTES et tiennent aux PROTHÈSES. "
                           "Vous voulez garder la même enveloppe pour la part employeur. "
                           "Vous visez des garanties intermédiaires, sans aller au-delà. "
                           "Vous craignez un arrêt de travail long pour vos équipes.")
                    .empty())
        << joined(n.problems({"priorites", "budget", "niveau_souhaite", "prevoyance"}, ""));
    // Found by a tester: a budget stated in the trade's words was refused as "not a sentence"
    // (its possessive and its figure were not counted, its other words being keywords).
    EXPECT_TRUE(n.problems({"budget"},
                           "Votre budget est de 40 euros par salarié et par mois pour la part "
                           "employeur.")
                    .empty())
        << joined(n.problems({"budget"},
                             "Votre budget est de 40 euros par salarié et par mois "
                             "pour la part employeur."));
    // The same sentence, a topic it does not cover: named as missing, not as a list.
    const auto p = n.problems({"priorites", "insatisfactions"},
                              "Vos salariés portent des lunettes, vous souhaitez mieux "
                              "rembourser les verres.");
    ASSERT_EQ(p.size(), 1U);
    EXPECT_EQ(p[0], "il y manque ce qui ne va pas avec notre contrat actuel");
}

// Found by a second fresh tester: a company that said its contract suits it (no dissatisfaction)
// refused the needs for missing « ce qui ne va pas », and « vous êtes satisfaits de votre
// contrat actuel » did not cover the topic.
TEST(MeetingNeedsCheck, ASatisfiedCompanyIsWrittenSatisfied) {
    Needs n;
    n.hidden.dissatisfactions.clear();
    n.context = n.MeetingJournal::context(1, n.hidden);
    const auto p = n.problems({"priorites", "insatisfactions"},
                              "Vos salariés portent des lunettes, vous souhaitez mieux "
                              "rembourser les verres.");
    ASSERT_EQ(p.size(), 1U);
    EXPECT_EQ(p[0], "il y manque ce que nous pensons de notre contrat actuel (il nous convient)");
    const std::string glasses =
        "Vos salariés portent des lunettes, vous souhaitez mieux rembourser les verres. ";
    for (const auto* said : {"Vous êtes satisfaits de votre contrat actuel et de sa gestion.",
                             "Votre contrat actuel vous convient plutôt bien aujourd'hui."})
        EXPECT_TRUE(n.problems({"priorites", "insatisfactions"}, glasses + said).empty())
            << said << " : "
            << joined(n.problems({"priorites", "insatisfactions"}, glasses + said));
}

// A sentence per topic is not enough when it is too short: at least `besoins_mots_par_sujet`
// words besides keywords and small words, per sentence and per revealed topic.
TEST(MeetingNeedsCheck, TooShortAStatementIsRefused) {
    const Needs n;
    ASSERT_EQ(bank().parameter("besoins_mots_par_sujet"), 3);
    // "vous", "voulez": two words besides the keyword "optique".
    EXPECT_FALSE(n.problems({"priorites"}, "Vous voulez l'optique.").empty());
    EXPECT_TRUE(n.problems({"priorites"}, "Vous voulez renforcer l'optique.").empty());
    // Two topics, one sentence of 4 counted words (vous voulez renforcer maintenant): 6 needed.
    const auto p = n.problems({"priorites", "budget"},
                              "Vous voulez renforcer maintenant "
                              "l'optique dans le budget.");
    ASSERT_EQ(p.size(), 1U) << joined(p);
    EXPECT_NE(p[0].find("trop succinct : 4 mots pour les 2 points"), std::string::npos) << p[0];
}

// (a) Each refused draft costs trust (`besoins_refuses`) and minutes (`minutes_besoins`), and
// stays in the transcript for the evaluator; the engine's draft is then signed.
TEST(MeetingNeedsCheck, EachRefusalCostsAndTheEnginesDraftIsSigned) {
    Needs n;
    n.choose(
        1, {"dec_budget", "dec_niveau", "dec_priorites", "dec_insatisfactions", "dec_sensibilite"});
    const std::vector<std::string> drafts = {"optique dentaire budget niveau prix",
                                             "Niveau, optique, budget, prix, délais."};
    for (const auto& d : drafts) n.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", d}});
    auto t = n.transcript(1, n.hidden);
    ASSERT_EQ(t.turns.size(), 7U);
    for (std::size_t i = 5; i < 7; ++i) {
        const auto& turn = t.turns[i];
        EXPECT_NE(turn.answer.find("Je ne peux pas signer"), std::string::npos) << turn.answer;
        EXPECT_NE(turn.said.find(drafts[i - 5]), std::string::npos);
        EXPECT_NEAR(turn.trustAfter - turn.trustBefore, bank().parameter("besoins_refuses"),
                    bank().parameter("bruit_confiance"));
        EXPECT_LT(turn.trustAfter, turn.trustBefore);
        EXPECT_NEAR(turn.minutes, bank().parameter("minutes_besoins"),
                    bank().parameter("minutes_besoins") * bank().parameter("bruit_minutes") + 0.5);
        EXPECT_GT(turn.minutes, 0);
    }
    EXPECT_EQ(t.needsStep, 0);
    n.ok(cmd::kMeetingNeeds, {{"rdv", 1}, {"besoins", MeetingNeedsCheck::draft(t.restated)}});
    t = n.transcript(1, n.hidden);
    EXPECT_EQ(t.needsStep, 8) << t.turns.back().answer;
    EXPECT_NE(t.turns.back().answer.find("je signe"), std::string::npos);
}

// The keywords are read as normalised words: "dentaires" is "dentaire", but "dentifrice" holds
// no keyword; a keyword of several words counts only as a sequence.
TEST(MeetingNeedsCheck, KeywordsAreWholeNormalisedWords) {
    const auto& keywords = MeetingNeedsCheck::installed();
    const auto& priorities = keywords.at("priorites");
    EXPECT_NE(std::find(priorities.begin(), priorities.end(), "chambre particuliere"),
              priorities.end());
    EXPECT_NE(std::find(priorities.begin(), priorities.end(), "ayant droit"), priorities.end());
    const Needs n;
    EXPECT_TRUE(n.problems({"priorites"},
                           "Vos salariés attendent des SOINS DENTAIRES mieux "
                           "remboursés.")
                    .empty());
    EXPECT_FALSE(
        n.problems({"priorites"}, "Vos salariés achètent beaucoup de dentifrice.").empty());
    EXPECT_TRUE(n.problems({"priorites"},
                           "Vos salariés souhaitent une chambre particulière lors "
                           "d'un séjour à l'hôpital.")
                    .empty());
    EXPECT_FALSE(
        n.problems({"priorites"}, "Vos salariés ont une chambre, en particulier.").empty());
}
