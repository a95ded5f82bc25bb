#include <gtest/gtest.h>

#include "AssessmentTestKit.h"
#include "cmcsim/note/KeyFigures.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// `words` words of plain prose ("mot mot …").
std::string prose(int words) {
    std::string text;
    for (int i = 0; i < words; ++i) text += i ? " mot" : "Mot";
    return text;
}

// A reference to `id` showing what the data gives now in `a`, or `shown` when given.
std::string reference(const ScriptedAttempt& a, const std::string& id, std::string shown = {}) {
    const auto state = AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                            cmcsim::test::reference().planRules);
    const auto figures = KeyFigures::of(cmcsim::test::reference(), assessmentScenario(), a.market(),
                                        assessmentScenario().seed, state);
    const auto* f = KeyFigures::find(figures, id);
    EXPECT_TRUE(f) << id;
    return "{{chiffre:" + id + "|" + (shown.empty() && f ? f->shown() : shown) + "}}";
}

}  // namespace

TEST(SynthesisNoteAssessor, NoNoteIsNotAcquired) {
    ScriptedAttempt a;
    const auto r = a.assess("note.synthese", thresholdsOf("note.synthese"));
    EXPECT_EQ(r.verdict, Verdict::NonAcquis);
    EXPECT_EQ(r.score, 0);
}

TEST(SynthesisNoteAssessor, ASubstantialSourcedNoteIsAcquired) {
    ScriptedAttempt a;
    a.buy("territoire");
    a.segment("commerce", {{"sections", {"G"}}}, "Commerces", 10, 1000);
    std::string markup = "# Synthèse\n\n" + prose(260) + "\n\n";
    for (const auto* id : {"marche/lignes", "marche/etablissements", "marche/effectif_salarie",
                           "segment/commerce/lignes", "segment/commerce/effectif_salarie"})
        markup += "- " + reference(a, id) + "\n";
    markup += "\nPart estimée à 35 % du marché.\n";
    a.add(command::kSaveNote, {{"texte", markup}});
    const auto t = thresholdsOf("note.synthese");
    const auto r = a.assess("note.synthese", t);
    // 268 words (1 + 260 + 7) ≥ 250, 5 exact references ≥ 5, 100 % exact ≥ 90 %.
    EXPECT_EQ(r.verdict, Verdict::Acquis);
    EXPECT_EQ(r.score, 100);
    EXPECT_EQ(figure(r, "Références exactes"), "100 % (5 sur 5)");
    EXPECT_EQ(figure(r, "Chiffres saisis sans référence (non sourcés)"), "35 %");
    // The segment's count against its truth (TargetTruth): the gap is evidence.
    EXPECT_NE(figure(r, "« commerce » : lignes du fichier").find("réalité : "), std::string::npos);
}

TEST(SynthesisNoteAssessor, AValueThatDiffersFromTheDataLowersTheVerdict) {
    ScriptedAttempt a;
    std::string markup = prose(120) + " " + reference(a, "marche/lignes") + " " +
                         reference(a, "marche/entreprises") + " " +
                         reference(a, "marche/effectif_salarie", "999 999 salariés");
    a.add(command::kSaveNote, {{"texte", markup}});
    const auto r = a.assess("note.synthese", thresholdsOf("note.synthese"));
    // 120 words in [100, 250[, 2 exact in [2, 5[, 2 of 3 exact = 67 % in [60 %, 90 %[: partial;
    // score of the weakest measure: words 50 + 50 × 20 / 150 = 56.7, references 50 + 0 = 50,
    // share 50 + 50 × (0.667 − 0.6) / 0.3 = 61.1 → 50.
    EXPECT_EQ(r.verdict, Verdict::PartiellementAcquis);
    EXPECT_EQ(r.score, 50);
    EXPECT_EQ(figure(r, "Références exactes"), "67 % (2 sur 3)");
    EXPECT_NE(figure(r, "Salariés du fichier prospects").find("« 999 999 salariés » affiché"),
              std::string::npos);
}
