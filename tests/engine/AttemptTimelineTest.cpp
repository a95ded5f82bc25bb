#include <gtest/gtest.h>

#include <random>

#include "../support/HealthOffer.h"
#include "TestAttempts.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/attempt/JournalText.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/store/AttemptSession.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

// A fresh attempt of tests/fixtures/scenarios/session.json: 200 lines, budget 1,000 €, 2 days,
// two studies ("veille": 600 € and 0.5 day; "territoire": 800 € and 1 day).
class AttemptTimelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        static const auto scenario =
            ScenarioLoader(reference()).fromFile(fixturePath("scenarios/session.json"));
        file_ = createAttempt(scenario, dir_, "epreuve.cmc");
    }
    const std::filesystem::path& file() const { return file_; }

    // Runs a command through the session: the state reached live is kept after each accepted
    // entry (live_[k] after entry k); a refusal is kept with the refusal AttemptState::replay
    // gives for the journal followed by the same entry.
    void run(AttemptSession& session, const std::string& kind, const nlohmann::json& payload) {
        const auto& journal = session.attempt().journal();
        auto candidate = journal;
        candidate.push_back(
            Journal::next(&journal.back(), session.state().simulatedDate(), kind, payload.dump()));
        const auto refused = inputProblems([&] { session.execute(kind, payload); });
        if (refused.empty()) {
            live_.push_back(session.state().toJson());
            return;
        }
        ++refusals_;
        const auto replayed = inputProblems([&] {
            AttemptState::replay(session.attempt().scenario(), session.attempt().market(),
                                 candidate, cmcsim::test::reference().planRules);
        });
        ASSERT_EQ(replayed.size(), refused.size()) << kind << " " << payload;
        // The same place; the entry's own is named after the command live, since it is never
        // written (an undo refused names the existing entry it targets, the same in both).
        const auto entryPlace =
            "journal, entrée " + std::to_string(candidate.back().sequence) + " (" + kind + ")";
        for (std::size_t i = 0; i < refused.size(); ++i) {
            const auto& where = replayed[i].where;
            EXPECT_EQ(refused[i].where, where.starts_with(entryPlace)
                                            ? JournalText::refusedName(kind) +
                                                  " (rien n'est écrit au journal)" +
                                                  where.substr(entryPlace.size())
                                            : where);
            EXPECT_EQ(refused[i].what, replayed[i].what);
        }
    }
    std::int64_t last(const AttemptSession& session) const {
        return session.attempt().journal().back().sequence;
    }
    // Every state the timeline rebuilds (with checkpoints every `every` entries) equals the
    // state reached live and the replay of the journal's first k entries.
    void expectEquivalent(const AttemptSession& session, std::size_t every) {
        const auto& a = session.attempt();
        const AttemptTimeline timeline(a.scenario(), a.market(), a.journal(),
                                       cmcsim::test::reference().planRules, every);
        ASSERT_EQ(static_cast<std::size_t>(timeline.entries()), a.journal().size());
        ASSERT_EQ(live_.size(), a.journal().size());
        for (std::int64_t k = 1; k <= timeline.entries(); ++k) {
            const auto rebuilt = timeline.stateAt(k).toJson();
            EXPECT_EQ(rebuilt, live_[static_cast<std::size_t>(k - 1)])
                << "entry " << k << ", checkpoint every " << every;
            const std::vector<JournalEntry> prefix(a.journal().begin(), a.journal().begin() + k);
            EXPECT_EQ(rebuilt, AttemptState::replay(a.scenario(), a.market(), prefix,
                                                    cmcsim::test::reference().planRules)
                                   .toJson())
                << "entry " << k;
        }
    }

    TempDir dir_;
    std::filesystem::path file_;
    std::vector<nlohmann::json> live_;
    int refusals_ = 0;
};

const nlohmann::json kSegment = {{"id", "s1"},
                                 {"nom", "BTP"},
                                 {"filtre", {{"sections", {"F"}}}},
                                 {"qualification", "Ouvriers du bâtiment"},
                                 {"etablissements", 20},
                                 {"salaries", 150},
                                 {"potentiel_eur", 40000},
                                 {"conversion", 0.1}};

TEST_F(AttemptTimelineTest, EveryEntryOfAScriptedAttemptRebuildsToTheLiveState) {
    {
        AttemptSession session(file(), reference());
        live_.push_back(session.state().toJson());  // entry 1: created
        const auto siret = siret::formatSiret(session.attempt().market().establishments[3].siret);
        run(session, cmd::kBuyStudy, {{"etude", "veille"}});
        run(session, cmd::kBuyStudy, {{"etude", "territoire"}});  // refused: budget
        run(session, cmd::kVerify, {{"ligne", 7}});
        run(session, cmd::kVerify, {{"ligne", 7}});  // refused: already verified
        run(session, cmd::kCensusRequest, {{"ligne", 7}});
        run(session, cmd::kFlag,
            {{"ligne", 3}, {"anomalie", "doublon"}, {"motif", "même adresse"}});
        const auto flag = last(session);
        run(session, cmd::kTag, {{"ligne", 3}, {"etiquette", "à rappeler"}});
        run(session, cmd::kNote, {{"ligne", 3}, {"texte", "DRH en congé"}});
        const auto note = last(session);
        run(session, cmd::kSaveFilter, {{"nom", "TPE"}, {"filtre", {{"tranches", {"01"}}}}});
        const auto filter = last(session);
        run(session, cmd::kDeleteFilter, {{"nom", "TPE"}});
        // Undoing the filter's creation would make its deletion impossible: refused, naming the
        // deletion, as a replay of the whole journal words it.
        run(session, cmd::kUndo, {{"entree", filter}});
        run(session, cmd::kSaveSegment, kSegment);
        const auto segment = last(session);
        auto changed = kSegment;
        changed["nom"] = "BTP Rouen";
        run(session, cmd::kSaveSegment, changed);
        run(session, cmd::kSaveOffer,
            {{"siret", siret}, {"offre", healthOffer("sante_essentiel")}});
        const auto offer = last(session);
        run(session, cmd::kSaveOffer, {{"siret", siret}, {"offre", healthOffer("sante_confort")}});
        // Undo and redo reaching back over several checkpoints, twice, and in other orders.
        run(session, cmd::kUndo, {{"entree", note}});
        run(session, cmd::kUndo, {{"entree", flag}});
        run(session, cmd::kUndo, {{"entree", offer}});  // version 2 becomes version 1
        run(session, cmd::kRedo, {{"entree", note}});
        run(session, cmd::kUndo, {{"entree", segment}});
        run(session, cmd::kUndo, {{"entree", note}});
        run(session, cmd::kRedo, {{"entree", offer}});
        run(session, cmd::kRedo, {{"entree", flag}});
        run(session, cmd::kUndo, {{"entree", flag}});
        run(session, cmd::kUndo, {{"entree", flag}});  // refused: already undone
        run(session, cmd::kRedo, {{"entree", segment}});
        run(session, cmd::kRedo, {{"entree", segment}});  // refused: not undone
        run(session, cmd::kUndo, {{"entree", 2}});        // refused: acquired study
        run(session, cmd::kUndo, {{"entree", 1}});        // refused: the creation
        run(session, cmd::kUndo, {{"entree", 999}});      // refused: no such entry
        run(session, cmd::kDeleteSegment, {{"id", "s1"}});
        run(session, cmd::kDeleteSegment, {{"id", "s1"}});              // refused: unknown segment
        run(session, cmd::kNote, {{"ligne", 100000}, {"texte", "x"}});  // refused: no such line
        ASSERT_NO_FATAL_FAILURE(run(session, cmd::kSeal, nlohmann::json{{"entrees", 30}}));
        run(session, cmd::kNote, {{"ligne", 3}, {"texte", "après la remise"}});  // refused
        run(session, cmd::kUndo, {{"entree", note}});                            // refused
        EXPECT_EQ(refusals_, 12);
        EXPECT_TRUE(session.state().sealed());
        for (const std::size_t every : {1u, 2u, 3u, 5u, 128u}) expectEquivalent(session, every);
    }
    // Reopened, the session's timeline (built at open) gives the same states.
    AttemptSession reopened(file(), reference());
    for (std::int64_t k = 1; k <= reopened.timeline().entries(); ++k)
        EXPECT_EQ(reopened.timeline().stateAt(k).toJson(), live_[static_cast<std::size_t>(k - 1)]);
}

// Random commands and undos against the timeline alone (no file): each accepted entry's state
// equals the replay of the journal so far, each refusal is the replay's, and every state
// rebuilt afterwards equals the one reached live.
TEST_F(AttemptTimelineTest, RandomUndosAndRedosRebuildExactly) {
    AttemptSession session(file(), reference());
    const auto& scenario = session.attempt().scenario();
    const auto& market = session.attempt().market();
    auto journal = session.attempt().journal();
    AttemptTimeline timeline(scenario, market, journal, cmcsim::test::reference().planRules, 4);
    std::vector<nlohmann::json> live = {timeline.current().toJson()};
    std::mt19937 random(20261129);
    const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(random); };
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        nlohmann::json payload;
        std::string kind;
        switch (pick(8)) {
            case 0:
                kind = cmd::kNote;
                payload = {{"ligne", pick(5)}, {"texte", fmt::format("note {}", i)}};
                break;
            case 1:
                kind = cmd::kTag;
                payload = {{"ligne", pick(5)}, {"etiquette", fmt::format("t{}", pick(3))}};
                break;
            case 2:
                kind = cmd::kSaveFilter;
                payload = {{"nom", fmt::format("f{}", pick(3))},
                           {"filtre", nlohmann::json::object()}};
                break;
            case 3:
                kind = cmd::kDeleteFilter;
                payload = {{"nom", fmt::format("f{}", pick(3))}};
                break;
            case 4:
                kind = cmd::kVerify;
                payload = {{"ligne", pick(60)}};
                break;
            default:
                kind = pick(2) ? cmd::kUndo : cmd::kRedo;
                payload = {{"entree", 1 + pick(static_cast<int>(journal.size()))}};
        }
        const auto entry = Journal::next(&journal.back(), timeline.current().simulatedDate(), kind,
                                         payload.dump());
        auto candidate = journal;
        candidate.push_back(entry);
        const auto before = timeline.current().toJson();
        const auto problems = inputProblems([&] { timeline.append(entry); });
        const auto replayed = inputProblems([&] {
            live.push_back(AttemptState::replay(scenario, market, candidate,
                                                cmcsim::test::reference().planRules)
                               .toJson());
        });
        ASSERT_EQ(problems.size(), replayed.size()) << i << " " << kind << " " << payload;
        if (!problems.empty()) {
            ++refused;
            EXPECT_EQ(problems[0].where, replayed[0].where);
            EXPECT_EQ(problems[0].what, replayed[0].what);
            EXPECT_EQ(timeline.current().toJson(), before) << "a refusal changes nothing";
            continue;
        }
        journal.push_back(entry);
        EXPECT_EQ(timeline.current().toJson(), live.back()) << i << " " << kind << " " << payload;
    }
    EXPECT_GT(refused, 20);
    EXPECT_LT(refused, 250);
    for (std::int64_t k = 1; k <= timeline.entries(); ++k)
        ASSERT_EQ(timeline.stateAt(k).toJson(), live[static_cast<std::size_t>(k - 1)]) << k;
}

TEST_F(AttemptTimelineTest, RetractForgetsTheLastAppend) {
    AttemptSession session(file(), reference());
    const auto& a = session.attempt();
    auto journal = a.journal();
    AttemptTimeline timeline(a.scenario(), a.market(), journal, cmcsim::test::reference().planRules,
                             1);
    const auto add = [&](const char* kind, const nlohmann::json& payload) {
        journal.push_back(Journal::next(&journal.back(), timeline.current().simulatedDate(), kind,
                                        payload.dump()));
        timeline.append(journal.back());
    };
    add(cmd::kNote, {{"ligne", 1}, {"texte", "a"}});
    const auto note = journal.back().sequence;
    const auto before = timeline.current().toJson();
    const auto undo = Journal::next(&journal.back(), timeline.current().simulatedDate(), cmd::kUndo,
                                    nlohmann::json{{"entree", note}}.dump());
    timeline.append(undo);
    EXPECT_NE(timeline.current().toJson(), before);
    timeline.retract();
    EXPECT_EQ(timeline.current().toJson(), before);
    EXPECT_EQ(timeline.entries(), static_cast<std::int64_t>(journal.size()));
    EXPECT_THROW(timeline.retract(), std::logic_error);  // once only
    // The undo can be appended again, for real this time.
    timeline.append(undo);
    journal.push_back(undo);
    EXPECT_EQ(timeline.current().notesFor(1), nullptr);  // the note was its only mark
}

TEST_F(AttemptTimelineTest, ChangesAtSaysWhatEachEntryDidInFrench) {
    AttemptSession session(file(), reference());
    session.execute(cmd::kBuyStudy, {{"etude", "veille"}});                  // 2
    session.execute(cmd::kNote, {{"ligne", 3}, {"texte", "DRH en congé"}});  // 3
    session.undo(3);                                                         // 4
    session.execute(cmd::kSaveSegment, kSegment);                            // 5
    const auto& timeline = session.timeline();
    const auto name = session.attempt().market().prospects[3].name;
    // 1,000 − 600 = 400 €; 2 − 0.5 = 1.5 days.
    EXPECT_EQ(timeline.changesAt(2),
              (std::vector<std::string>{"Budget restant : 1 000,00 € → 400,00 €",
                                        "Jours d'analyse restants : 2,00 j → 1,50 j",
                                        "Étude achetée : « Veille concurrentielle »"}));
    EXPECT_EQ(timeline.changesAt(3), (std::vector<std::string>{"Ligne 3 « " + name +
                                                               " » : note ajoutée : « DRH en "
                                                               "congé »"}));
    EXPECT_EQ(
        timeline.changesAt(4),
        (std::vector<std::string>{"Ligne 3 « " + name + " » : note retirée : « DRH en congé »",
                                  "Entrée 3 annulée"}));
    EXPECT_EQ(timeline.changesAt(5),
              (std::vector<std::string>{"Segment enregistré : « BTP » (s1)"}));
    EXPECT_EQ(timeline.changesAt(1), (std::vector<std::string>{"Aucun changement de l'état"}));
    EXPECT_THROW(timeline.changesAt(0), std::out_of_range);
    EXPECT_THROW(timeline.changesAt(6), std::out_of_range);
    EXPECT_THROW(timeline.stateAt(-1), std::out_of_range);
    // The state before entry 2 still has the whole budget; the undone note still counts at 3.
    EXPECT_EQ(timeline.stateAt(1).budgetLeft(), 1000.0);
    EXPECT_EQ(timeline.stateAt(3).notesFor(3)->notes.size(), 1u);
    const auto& journal = session.attempt().journal();
    const auto directory = ProspectDirectory::over(session.attempt().market());
    EXPECT_EQ(JournalText::kindName(journal[3].kind), "Annulation");
    EXPECT_EQ(JournalText::describe(journal[3], session.attempt().scenario(), *directory, &journal),
              "entrée 3 (Note)");
    EXPECT_EQ(JournalText::describe(journal[1], session.attempt().scenario(), *directory),
              "étude « Veille concurrentielle » (600,00 €, 0,50 j)");
}

}  // namespace
