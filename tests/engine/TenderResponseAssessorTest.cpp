#include <gtest/gtest.h>

#include <algorithm>

#include "AssessmentTestKit.h"
#include "TenderTestKit.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

// "ao.reponse" (B4.4.1, docs/assessment.md) on the tender fixture: "ao-yvetot" asks two questions
// (tiers_payant 20 words, portabilite 20 words) and two documents (ipid, tableau_garanties), its
// submission closes at the end of week 3.
namespace {

class TenderAttempt : public ScriptedAttempt {
public:
    TenderAttempt() : ScriptedAttempt(tenderScenario(), tenderMarket()) {
        const auto line = *TenderBook::lineOf(tenderMarket(), yvetotTender().siret);
        add(cmd::kTenderRead, {{"ao", "ao-yvetot"}, {"siret", siret()}, {"ligne", line}});
        add(cmd::kSaveOffer, {{"siret", siret()}, {"offre", tenderOffer()}});
    }
    static std::string siret() { return siret::formatSiret(yvetotTender().siret); }
    void weeks(int to) {
        for (int w = 1; w <= to; ++w) add(cmd::kRunWeek, {{"semaine", w}});
    }
    IndicatorResult assessed() const { return assess("ao.reponse", thresholdsOf("ao.reponse")); }
};

bool mentions(const IndicatorResult& r, const std::string& part) {
    if (r.explanation.find(part) != std::string::npos) return true;
    for (const auto& e : r.evidence)
        if ((e.label + " " + e.value).find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

// No tender answered (only read): not evidenced, to be judged by the evaluator, with the
// comparison with the current contract given for information.
TEST(TenderResponseAssessor, NoTenderAnsweredIsLeftToTheEvaluator) {
    TenderAttempt a;
    a.weeks(4);
    const auto r = a.assessed();
    EXPECT_EQ(r.verdict, Verdict::AApprecier);
    EXPECT_NE(r.explanation.find("n'a répondu à aucun appel d'offres"), std::string::npos)
        << r.explanation;
    EXPECT_NE(r.explanation.find("offre.comparaison_contrat"), std::string::npos);
}

// A complete, compliant response submitted in week 1: measures 1 to 4 acquis (the offer's
// expected loss ratio on the real census is the pricing's 0,89, under 0,90), so the verdict is
// the comparison's (measure 5), whatever it is.
TEST(TenderResponseAssessor, CompleteCompliantSubmissionInTime) {
    TenderAttempt a;
    a.add(cmd::kTenderResponse, completeDraft(1));
    a.add(cmd::kTenderSubmit, {{"ao", "ao-yvetot"}});
    const auto r = a.assessed();
    EXPECT_TRUE(mentions(r, "déposé en semaine 1 (limite : fin de la semaine 3)")) << r.explanation;
    EXPECT_TRUE(mentions(r, "100 % (2 sur 2) des questions")) << r.explanation;
    EXPECT_TRUE(mentions(r, "100 % (2 sur 2) des documents"));
    EXPECT_TRUE(mentions(r, "conforme aux produits"));
    const auto comparison =
        a.assess("offre.comparaison_contrat", thresholdsOf("offre.comparaison_contrat"));
    if (comparison.verdict == Verdict::AApprecier) {
        EXPECT_EQ(r.verdict, Verdict::Acquis);
        EXPECT_EQ(r.score, 100);
    } else {
        EXPECT_EQ(r.verdict, comparison.verdict);
        EXPECT_EQ(r.score, comparison.score);
    }
}

// A response prepared but never submitted, its deadline passed (week 4 played): not in time.
TEST(TenderResponseAssessor, ResponseNeverSubmittedIsNotInTime) {
    TenderAttempt a;
    a.add(cmd::kTenderResponse, completeDraft(1));
    {
        const auto pending = a.assessed();
        EXPECT_EQ(pending.verdict, Verdict::AApprecier);  // week 1: still open
        EXPECT_NE(pending.explanation.find("1 réponse en cours"), std::string::npos)
            << pending.explanation;
    }
    a.weeks(3);  // week 4 now
    const auto r = a.assessed();
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
    EXPECT_EQ(r.score, 0);
    EXPECT_TRUE(mentions(r, "jamais déposée")) << r.explanation;
}

// Short answers (3 words, 20 asked): 0 of 2 questions, 2 of 2 documents, 50 % of the file, under
// completude_partiel (75 %): not acquired, score 50 × 0,50 / 0,75 = 33.
TEST(TenderResponseAssessor, IncompleteFileIsNotAcquired) {
    TenderAttempt a;
    auto draft = completeDraft(1);
    draft["reponses"] = {{"tiers_payant", "Réseau national complet."},
                         {"portabilite", "Gérée sans frais."}};
    a.add(cmd::kTenderResponse, draft);
    a.add(cmd::kTenderSubmit, {{"ao", "ao-yvetot"}});
    const auto r = a.assessed();
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
    // The comparison (measure 5) may be weaker still.
    const auto comparison =
        a.assess("offre.comparaison_contrat", thresholdsOf("offre.comparaison_contrat"));
    EXPECT_EQ(r.score,
              comparison.verdict == Verdict::AApprecier ? 33 : std::min(33, comparison.score));
    EXPECT_TRUE(mentions(r, "0 % (0 sur 2) des questions")) << r.explanation;
}

// Issue 12, finding 1: the same 26-word text (two sentences) pasted to both questions is off topic
// for both (and a copy for the second): 0 of 2 questions treated, as the award judges it, each
// named in the evidence; 2 of 4 items (the documents), 50 % of the file: not acquired.
TEST(TenderResponseAssessor, PastedAnswersDoNotTreatTheirQuestions) {
    TenderAttempt a;
    const std::string pasted =
        "Une réponse argumentée de plus de vingt mots sur le service rendu aux salariés de notre "
        "client. Elle décrit nos engagements de qualité et nos délais de traitement mesurés.";
    auto draft = completeDraft(1);
    draft["reponses"] = {{"tiers_payant", pasted}, {"portabilite", pasted}};
    a.add(cmd::kTenderResponse, draft);
    a.add(cmd::kTenderSubmit, {{"ao", "ao-yvetot"}});
    const auto r = a.assessed();
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
    EXPECT_TRUE(mentions(r, "0 % (0 sur 2) des questions traitées par leur réponse"))
        << r.explanation;
    EXPECT_TRUE(mentions(r,
                         "« Décrivez votre dispositif de tiers payant (étendue du réseau, "
                         "professionnels concernés). » : hors sujet"));
    EXPECT_TRUE(mentions(r, "même texte que la réponse à la question"));
}
