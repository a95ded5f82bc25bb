#include <gtest/gtest.h>

#include "MinimalJournal.h"
#include "cmcsim/core/Siret.h"

// Every journal command kind refuses a payload key it does not know (AttemptState and
// PlanCommand, JsonReader::allowOnly per kind): a misspelt key is never ignored, whoever wrote
// the entry (the CLI keeps no list of its own).
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

class JournalPayloadKeys : public MinimalJournal {
protected:
    // The payload with one more key "x" is refused at $.x, naming the keys expected; the payload
    // alone is accepted (so the refusal is the key's).
    void expectUnknownKeyRefused(const std::string& kind, const nlohmann::json& payload,
                                 const std::string& expected) {
        auto withX = payload;
        withX["x"] = 1;
        const auto problems = run(kind, withX);
        const auto at = std::find_if(problems.begin(), problems.end(),
                                     [](const Problem& p) { return p.where.ends_with("$.x"); });
        ASSERT_NE(at, problems.end()) << kind;
        EXPECT_EQ(at->what, "clé inconnue (attendu : " + expected + ")") << kind;
        EXPECT_TRUE(run(kind, payload).empty()) << kind;
    }
};

}  // namespace

TEST_F(JournalPayloadKeys, EveryAnalysisKindRefusesAnUnknownKey) {
    // The minimal scenario sells no study: the key is refused before the study is looked up.
    const auto study = run(cmd::kBuyStudy, {{"etude", "aucune"}, {"x", 1}});
    ASSERT_EQ(study.size(), 1u);
    EXPECT_TRUE(study[0].where.ends_with("$.x")) << study[0].where;
    EXPECT_EQ(study[0].what, "clé inconnue (attendu : etude)");
    expectUnknownKeyRefused(cmd::kVerify, {{"ligne", 0}}, "ligne");
    expectUnknownKeyRefused(cmd::kCensusRequest, {{"ligne", 0}}, "ligne");
    expectUnknownKeyRefused(cmd::kFlag, {{"ligne", 1}, {"anomalie", "doublon"}, {"motif", "m"}},
                            "ligne, anomalie, motif");
    expectUnknownKeyRefused(cmd::kTag, {{"ligne", 1}, {"etiquette", "chaud"}}, "ligne, etiquette");
    expectUnknownKeyRefused(cmd::kNote, {{"ligne", 1}, {"texte", "rappeler"}}, "ligne, texte");
    expectUnknownKeyRefused(cmd::kSaveFilter, {{"nom", "f"}, {"filtre", nlohmann::json::object()}},
                            "nom, filtre");
    expectUnknownKeyRefused(cmd::kDeleteFilter, {{"nom", "f"}}, "nom");
    const nlohmann::json segment = {
        {"id", "s"},           {"nom", "S"},          {"filtre", nlohmann::json::object()},
        {"qualification", ""}, {"etablissements", 1}, {"salaries", 1},
        {"potentiel_eur", 0},  {"conversion", 0.1}};
    expectUnknownKeyRefused(cmd::kSaveSegment, segment,
                            "id, nom, filtre, qualification, etablissements, salaries, "
                            "potentiel_eur, conversion");
    expectUnknownKeyRefused(cmd::kDeleteSegment, {{"id", "s"}}, "id");
    const auto siret = siret::formatSiret(minimalMarket().prospects[0].siret);
    expectUnknownKeyRefused(cmd::kSaveOffer, {{"siret", siret}, {"offre", {{"titre", "t"}}}},
                            "siret, offre");
}

TEST_F(JournalPayloadKeys, EveryPlanKindRefusesAnUnknownKey) {
    ASSERT_TRUE(run(cmd::kSaveSegment, {{"id", "btp"},
                                        {"nom", "BTP"},
                                        {"filtre", {{"sections", {"F"}}}},
                                        {"qualification", ""},
                                        {"etablissements", 1},
                                        {"salaries", 1},
                                        {"potentiel_eur", 0},
                                        {"conversion", 0.1}})
                    .empty());
    expectUnknownKeyRefused(cmd::kPlanCapacity, {{"heures_semaine", 30}}, "heures_semaine");
    expectUnknownKeyRefused(cmd::kPlanObjective, {{"semaine", 2}, {"nouveaux_contrats", 1}},
                            "semaine, mois, nouveaux_contrats, primes_eur, appels_jour");
    expectUnknownKeyRefused(cmd::kPlanObjectiveRemove, {{"semaine", 2}}, "semaine, mois");
    expectUnknownKeyRefused(cmd::kPlanTarget, {{"segment", "btp"}, {"priorite", 1}},
                            "segment, priorite");
    expectUnknownKeyRefused(cmd::kPlanTargetRemove, {{"segment", "btp"}}, "segment");
    const nlohmann::json action = {{"id", "a1"},
                                   {"type", "sequence_appels"},
                                   {"segment", "btp"},
                                   {"semaine_debut", 1},
                                   {"semaine_fin", 2},
                                   {"heures_semaine", 5},
                                   {"contacts_semaine", 10}};
    expectUnknownKeyRefused(cmd::kPlanAction, action,
                            "id, type, segment, sirets, prescripteur, semaine_debut, semaine_fin, "
                            "heures_semaine, budget_eur, contacts_semaine, rendement_attendu, "
                            "description");
    expectUnknownKeyRefused(cmd::kPlanActionRemove, {{"id", "a1"}}, "id");
}

TEST_F(JournalPayloadKeys, WeeksNotesUndoAndHandInRefuseAnUnknownKey) {
    expectUnknownKeyRefused(cmd::kSaveNote, {{"texte", "# Note"}}, "texte");
    expectUnknownKeyRefused(cmd::kRunWeek, {{"semaine", 1}}, "semaine");
    const auto note = last() - 1;  // the note saved above (the week ran after it)
    expectUnknownKeyRefused(cmd::kUndo, {{"entree", note}}, "entree");
    expectUnknownKeyRefused(cmd::kRedo, {{"entree", note}}, "entree");
    expectUnknownKeyRefused(cmd::kSeal, {{"entrees", last()}}, "entrees");
}
