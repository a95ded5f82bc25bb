// The assessors of the plan and the simulated weeks (issue 11 §5, docs/assessment.md): on the
// assessment test scenario (200 establishments, 4 weeks), with attempts written as journals.
#include <gtest/gtest.h>

#include "AssessmentTestKit.h"
#include "cmcsim/assess/Grading.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const std::vector<std::string> kPlanAssessors = {"plan.coherence",
                                                 "plan.cibles",
                                                 "semaines.objectifs_journaliers",
                                                 "semaines.organisation",
                                                 "semaines.nouveaux_clients",
                                                 "offres.nouveaux_produits",
                                                 "veille.portefeuille",
                                                 "semaines.campagnes_ciblees",
                                                 "reseaux.prescripteurs",
                                                 "reseaux.situations"};

const char* const kQualification =
    "Toutes les entreprises du fichier, pour éprouver les canaux et compter les rendez-vous pris";

nlohmann::json callAction(const std::string& id, std::int64_t contacts, double yield,
                          const std::string& description = "") {
    return {{"id", id},
            {"type", "sequence_appels"},
            {"segment", "tous"},
            {"semaine_debut", 1},
            {"semaine_fin", 4},
            {"heures_semaine", 10},
            {"budget_eur", 0},
            {"contacts_semaine", contacts},
            {"rendement_attendu", yield},
            {"description", description}};
}

// An attempt with the segment "tous" (every line, qualified in writing) and a call sequence.
ScriptedAttempt withCalls(std::int64_t contacts, double yield, const std::string& description) {
    ScriptedAttempt attempt;
    attempt.segment("tous", nlohmann::json::object(), kQualification, 200, 0);
    attempt.add(command::kPlanTarget, {{"segment", "tous"}, {"priorite", 1}});
    attempt.add(command::kPlanAction, callAction("appels", contacts, yield, description));
    return attempt;
}

void runWeeks(ScriptedAttempt& attempt, int from, int to) {
    for (int w = from; w <= to; ++w) attempt.add(command::kRunWeek, {{"semaine", w}});
}

TEST(PlanAssessors, NothingToJudgeWithoutPlanNorWeek) {
    // An attempt that analysed the file but has no plan and has played no week: every assessor
    // of the plan and the weeks says "à apprécier" (docs/assessment.md), not "non acquis".
    ScriptedAttempt attempt;
    attempt.segment("tous", nlohmann::json::object(), kQualification, 200, 0);
    for (const auto& id : kPlanAssessors) {
        const auto r = attempt.assess(id, thresholdsOf(id));
        EXPECT_EQ(r.verdict, Verdict::AApprecier) << id;
        EXPECT_EQ(r.score, 0) << id;
        EXPECT_NE(r.explanation.find("À apprécier"), std::string::npos) << id;
    }
}

TEST(PlanConsistency, CredibleYieldOnQualifiedSegmentIsAcquis) {
    // One call sequence on a segment qualified in 16 words (≥ 10), 200 lines (≤ 300 for calls),
    // 10 h a week of 35; yield 0.02 against the model's 0.20 × 0.12 × 0.75 = 0.018 (within a
    // factor 3): all four measures acquis.
    auto attempt = withCalls(20, 0.02, "");
    const auto r = attempt.assess("plan.coherence", thresholdsOf("plan.coherence"));
    EXPECT_EQ(r.verdict, Verdict::Acquis) << r.explanation;
    EXPECT_EQ(figure(r, "Actions fondées sur l'analyse"), "100 % (1 sur 1)");
    EXPECT_EQ(figure(r, "Rendements attendus vraisemblables"), "100 % (1 sur 1)");
    EXPECT_EQ(figure(r, "Avertissements de capacité et de budget"), "0");
}

TEST(PlanConsistency, AbsurdYieldAndOverCapacityAreNotAcquis) {
    // Yield 0.5: 28 times the model's 0.018 (> 3): 0 of 1 credible → non acquis; 300 calls a
    // week cost 24 h by the model (0.08 h a call) for a capacity lowered to 20 h: capacity
    // warnings (the weeks charge the model's cost, not the hours declared).
    auto attempt = withCalls(20, 0.5, "");
    attempt.add(command::kPlanAction, callAction("appels", 300, 0.5));
    attempt.add(command::kPlanCapacity, {{"heures_semaine", 20}});
    const auto r = attempt.assess("plan.coherence", thresholdsOf("plan.coherence"));
    EXPECT_EQ(r.verdict, Verdict::NonAcquis) << r.explanation;
    EXPECT_EQ(figure(r, "Rendements attendus vraisemblables"), "0 % (0 sur 1)");
    EXPECT_NE(figure(r, "Avertissements de capacité et de budget"), "0");
}

TEST(PlanConsistency, UnqualifiedSegmentIsNotGrounded) {
    ScriptedAttempt attempt;
    attempt.segment("tous", nlohmann::json::object(), "Tout", 200, 0);
    attempt.add(command::kPlanAction, callAction("appels", 20, 0.02));
    const auto r = attempt.assess("plan.coherence", thresholdsOf("plan.coherence"));
    EXPECT_EQ(figure(r, "Actions fondées sur l'analyse"), "0 % (0 sur 1)");
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
}

TEST(PlanConsistency, EmailingToLargeCompaniesIsTheWrongChannel) {
    // An e-mailing on companies of 50 employees and more (size bands 21 to 53): their mean real
    // headcount is above the 20 the channel table allows an e-mailing (the lower bound on
    // establishments set to 0 so that only the headcount decides): 0 of 1 fits.
    ScriptedAttempt attempt;
    attempt.segment("grandes",
                    {{"tranches", {"21", "22", "31", "32", "41", "42", "51", "52", "53"}}},
                    kQualification, 10, 0);
    auto mailing = callAction("courriels", 20, 0.0006);
    mailing["type"] = "emailing";
    mailing["segment"] = "grandes";
    attempt.add(command::kPlanAction, mailing);
    const auto r =
        attempt.assess("plan.coherence",
                       thresholdsOf("plan.coherence", {{"canal_emailing_etablissements_min", 0}}));
    EXPECT_EQ(figure(r, "Actions sur segment au canal adapté"), "0 % (0 sur 1)") << r.explanation;
    EXPECT_NE(
        figure(
            r,
            "Canal de l'action « courriels » (Campagne d'e-mails) inadapté au segment « grandes »"),
        "");
}

TEST(PlanTargets, PortfolioUnusedIsNonAcquis) {
    // No portfolio extract bought, no review in the plan: 0 uses of 2 (< 1) → non acquis,
    // whatever the targets.
    auto attempt = withCalls(20, 0.02, "");
    const auto r = attempt.assess("plan.cibles", thresholdsOf("plan.cibles"));
    EXPECT_EQ(r.verdict, Verdict::NonAcquis) << r.explanation;
    EXPECT_EQ(figure(r, "Extrait du portefeuille acheté"), "non");
    EXPECT_EQ(figure(r, "Actions de revue du portefeuille"), "0");
}

TEST(DailyObjectives, SetAndMetOrNot) {
    // Four weeks with 20 calls a week planned. Objective 1 call a day in weeks 1 and 2 only: 2
    // of 4 weeks set (50 % → partial); an objective of 1 000 a day is never met.
    auto attempt = withCalls(20, 0.02, "");
    for (int w = 1; w <= 2; ++w)
        attempt.add(command::kPlanObjective, {{"semaine", w}, {"appels_jour", 1}});
    runWeeks(attempt, 1, 4);
    auto r = attempt.assess("semaines.objectifs_journaliers",
                            thresholdsOf("semaines.objectifs_journaliers"));
    EXPECT_EQ(figure(r, "Semaines avec un objectif d'appels par jour"), "50 % (2 sur 4)");
    EXPECT_EQ(r.verdict, Verdict::PartiellementAcquis) << r.explanation;

    auto missed = withCalls(20, 0.02, "");
    for (int w = 1; w <= 4; ++w)
        missed.add(command::kPlanObjective, {{"semaine", w}, {"appels_jour", 1000}});
    runWeeks(missed, 1, 4);
    r = missed.assess("semaines.objectifs_journaliers",
                      thresholdsOf("semaines.objectifs_journaliers"));
    EXPECT_EQ(figure(r, "Semaines où l'objectif est tenu"), "0 % (0 sur 4)");
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
}

TEST(ActionFollowUp, AdjustmentsCountOnlyAfterResults) {
    // A plan change before any week is not an adjustment; two after week 2 are.
    auto attempt =
        withCalls(20, 0.02, "Appels de présentation de la mutuelle et prise de rendez-vous");
    attempt.add(command::kPlanAction,
                callAction("appels", 15, 0.02,
                           "Appels de présentation de la mutuelle et prise de rendez-vous"));
    runWeeks(attempt, 1, 2);
    auto r = attempt.assess("semaines.organisation", thresholdsOf("semaines.organisation"));
    EXPECT_EQ(figure(r, "Changements du plan après la première semaine jouée"), "0");
    EXPECT_EQ(r.verdict, Verdict::NonAcquis) << r.explanation;
    attempt.add(command::kPlanAction,
                callAction("appels", 10, 0.02,
                           "Appels de présentation de la mutuelle et prise de rendez-vous"));
    attempt.add(command::kPlanCapacity, {{"heures_semaine", 30}});
    runWeeks(attempt, 3, 3);
    r = attempt.assess("semaines.organisation", thresholdsOf("semaines.organisation"));
    EXPECT_EQ(figure(r, "Changements du plan après la première semaine jouée"), "2");
    EXPECT_EQ(figure(r, "Actions préparées (description écrite)"), "100 % (1 sur 1)");
}

TEST(NewProducts, NoOfferIsForTheEvaluator) {
    auto attempt = withCalls(20, 0.02, "");
    runWeeks(attempt, 1, 1);
    const auto r =
        attempt.assess("offres.nouveaux_produits", thresholdsOf("offres.nouveaux_produits"));
    EXPECT_EQ(r.verdict, Verdict::AApprecier);
    EXPECT_NE(r.explanation.find("aucune offre"), std::string::npos);
}

TEST(TargetedCampaigns, QualifiedCampaignFollowedIsAcquis) {
    // One call campaign on a segment qualified in writing (1 of 1 targeted), changed after
    // week 2 (1 change ≥ 1): acquis; the same without change: non acquis.
    auto attempt = withCalls(20, 0.02, "");
    runWeeks(attempt, 1, 2);
    auto r =
        attempt.assess("semaines.campagnes_ciblees", thresholdsOf("semaines.campagnes_ciblees"));
    EXPECT_EQ(figure(r, "Campagnes menées ciblées"), "100 % (1 sur 1)");
    EXPECT_EQ(r.verdict, Verdict::NonAcquis) << r.explanation;
    attempt.add(command::kPlanAction, callAction("appels", 30, 0.02));
    runWeeks(attempt, 3, 3);
    r = attempt.assess("semaines.campagnes_ciblees", thresholdsOf("semaines.campagnes_ciblees"));
    EXPECT_EQ(r.verdict, Verdict::Acquis) << r.explanation;
}

TEST(Prescribers, NoEventIsNonAcquis) {
    // Weeks played with calls only: 0 prescriber event, 0 kind; 0 of the 3 occasions used.
    auto attempt = withCalls(20, 0.02, "");
    runWeeks(attempt, 1, 2);
    auto r = attempt.assess("reseaux.prescripteurs", thresholdsOf("reseaux.prescripteurs"));
    EXPECT_EQ(figure(r, "Événements prescripteurs tenus"), "0");
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
    r = attempt.assess("reseaux.situations", thresholdsOf("reseaux.situations"));
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
}

}  // namespace
