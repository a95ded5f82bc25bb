#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "AssessmentTestKit.h"
#include "TestFiles.h"
#include "cmcsim/assess/AttemptAssessment.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/AssessmentFramework.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

const std::string kHeader =
    "bloc,critere,intitule_critere,competence,indicateur,libelle,evaluateur,motif_manuel\n";

std::string seuils() {
    return readFile(sourceRoot() / "datasets" / "seuils_evaluation.csv");
}

// The single problem of parsing `referentiel` with the project's thresholds (or `thresholds`).
Problem parseProblem(const std::string& referentiel, const std::string& thresholds = seuils()) {
    const auto problems = inputProblems(
        [&] { AssessmentFramework::parse(referentiel, thresholds, "r.csv", "s.csv"); });
    if (problems.size() != 1) {
        ADD_FAILURE() << problems.size() << " problems";
        return {};
    }
    return problems.front();
}

}  // namespace

// The framework's Blocs 2–4 (../shared/referentiel/referentiel-cmc.txt): Bloc 2 has 2 criteria
// (6 and 3 indicators), Bloc 3 has 4 (5, 11, 9, 2), Bloc 4 has 6 (3, 3, 4, 1, 5, 8): 60 in all.
TEST(AssessmentFramework, LoadsEveryCriterionOfBlocs2To4InOrder) {
    const auto& framework = reference().framework;
    std::vector<std::pair<std::string, std::size_t>> shape;
    std::size_t indicators = 0;
    for (const auto& c : framework.criteria()) {
        shape.emplace_back(c.id, c.indicators.size());
        indicators += c.indicators.size();
    }
    const std::vector<std::pair<std::string, std::size_t>> expected = {
        {"B2.1", 6}, {"B2.2", 3}, {"B3.1", 5}, {"B3.2", 11}, {"B3.3", 9}, {"B3.4", 2},
        {"B4.1", 3}, {"B4.2", 3}, {"B4.3", 4}, {"B4.4", 1},  {"B4.5", 5}, {"B4.6", 8}};
    EXPECT_EQ(shape, expected);
    EXPECT_EQ(indicators, 60u);
    ASSERT_NE(framework.criterion("B2.1"), nullptr);
    EXPECT_EQ(framework.criterion("B2.1")->title, "Recueil et analyse de l'information");
    EXPECT_EQ(framework.criterion("B2.1")->bloc, 2);
    ASSERT_NE(framework.indicator("B2.1.2"), nullptr);
    EXPECT_EQ(framework.indicator("B2.1.2")->wording,
              "La fiabilité des informations recueillies est vérifiée");
    EXPECT_EQ(framework.indicator("B2.1.2")->assessor, "fiabilite.verifications");
    EXPECT_EQ(framework.indicator("B4.3.2")->assessor, "offre.simulation_couts");
    EXPECT_EQ(framework.indicator("B3.1.2")->assessor, "");
    EXPECT_FALSE(framework.indicator("B3.1.2")->manualReason.empty());
    EXPECT_EQ(framework.indicator("B3.1.1")->assessor, "semaines.objectifs_journaliers");
    EXPECT_EQ(framework.indicator("B9.9.9"), nullptr);
}

TEST(AssessmentFramework, ReadsThresholdsByAssessor) {
    const auto t = reference().framework.thresholdsOf("fiabilite.verifications");
    EXPECT_DOUBLE_EQ(t.at("precision_acquis"), 0.8);  // datasets/seuils_evaluation.csv
    EXPECT_THROW(t.at("inconnu"), std::out_of_range);
}

TEST(AssessmentFramework, RefusesADuplicateIndicator) {
    const auto p =
        parseProblem(kHeader + "2,B2.1,T,C,B2.1.1,L,,motif\n2,B2.1,T,C,B2.1.1,L,,motif\n");
    EXPECT_EQ(p.where, "r.csv:3:5 (colonne indicateur)");
    EXPECT_NE(p.what.find("déjà utilisé"), std::string::npos) << p.what;
}

TEST(AssessmentFramework, RefusesAnIndicatorOfAnotherCriterion) {
    const auto p = parseProblem(kHeader + "2,B2.1,T,C,B2.2.1,L,,motif\n");
    EXPECT_EQ(p.where, "r.csv:2:5 (colonne indicateur)");
}

TEST(AssessmentFramework, RefusesACriterionOutOfOrderOrOfAnotherBloc) {
    EXPECT_EQ(parseProblem(kHeader + "2,B2.2,T,C,B2.2.1,L,,motif\n").where,
              "r.csv:2:2 (colonne critere)");
    EXPECT_EQ(parseProblem(kHeader + "3,B2.1,T,C,B2.1.1,L,,motif\n").where,
              "r.csv:2:2 (colonne critere)");
}

TEST(AssessmentFramework, RefusesAnUnknownAssessor) {
    const auto p = parseProblem(kHeader + "2,B2.1,T,C,B2.1.1,L,inconnu.x,\n");
    EXPECT_EQ(p.where, "r.csv:2:7 (colonne evaluateur)");
}

TEST(AssessmentFramework, RefusesAnIndicatorWithNeitherAssessorNorReason) {
    const auto p = parseProblem(kHeader + "2,B2.1,T,C,B2.1.1,L,,\n");
    EXPECT_EQ(p.where, "r.csv:2:8 (colonne motif_manuel)");
}

TEST(AssessmentFramework, RefusesAThresholdOfAnUnknownParameterOrNotANumber) {
    const std::string ok = kHeader + "2,B2.1,T,C,B2.1.1,L,,motif\n";
    auto unknown = seuils() + "fiabilite.verifications,seuil_inconnu,1,u,d\r\n";
    const auto p = parseProblem(ok, unknown);
    EXPECT_NE(p.where.find("(colonne parametre)"), std::string::npos) << p.where;
    EXPECT_NE(p.what.find("precision_acquis"), std::string::npos) << p.what;

    auto text = seuils();
    const std::string from = "precision_acquis,0.8,";
    text.replace(text.find(from), from.size(), "precision_acquis,huit,");
    const auto n = parseProblem(ok, text);
    EXPECT_NE(n.where.find("(colonne valeur)"), std::string::npos) << n.where;
}

TEST(AssessmentFramework, RefusesAMissingThreshold) {
    auto text = seuils();
    const auto at = text.find("fiabilite.verifications,rappel_partiel");
    text.erase(at, text.find('\n', at) + 1 - at);
    const auto p = parseProblem(kHeader + "2,B2.1,T,C,B2.1.1,L,,motif\n", text);
    EXPECT_EQ(p.where, "s.csv");
    EXPECT_NE(p.what.find("fiabilite.verifications, paramètre rappel_partiel"), std::string::npos)
        << p.what;
}

TEST(AssessorRegistry, RefusesTheSameIdTwice) {
    const auto give = [](Verdict v) {
        return [v](const AssessmentContext&, const AssessorThresholds&, const std::string&,
                   const std::string&) {
            IndicatorResult r;
            r.verdict = v;
            return r;
        };
    };
    AssessorRegistry::add({"test.registre", {}, give(Verdict::Acquis)});
    EXPECT_THROW(AssessorRegistry::add({"test.registre", {}, give(Verdict::NonAcquis)}),
                 std::logic_error);
    const ScriptedAttempt attempt;
    EXPECT_EQ(attempt.assess("test.registre", {}).verdict, Verdict::Acquis);
}

TEST(AssessorRegistry, HoldsEveryAssessorOfTheEngineDespiteTheStaticLink) {
    for (const char* id :
         {"potentiel.sources", "fiabilite.verifications", "information.actualisation",
          "concurrence.offres", "cibles.qualification", "politique.segments",
          "diagnostic.situation", "offre.besoins_ecrits", "offre.adequation",
          "offre.simulation_couts", "offre.risques", "offre.conformite",
          "offre.comparaison_contrat", "offre.avantages_sociaux"})
        EXPECT_TRUE(AssessorRegistry::all().contains(id)) << id;
}

TEST(Verdict, LabelsAreTheFrameworksWords) {
    EXPECT_EQ(verdictLabel(Verdict::Acquis), "acquis");
    EXPECT_EQ(verdictLabel(Verdict::PartiellementAcquis), "partiellement acquis");
    EXPECT_EQ(verdictLabel(Verdict::NonAcquis), "non acquis");
    EXPECT_EQ(verdictLabel(Verdict::AApprecier), "à apprécier par l'évaluateur");
}

// Thresholds 0.8 (acquis) and 0.5 (partial): 0.8 is acquis, 0.5 partial, 0.49 not.
TEST(Grading, VerdictsAtTheThresholds) {
    EXPECT_EQ(grading::atLeast(0.8, 0.8, 0.5), Verdict::Acquis);
    EXPECT_EQ(grading::atLeast(0.5, 0.8, 0.5), Verdict::PartiellementAcquis);
    EXPECT_EQ(grading::atLeast(0.49, 0.8, 0.5), Verdict::NonAcquis);
    EXPECT_EQ(grading::atMost(0.15, 0.15, 0.35), Verdict::Acquis);
    EXPECT_EQ(grading::atMost(0.35, 0.15, 0.35), Verdict::PartiellementAcquis);
    EXPECT_EQ(grading::atMost(0.36, 0.15, 0.35), Verdict::NonAcquis);
    EXPECT_EQ(grading::weakest({Verdict::Acquis, Verdict::AApprecier, Verdict::NonAcquis}),
              Verdict::NonAcquis);
    EXPECT_EQ(grading::weakest({Verdict::AApprecier}), Verdict::AApprecier);
}

// More is better, thresholds 20 and 5: 100 at 20, 50 at 5, 75 at 12.5, 25 at 2.5, 0 at 0.
// Less is better, thresholds 0.15 and 0.35: 100 at 0.15, 50 at 0.35, 0 at 0.70 (twice 0.35).
TEST(Grading, ScoresBetweenTheThresholds) {
    EXPECT_EQ(grading::scoreAtLeast(20, 20, 5), 100);
    EXPECT_EQ(grading::scoreAtLeast(12.5, 20, 5), 75);
    EXPECT_EQ(grading::scoreAtLeast(5, 20, 5), 50);
    EXPECT_EQ(grading::scoreAtLeast(2.5, 20, 5), 25);
    EXPECT_EQ(grading::scoreAtLeast(0, 20, 5), 0);
    EXPECT_EQ(grading::scoreAtMost(0.15, 0.15, 0.35), 100);
    EXPECT_EQ(grading::scoreAtMost(0.35, 0.15, 0.35), 50);
    EXPECT_EQ(grading::scoreAtMost(0.7, 0.15, 0.35), 0);
    EXPECT_EQ(grading::share(3, 4), "75 % (3 sur 4)");
}

// An attempt where nothing was done: one result per indicator, in the framework's order; those
// without assessor say why an evaluator must judge them.
TEST(AttemptAssessment, GivesEveryIndicatorInOrderWithTheReasonOfTheManualOnes) {
    const ScriptedAttempt attempt;
    const auto state = AttemptState::replay(assessmentScenario(), assessmentMarket(),
                                            attempt.journal(), cmcsim::test::reference().planRules);
    const AssessmentContext context{assessmentScenario(), assessmentMarket(), reference(),
                                    attempt.journal(), state};
    const auto results = assessAttempt(context, reference().framework);
    ASSERT_EQ(results.size(), 60u);
    std::size_t i = 0;
    for (const auto& c : reference().framework.criteria())
        for (const auto& indicator : c.indicators) {
            EXPECT_EQ(results[i].criterion, c.id);
            EXPECT_EQ(results[i].indicator, indicator.id);
            if (indicator.assessor.empty()) {
                EXPECT_EQ(results[i].verdict, Verdict::AApprecier) << indicator.id;
                EXPECT_NE(results[i].explanation.find(indicator.manualReason), std::string::npos);
            }
            if (results[i].verdict == Verdict::AApprecier) {
                EXPECT_EQ(results[i].score, 0);
            }
            ++i;
        }
    EXPECT_EQ(results[4].indicator, "B2.1.5");
    EXPECT_EQ(results[4].verdict, Verdict::NonAcquis);  // no segment
    // Same attempt, same results.
    const auto again = assessAttempt(context, reference().framework);
    for (std::size_t k = 0; k < results.size(); ++k)
        EXPECT_EQ(again[k].explanation, results[k].explanation);
}

// Through ReferenceData, as every program loads it: the error names the dataset, line, column.
TEST(AssessmentFramework, ACorruptedDatasetIsReportedByReferenceData) {
    TempDir dir;
    const auto datasets = dir / "datasets";
    std::filesystem::copy(sourceRoot() / "datasets", datasets,
                          std::filesystem::copy_options::recursive);
    auto text = readFile(datasets / "referentiel_cmc.csv");
    const std::string from = ",fiabilite.verifications,";
    text.replace(text.find(from), from.size(), ",fiabilite.verification,");
    writeFile(datasets / "referentiel_cmc.csv", text);
    const auto problems = inputProblems([&] { ReferenceData::load(datasets); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.front().where, "datasets/referentiel_cmc.csv:3:7 (colonne evaluateur)");
}
