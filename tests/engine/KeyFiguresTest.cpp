#include <gtest/gtest.h>

#include "AssessmentTestKit.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/note/KeyFigures.h"
#include "cmcsim/prospects/ProspectBreakdown.h"
#include "cmcsim/prospects/ProspectView.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

std::vector<KeyFigure> figuresOf(const ScriptedAttempt& a) {
    const auto state = AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                            cmcsim::test::reference().planRules);
    return KeyFigures::of(reference(), assessmentScenario(), a.market(), assessmentScenario().seed,
                          state);
}

bool anyStartsWith(const std::vector<KeyFigure>& figures, const std::string& prefix) {
    return std::any_of(figures.begin(), figures.end(),
                       [&](const KeyFigure& f) { return f.id.starts_with(prefix); });
}

nlohmann::json note(const std::string& markup) {
    return {{"texte", markup}};
}

}  // namespace

TEST(KeyFigures, TheMarketFiguresAreThoseOfTheMarketStatistics) {
    ScriptedAttempt a;
    const auto figures = figuresOf(a);
    const auto state = AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                            cmcsim::test::reference().planRules);
    const ProspectView view(a.market(), reference(), state.knowledge());
    const auto stats = ProspectBreakdown::statistics(view, reference());  // CLI market stats
    const auto* employees = KeyFigures::find(figures, "marche/effectif_salarie");
    ASSERT_TRUE(employees);
    EXPECT_EQ(employees->value, static_cast<double>(stats.employees));
    EXPECT_EQ(employees->unit, "salariés");
    EXPECT_EQ(KeyFigures::find(figures, "marche/lignes")->value,
              static_cast<double>(a.market().prospects.size()));
    // Nothing bought, no segment, no plan, no week: the market's figures only.
    for (const auto& f : figures) EXPECT_TRUE(f.id.starts_with("marche/")) << f.id;
}

TEST(KeyFigures, AStudyNotBoughtGivesNoFigureAndABoughtOneDoes) {
    ScriptedAttempt a;
    EXPECT_FALSE(anyStartsWith(figuresOf(a), "etude/"));
    a.buy("territoire");
    const auto figures = figuresOf(a);
    EXPECT_TRUE(anyStartsWith(figures, "etude/territoire/"));
    EXPECT_FALSE(anyStartsWith(figures, "etude/veille/"));
    // The territory study's sector table counts the open establishments of the market: its rows
    // sum to the market's open establishments (StudyReport's tally).
    double establishments = 0;
    for (const auto& f : figures)
        if (f.id.starts_with("etude/territoire/1/") && f.id.ends_with("/etablissements"))
            establishments += f.value;
    double open = 0;
    for (const auto& e : a.market().establishments) open += e.closed ? 0 : 1;
    EXPECT_EQ(establishments, open);
}

TEST(KeyFigures, ASegmentGivesTheCountTheProspectViewShows) {
    ScriptedAttempt a;
    const nlohmann::json filter = {{"sections", {"G"}}};
    a.segment("commerce", filter, "Commerces de détail", 12, 3000);
    const auto figures = figuresOf(a);
    const auto state = AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                            cmcsim::test::reference().planRules);
    ProspectView view(a.market(), reference(), state.knowledge());
    view.setMarks(state.marks());
    const auto lines = view.filter(state.segments().front().filter);
    EXPECT_EQ(KeyFigures::find(figures, "segment/commerce/lignes")->value,
              static_cast<double>(lines.size()));
    EXPECT_EQ(KeyFigures::find(figures, "segment/commerce/etablissements_estimes")->value, 12);
    EXPECT_EQ(KeyFigures::find(figures, "segment/commerce/potentiel_primes")->shown(), "3 000 €");
}

TEST(NoteCommand, SavesVersionsAndRefusesUnearnedFigures) {
    ScriptedAttempt a;
    const auto figures = figuresOf(a);
    const auto lines = KeyFigures::find(figures, "marche/lignes")->shown();
    a.add(command::kSaveNote,
          note("# Marché\n\nLe fichier compte {{chiffre:marche/lignes|" + lines + "}}.\n"));
    auto state = AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                      cmcsim::test::reference().planRules);
    ASSERT_EQ(state.noteVersions().size(), 1u);
    EXPECT_EQ(state.noteVersions()[0].version, 1);
    EXPECT_EQ(state.noteVersions()[0].note.references().front()->text, lines);

    // A study not bought, an unknown family: refused, naming the entry and the reason.
    for (const std::string id : {"etude/territoire/1/x/etablissements", "verite/effectif",
                                 "segment/inconnu/lignes", "semaines/signatures"}) {
        ScriptedAttempt refused;
        refused.add(command::kSaveNote, note("{{chiffre:" + id + "|1}}"));
        try {
            AttemptState::replay(assessmentScenario(), refused.market(), refused.journal(),
                                 cmcsim::test::reference().planRules);
            ADD_FAILURE() << id << " accepted";
        } catch (const InputError& e) {
            EXPECT_EQ(e.problems().front().where, "journal, entrée 2 (note.enregistrement)");
            EXPECT_NE(e.problems().front().what.find(id), std::string::npos);
        }
    }
    // Broken markup: the place inside the payload.
    ScriptedAttempt broken;
    broken.add(command::kSaveNote, note("un **gras"));
    try {
        AttemptState::replay(assessmentScenario(), broken.market(), broken.journal(),
                             cmcsim::test::reference().planRules);
        ADD_FAILURE() << "broken markup accepted";
    } catch (const InputError& e) {
        EXPECT_EQ(e.problems().front().where,
                  "journal, entrée 2 (note.enregistrement) $.texte:1:4");
    }

    // Bought, then referred to; a second version; undone, the first is the note again.
    a.buy("territoire");
    const auto study = figuresOf(a);
    const auto it = std::find_if(study.begin(), study.end(),
                                 [](const KeyFigure& f) { return f.id.starts_with("etude/"); });
    ASSERT_NE(it, study.end());
    const auto second =
        a.add(command::kSaveNote, note("{{chiffre:" + it->id + "|" + it->shown() + "}} au total"));
    state = AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                 cmcsim::test::reference().planRules);
    ASSERT_EQ(state.noteVersions().size(), 2u);
    EXPECT_EQ(state.noteVersions()[1].version, 2);
    a.add(command::kUndo, {{"entree", second}});
    state = AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                 cmcsim::test::reference().planRules);
    ASSERT_EQ(state.noteVersions().size(), 1u);

    // The live state (entry by entry, AttemptTimeline) equals the replay.
    std::vector<JournalEntry> live;  // the timeline reads the journal its caller keeps
    AttemptTimeline timeline(assessmentScenario(), a.market(), live,
                             cmcsim::test::reference().planRules);
    for (const auto& e : a.journal()) {
        timeline.append(e);
        live.push_back(e);
    }
    EXPECT_EQ(timeline.current().toJson(), state.toJson());
    EXPECT_EQ(state.toJson()["note_versions"].size(), 1u);
    EXPECT_EQ(timeline.changesAt(second).front(),
              "Note de synthèse : version 2 enregistrée (2 mots, 1 référence)");

    // After the hand-in, no note is saved.
    a.add(command::kSeal, {{"entrees", a.journal().size()}});
    a.add(command::kSaveNote, note("trop tard"));
    EXPECT_THROW(AttemptState::replay(assessmentScenario(), a.market(), a.journal(),
                                      cmcsim::test::reference().planRules),
                 InputError);
}
