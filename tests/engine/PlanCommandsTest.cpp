#include <gtest/gtest.h>

#include "MinimalJournal.h"
#include "cmcsim/core/Siret.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

// The plan commands of a journal over the minimal scenario (MinimalJournal).
class PlanCommandsTest : public MinimalJournal {
protected:
    const ActionPlan& plan() const { return timeline_->current().plan(); }

    static nlohmann::json segment(const std::string& id) {
        return {{"id", id},
                {"nom", id},
                {"filtre", {{"sections", {"F"}}}},
                {"qualification", ""},
                {"etablissements", 20},
                {"salaries", 150},
                {"potentiel_eur", 0},
                {"conversion", 0.1}};
    }
    static nlohmann::json calls(const std::string& id, int first, int last, double hours) {
        return {{"id", id},
                {"type", "sequence_appels"},
                {"segment", "btp"},
                {"semaine_debut", first},
                {"semaine_fin", last},
                {"heures_semaine", hours},
                {"contacts_semaine", 40}};
    }
};

std::string firstWhat(const std::vector<Problem>& problems) {
    return problems.empty() ? "" : problems.front().what;
}

}  // namespace

TEST_F(PlanCommandsTest, EachCommandChangesThePlanAndReplaysToTheLiveState) {
    ASSERT_TRUE(run(cmd::kSaveSegment, segment("btp")).empty());
    EXPECT_TRUE(run(cmd::kPlanCapacity, {{"heures_semaine", 30}}).empty());
    EXPECT_TRUE(run(cmd::kPlanTarget, {{"segment", "btp"}, {"priorite", 1}}).empty());
    EXPECT_TRUE(run(cmd::kPlanObjective, {{"semaine", 2}, {"nouveaux_contrats", 1}}).empty());
    EXPECT_TRUE(run(cmd::kPlanObjective, {{"mois", 1}, {"primes_eur", 20000}}).empty());
    EXPECT_TRUE(run(cmd::kPlanAction, calls("a1", 1, 4, 12)).empty());
    const auto sirets =
        nlohmann::json::array({siret::formatSiret(minimalMarket().prospects[0].siret)});
    EXPECT_TRUE(run(cmd::kPlanAction, {{"id", "rdv"},
                                       {"type", "rendez_vous"},
                                       {"sirets", sirets},
                                       {"semaine_debut", 2},
                                       {"semaine_fin", 2},
                                       {"heures_semaine", 3}})
                    .empty());
    EXPECT_TRUE(run(cmd::kPlanAction, calls("a1", 2, 3, 8)).empty());  // replaces a1
    EXPECT_TRUE(run(cmd::kPlanActionRemove, {{"id", "rdv"}}).empty());
    EXPECT_TRUE(run(cmd::kPlanObjectiveRemove, {{"mois", 1}}).empty());
    EXPECT_DOUBLE_EQ(plan().weeklyCapacityHours, 30);
    ASSERT_EQ(plan().actions.size(), 1u);
    EXPECT_EQ(plan().actions[0].firstWeek, 2);
    EXPECT_EQ(plan().objectives.size(), 1u);
    EXPECT_EQ(plan().targets.size(), 1u);
    // One version per plan command (the segment is not one), the last being the plan.
    const auto& versions = timeline_->current().planVersions();
    ASSERT_EQ(versions.size(), 9u);
    EXPECT_EQ(versions.front().entry, 3);
    EXPECT_DOUBLE_EQ(versions.front().plan.weeklyCapacityHours, 30);
    EXPECT_TRUE(versions.front().plan.actions.empty());
    EXPECT_EQ(versions[5].plan.actions.size(), 2u);  // a1 (weeks 1-4) and rdv
    EXPECT_EQ(versions.back().plan.toJson(), plan().toJson());
    // Replay and every rebuilt state equal what was reached live.
    const auto replayed = AttemptState::replay(minimalScenario(), minimalMarket(), journal_,
                                               cmcsim::test::reference().planRules);
    EXPECT_EQ(replayed.toJson(), timeline_->current().toJson());
    EXPECT_EQ(replayed.toJson()["plan"], plan().toJson());
    const AttemptTimeline rebuilt(minimalScenario(), minimalMarket(), journal_,
                                  cmcsim::test::reference().planRules, 2);
    for (std::int64_t k = 1; k <= rebuilt.entries(); ++k)
        EXPECT_EQ(rebuilt.stateAt(k).toJson(),
                  AttemptState::replay(minimalScenario(), minimalMarket(),
                                       {journal_.begin(), journal_.begin() + k},
                                       cmcsim::test::reference().planRules)
                      .toJson());
}

TEST_F(PlanCommandsTest, PlanCommandsUndoAndRedo) {
    ASSERT_TRUE(run(cmd::kSaveSegment, segment("btp")).empty());
    ASSERT_TRUE(run(cmd::kPlanAction, calls("a1", 1, 2, 5)).empty());
    const auto added = last();
    ASSERT_TRUE(run(cmd::kPlanCapacity, {{"heures_semaine", 20}}).empty());
    ASSERT_TRUE(run(cmd::kUndo, {{"entree", added}}).empty());
    EXPECT_TRUE(plan().actions.empty());
    EXPECT_DOUBLE_EQ(plan().weeklyCapacityHours, 20);
    EXPECT_EQ(timeline_->current().planVersions().size(), 1u);  // the undone one is gone
    ASSERT_TRUE(run(cmd::kRedo, {{"entree", added}}).empty());
    EXPECT_EQ(plan().actions.size(), 1u);
    EXPECT_EQ(timeline_->current().toJson(),
              AttemptState::replay(minimalScenario(), minimalMarket(), journal_,
                                   cmcsim::test::reference().planRules)
                  .toJson());
}

TEST_F(PlanCommandsTest, ImpossibleChangesAreRefusedAndLeaveThePlan) {
    ASSERT_TRUE(run(cmd::kSaveSegment, segment("btp")).empty());
    const auto before = timeline_->current().toJson();
    EXPECT_EQ(firstWhat(run(cmd::kPlanTarget, {{"segment", "inconnu"}})),
              "segment inconnu « inconnu » (enregistrez-le d'abord)");
    auto late = calls("a1", 3, 5, 4);
    EXPECT_EQ(firstWhat(run(cmd::kPlanAction, late)),
              "semaine 5 hors de l'épreuve (semaines 1 à 4)");
    EXPECT_EQ(run(cmd::kPlanAction, calls("a1", 1, 1, -3)).front().where,
              "journal, entrée 3 (plan.action) $.heures_semaine");
    EXPECT_FALSE(run(cmd::kPlanAction, {{"id", "x"},
                                        {"type", "publipostage"},
                                        {"semaine_debut", 1},
                                        {"semaine_fin", 1},
                                        {"heures_semaine", 1}})
                     .empty());  // a mailing to no one
    EXPECT_FALSE(run(cmd::kPlanAction, {{"id", "x"},
                                        {"type", "rendez_vous"},
                                        {"sirets", {"00000000000000"}},
                                        {"semaine_debut", 1},
                                        {"semaine_fin", 1},
                                        {"heures_semaine", 1}})
                     .empty());  // a SIRET the prospect file does not list
    EXPECT_FALSE(run(cmd::kPlanCapacity, {{"heures_semaine", 200}}).empty());
    EXPECT_EQ(firstWhat(run(cmd::kPlanActionRemove, {{"id", "a9"}})), "action inconnue « a9 »");
    EXPECT_FALSE(run(cmd::kPlanTargetRemove, {{"segment", "btp"}}).empty());
    EXPECT_FALSE(run(cmd::kPlanObjectiveRemove, {{"semaine", 1}}).empty());
    EXPECT_FALSE(run(cmd::kPlanObjective, {{"semaine", 9}}).empty());
    EXPECT_EQ(timeline_->current().toJson(), before);
    // A segment the plan uses cannot be deleted.
    ASSERT_TRUE(run(cmd::kPlanAction, calls("a1", 1, 1, 2)).empty());
    EXPECT_EQ(firstWhat(run(cmd::kDeleteSegment, {{"id", "btp"}})),
              "le segment « btp » est visé par l'action « a1 » du plan");
}

TEST_F(PlanCommandsTest, AStateWithoutPlanCommandsDumpsNoPlan) {
    EXPECT_FALSE(timeline_->current().toJson().contains("plan"));
    ASSERT_TRUE(run(cmd::kPlanCapacity, {{"heures_semaine", 35}}).empty());
    EXPECT_TRUE(timeline_->current().toJson().contains("plan"));
}

// Code du travail L3121-20 (datasets/regles_plan.csv, capacite_max_legale): 48 h a week at most.
TEST_F(PlanCommandsTest, WeeklyCapacityIsBoundedByTheLegalMaximum) {
    EXPECT_TRUE(run(cmd::kPlanCapacity, {{"heures_semaine", 48}}).empty());
    EXPECT_EQ(firstWhat(run(cmd::kPlanCapacity, {{"heures_semaine", 48.5}})),
              "capacité de 48,5 h par semaine refusée : au plus 48 h (durée maximale hebdomadaire "
              "du travail)");
    EXPECT_DOUBLE_EQ(plan().weeklyCapacityHours, 48);
}

// Weeks 1 and 2 of the minimal scenario (4 weeks, all in January 2026) played: the plan changes
// only the weeks to come, every refusal says why in French, and replay equals the live state.
TEST_F(PlanCommandsTest, PlayedWeeksAreNotRewritten) {
    ASSERT_TRUE(run(cmd::kSaveSegment, segment("btp")).empty());
    ASSERT_TRUE(run(cmd::kPlanAction, calls("a1", 1, 4, 4)).empty());
    const auto added = last();
    ASSERT_TRUE(run(cmd::kPlanObjective, {{"semaine", 1}, {"nouveaux_contrats", 1}}).empty());
    ASSERT_TRUE(run(cmd::kRunWeek, {{"semaine", 1}}).empty());
    ASSERT_TRUE(run(cmd::kRunWeek, {{"semaine", 2}}).empty());
    EXPECT_EQ(firstWhat(run(cmd::kPlanObjective, {{"semaine", 2}, {"nouveaux_contrats", 3}})),
              "la semaine 2 est déjà jouée : ses objectifs ne changent plus (objectifs possibles "
              "à partir de la semaine 3)");
    EXPECT_FALSE(run(cmd::kPlanObjectiveRemove, {{"semaine", 1}}).empty());
    EXPECT_TRUE(run(cmd::kPlanObjective, {{"semaine", 3}, {"nouveaux_contrats", 2}}).empty());
    EXPECT_TRUE(run(cmd::kPlanObjective, {{"mois", 1}, {"nouveaux_contrats", 4}}).empty());
    EXPECT_EQ(firstWhat(run(cmd::kPlanAction, calls("a2", 2, 3, 4))),
              "l'action « a2 » commencerait en semaine 2, déjà jouée : une action commence au plus "
              "tôt en semaine 3");
    EXPECT_EQ(firstWhat(run(cmd::kPlanAction, calls("a1", 2, 4, 4))),
              "l'action « a1 » a commencé en semaine 1 : sa semaine de début ne change plus");
    EXPECT_EQ(firstWhat(run(cmd::kPlanAction, calls("a1", 1, 2, 4))),
              "l'action « a1 » a déjà couru : elle finit au plus tôt en semaine 3 (pour l'arrêter "
              "après la semaine 2, supprimez-la)");
    auto letters = calls("a1", 1, 4, 4);
    letters["type"] = "publipostage";
    EXPECT_EQ(firstWhat(run(cmd::kPlanAction, letters)),
              "l'action « a1 » a déjà couru comme « Séquence d'appels » : son type ne change plus "
              "(créez une autre action)");
    // (This journal opens without table digests, so undo keeps format 1's rules: ask the state.)
    EXPECT_EQ(timeline_->current().undoRefusal(journal_[static_cast<std::size_t>(added - 1)]),
              "cette modification du plan précède la semaine 1 jouée : l'annuler réécrirait les "
              "semaines jouées (modifiez le plan pour les semaines suivantes)");
    // Its future is free: more hours and contacts from week 3, then stopped after week 2.
    EXPECT_TRUE(run(cmd::kPlanAction, calls("a1", 1, 4, 6)).empty());
    EXPECT_TRUE(run(cmd::kPlanAction, calls("a2", 3, 4, 2)).empty());
    ASSERT_TRUE(run(cmd::kPlanActionRemove, {{"id", "a1"}}).empty());
    ASSERT_NE(plan().action("a1"), nullptr);
    EXPECT_EQ(plan().action("a1")->lastWeek, 2);  // stopped, its played weeks kept
    EXPECT_EQ(firstWhat(run(cmd::kPlanActionRemove, {{"id", "a1"}})),
              "l'action « a1 » s'est terminée en semaine 2, déjà jouée : elle reste au plan avec "
              "ses semaines jouées");
    ASSERT_TRUE(run(cmd::kPlanActionRemove, {{"id", "a2"}}).empty());
    EXPECT_EQ(plan().action("a2"), nullptr);  // it had not started: gone
    ASSERT_TRUE(run(cmd::kRunWeek, {{"semaine", 3}}).empty());
    ASSERT_TRUE(run(cmd::kRunWeek, {{"semaine", 4}}).empty());
    EXPECT_EQ(firstWhat(run(cmd::kPlanObjective, {{"mois", 1}, {"nouveaux_contrats", 5}})),
              "toutes les semaines du mois 1 sont déjà jouées : ses objectifs ne changent plus");
    EXPECT_EQ(timeline_->current().toJson(),
              AttemptState::replay(minimalScenario(), minimalMarket(), journal_,
                                   cmcsim::test::reference().planRules)
                  .toJson());
}
