#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../support/HealthOffer.h"
#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/Database.h"

using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

// A fresh attempt of tests/fixtures/scenarios/session.json: 200 lines, budget 1,000 €, 2 days,
// two studies (600 € and 0.5 day; 800 € and 1 day).
class AttemptSessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto scenario =
            ScenarioLoader(reference()).fromFile(fixturePath("scenarios/session.json"));
        AttemptFile::create(reference(), scenario, {file(), std::nullopt, "Camille", false});
    }
    std::filesystem::path file() const { return dir_ / "epreuve.cmc"; }
    TempDir dir_;
};

// A line whose prospect record carries a defect of `kind`.
std::uint32_t lineWith(const Market& market, DefectKind kind) {
    for (const auto& d : market.defects)
        if (d.kind == kind) return d.record;
    throw std::runtime_error("no such defect");
}

// Two programs working on one file (found by a tester: 40 `cmcsim act` at once gave SQLite's
// "UNIQUE constraint failed"): the second command is refused in French, nothing is written.
TEST_F(AttemptSessionTest, ACommandAfterAnotherProgramWroteIsRefused) {
    AttemptSession first(file(), reference());
    AttemptSession second(file(), reference());
    first.execute(cmd::kVerify, {{"ligne", 3}});
    try {
        second.execute(cmd::kVerify, {{"ligne", 4}});
        FAIL() << "accepted";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("modifiée par un autre programme"), std::string::npos)
            << e.what();
    }
    EXPECT_EQ(second.attempt().journal().size(), 1u);
    AttemptSession reopened(file(), reference());
    ASSERT_EQ(reopened.attempt().journal().size(), 2u);
    EXPECT_EQ(reopened.attempt().journal().back().payload, R"({"ligne":3})");
}

TEST_F(AttemptSessionTest, CommandsAreWrittenAndReplayedOnReopen) {
    std::uint32_t stale = 0;
    {
        AttemptSession session(file(), reference());
        stale = lineWith(session.attempt().market(), DefectKind::StaleHeadcount);
        session.execute(cmd::kBuyStudy, {{"etude", "veille"}});
        session.execute(cmd::kVerify, {{"ligne", stale}});
        session.execute(
            cmd::kFlag,
            {{"ligne", 3}, {"anomalie", "doublon"}, {"motif", "même adresse que la ligne 2"}});
        session.execute(cmd::kTag, {{"ligne", 3}, {"etiquette", "à rappeler"}});
        session.execute(cmd::kNote, {{"ligne", 3}, {"texte", "DRH en congé jusqu'au 15"}});
        session.execute(cmd::kSaveSegment, {{"id", "s1"},
                                            {"nom", "BTP"},
                                            {"filtre", {{"sections", {"F"}}}},
                                            {"qualification", "Ouvriers du bâtiment"},
                                            {"etablissements", 20},
                                            {"salaries", 150},
                                            {"potentiel_eur", 40000},
                                            {"conversion", 0.1}});
    }
    AttemptSession reopened(file(), reference());
    const auto& state = reopened.state();
    EXPECT_EQ(reopened.attempt().journal().size(), 7u);  // created + 6 commands
    EXPECT_TRUE(state.studies().contains("veille"));
    EXPECT_DOUBLE_EQ(state.budgetLeft(), 400.0);  // 1000 - 600
    EXPECT_NEAR(state.daysLeft(), 2.0 - 0.5 - AttemptState::kVerificationDays, 1e-9);
    ASSERT_NE(state.notesFor(stale), nullptr);
    EXPECT_NE(state.notesFor(stale)->verifiedBy, 0);
    const auto* notes = state.notesFor(3);
    ASSERT_NE(notes, nullptr);
    ASSERT_EQ(notes->flags.size(), 1u);
    EXPECT_EQ(notes->flags[0].kind, "doublon");
    EXPECT_TRUE(notes->tags.contains("à rappeler"));
    ASSERT_EQ(state.segments().size(), 1u);
    EXPECT_EQ(state.segments()[0].filter.sections, std::vector<std::string>{"F"});
    const auto knowledge = state.knowledge();
    EXPECT_TRUE(knowledge.insurers);
    EXPECT_FALSE(knowledge.territory);
    // The verified line shows the truth, not the stale headcount.
    const ProspectView view(reopened.attempt().market(), reference(), knowledge);
    const auto& market = reopened.attempt().market();
    EXPECT_EQ(view.rows()[stale].headcount,
              market.establishments[market.prospects[stale].establishment].headcount);
    EXPECT_NE(view.rows()[stale].headcount, market.prospects[stale].headcount);
}

TEST_F(AttemptSessionTest, RefusedCommandsWriteNothing) {
    AttemptSession session(file(), reference());
    session.execute(cmd::kBuyStudy, {{"etude", "veille"}});
    const auto before = session.attempt().journal().size();
    // 600 + 800 > 1000 €: the budget cannot go below zero.
    const auto budget = inputProblems([&] {
        session.execute(cmd::kBuyStudy, {{"etude", "territoire"}});
    });
    ASSERT_EQ(budget.size(), 1u);
    EXPECT_NE(budget[0].what.find("budget insuffisant"), std::string::npos) << budget[0].what;
    EXPECT_FALSE(inputProblems([&] {
                     session.execute(cmd::kBuyStudy, {{"etude", "veille"}});
                 }).empty())
        << "bought twice";
    EXPECT_FALSE(inputProblems([&] {
                     session.execute(cmd::kBuyStudy, {{"etude", "inconnue"}});
                 }).empty());
    EXPECT_FALSE(inputProblems([&] {
                     session.execute(cmd::kVerify, {{"ligne", 100000}});
                 }).empty());
    EXPECT_FALSE(
        inputProblems([&] {
            session.execute(cmd::kFlag, {{"ligne", 1}, {"anomalie", "autre"}, {"motif", "x"}});
        }).empty());
    EXPECT_FALSE(inputProblems([&] {
                     session.execute(cmd::kFlag, {{"ligne", 1}, {"anomalie", "doublon"}});
                 }).empty())
        << "reason required";
    EXPECT_FALSE(inputProblems([&] {
                     session.execute("commande.inconnue", nlohmann::json::object());
                 }).empty());
    EXPECT_EQ(session.attempt().journal().size(), before);
    AttemptSession reopened(file(), reference());
    EXPECT_EQ(reopened.attempt().journal().size(), before);
}

TEST_F(AttemptSessionTest, AnalysisDaysCannotGoBelowZero) {
    AttemptSession session(file(), reference());
    session.execute(cmd::kBuyStudy, {{"etude", "territoire"}});  // 1 of 2 days
    int verified = 0;
    std::uint32_t line = 0;
    while (inputProblems([&] { session.execute(cmd::kVerify, {{"ligne", line}}); }).empty()) {
        ++verified;
        ++line;
    }
    // 1 day left at 0.05 day a verification: exactly 20 verifications fit.
    EXPECT_EQ(verified, 20);
    EXPECT_GE(session.state().daysLeft(), -1e-9);
}

TEST_F(AttemptSessionTest, UndoAndRedoOfEachCommandKind) {
    AttemptSession session(file(), reference());
    // Acquisitions of information (study, verification, census) are not undoable: see below.
    const std::vector<std::pair<const char*, nlohmann::json>> commands = {
        {cmd::kFlag, {{"ligne", 5}, {"anomalie", "fermee"}, {"motif", "rideau baissé"}}},
        {cmd::kTag, {{"ligne", 5}, {"etiquette", "chaud"}}},
        {cmd::kNote, {{"ligne", 5}, {"texte", "rappeler lundi"}}},
        {cmd::kSaveFilter, {{"nom", "TPE"}, {"filtre", {{"tranches", {"01", "02"}}}}}},
        {cmd::kSaveSegment,
         {{"id", "s"},
          {"nom", "TPE"},
          {"filtre", nlohmann::json::object()},
          {"qualification", ""},
          {"etablissements", 1},
          {"salaries", 2},
          {"potentiel_eur", 3},
          {"conversion", 0.5}}},
    };
    // The state's observable footprint, to compare before/after.
    auto footprint = [&] {
        const auto& s = session.state();
        const auto* n = s.notesFor(5);
        return nlohmann::json{{"flags", n ? n->flags.size() : 0},
                              {"tags", n ? n->tags.size() : 0},
                              {"notes", n ? n->notes.size() : 0},
                              {"filters", s.filters().size()},
                              {"segments", s.segments().size()}}
            .dump();
    };
    for (const auto& [kind, payload] : commands) {
        const auto before = footprint();
        const auto entry = session.execute(kind, payload).sequence;
        const auto after = footprint();
        ASSERT_NE(before, after) << kind;
        session.undo(entry);
        EXPECT_EQ(footprint(), before) << "undo " << kind;
        session.redo(entry);
        EXPECT_EQ(footprint(), after) << "redo " << kind;
    }
    // Undoing twice or redoing what is not undone is refused.
    const auto last = session.attempt().journal().back().sequence - 2;
    EXPECT_FALSE(inputProblems([&] { session.redo(last); }).empty());
    // The journal keeps every hesitation: 1 created + 5 × (command, undo, redo).
    EXPECT_EQ(session.attempt().journal().size(), 16u);
    AttemptSession reopened(file(), reference());
    EXPECT_EQ(nlohmann::json(reopened.state().segments().size()), nlohmann::json(1));
}

TEST_F(AttemptSessionTest, AcquiredInformationCannotBeUndone) {
    AttemptSession session(file(), reference());
    const std::vector<std::pair<const char*, std::string>> acquisitions = {
        {cmd::kBuyStudy, "l'achat de l'étude « Veille concurrentielle » est définitif"},
        {cmd::kVerify, "la vérification de la fiche"},
        {cmd::kCensusRequest, "la demande de l'état du personnel"}};
    for (const auto& [kind, message] : acquisitions) {
        const nlohmann::json payload = std::string(kind) == cmd::kBuyStudy
                                           ? nlohmann::json{{"etude", "veille"}}
                                           : nlohmann::json{{"ligne", 5}};
        const auto entry = session.execute(kind, payload).sequence;
        const auto budget = session.state().budgetLeft(), days = session.state().daysLeft();
        const auto size = session.attempt().journal().size();
        const auto problems = inputProblems([&] { session.undo(entry); });
        ASSERT_EQ(problems.size(), 1u) << kind;
        EXPECT_NE(problems[0].what.find(message), std::string::npos) << problems[0].what;
        EXPECT_NE(problems[0].what.find("information acquise"), std::string::npos);
        // Nothing refunded, nothing written.
        EXPECT_EQ(session.state().budgetLeft(), budget);
        EXPECT_EQ(session.state().daysLeft(), days);
        EXPECT_EQ(session.attempt().journal().size(), size);
        EXPECT_TRUE(session.state().undoRefusal(session.attempt().journal().back()).has_value());
    }
    // The census request cost its days: 2 − 0.5 (study) − 0.05 (verification) − 0.25.
    EXPECT_NEAR(session.state().daysLeft(), 2 - 0.5 - 0.05 - 0.25, 1e-9);
    EXPECT_TRUE(session.state().notesFor(5)->censusBy > 0);
    EXPECT_FALSE(inputProblems([&] {
                     session.execute(cmd::kCensusRequest, {{"ligne", 5}});
                 }).empty());  // already requested
}

TEST_F(AttemptSessionTest, CaseE2BuyReadUndoRefundsNothingAndTheStudyStaysBought) {
    // ../shared/cases E2: buy a study, read it, undo → budget and days (hence the simulated date)
    // not refunded, and the study cannot be bought again. The session fixture's "veille" costs 600
    // € and 0.5 day.
    AttemptSession session(file(), reference());
    const auto entry = session.execute(cmd::kBuyStudy, {{"etude", "veille"}}).sequence;
    ASSERT_TRUE(session.state().studies().contains("veille"));
    EXPECT_FALSE(inputProblems([&] { session.undo(entry); }).empty());
    EXPECT_EQ(session.state().budgetLeft(), 1000.0 - 600.0);
    EXPECT_EQ(session.state().daysLeft(), 2.0 - 0.5);
    EXPECT_TRUE(session.state().studies().contains("veille"));
    const auto again = inputProblems([&] {
        session.execute(cmd::kBuyStudy, {{"etude", "veille"}});
    });
    ASSERT_FALSE(again.empty());
    EXPECT_NE(again[0].what.find("déjà achetée"), std::string::npos) << again[0].what;
    // Reopened, the file says the same.
    AttemptSession reopened(file(), reference());
    EXPECT_EQ(reopened.state().budgetLeft(), 400.0);
    EXPECT_TRUE(reopened.state().studies().contains("veille"));
}

TEST_F(AttemptSessionTest, AFormatOneJournalKeepsTheUndoItWasWrittenWith) {
    // A file written before acquisitions became definitive (its creation entry seals no table
    // digests) may undo a purchase: it still replays, with the refund it had then (600 € back).
    AttemptSession session(file(), reference());
    const auto& attempt = session.attempt();
    auto journal = attempt.journal();
    const auto bought = static_cast<std::int64_t>(journal.size()) + 1;
    auto entry = [&](std::int64_t sequence, const char* kind, const nlohmann::json& payload) {
        JournalEntry e = journal.back();
        e.sequence = sequence;
        e.kind = kind;
        e.payload = payload.dump();
        return e;
    };
    journal.push_back(entry(bought, cmd::kBuyStudy, {{"etude", "veille"}}));
    journal.push_back(entry(bought + 1, cmd::kUndo, {{"entree", bought}}));
    // Today's file (digests sealed at creation) refuses that undo.
    EXPECT_FALSE(inputProblems([&] {
                     AttemptState::replay(attempt.scenario(), attempt.market(), journal,
                                          cmcsim::test::reference().planRules);
                 }).empty());
    auto created = nlohmann::json::parse(journal.front().payload);
    created.erase("empreintes");
    journal.front().payload = created.dump();
    const auto older = AttemptState::replay(attempt.scenario(), attempt.market(), journal,
                                            cmcsim::test::reference().planRules);
    EXPECT_EQ(older.budgetLeft(), 1000.0);
    EXPECT_FALSE(older.studies().contains("veille"));
    // After the migration's binding entry, today's rule applies again.
    journal.push_back(entry(bought + 2, cmd::kBound, nlohmann::json::object()));
    journal.push_back(entry(bought + 3, cmd::kRedo, {{"entree", bought}}));
    journal.push_back(entry(bought + 4, cmd::kUndo, {{"entree", bought}}));
    EXPECT_FALSE(inputProblems([&] {
                     AttemptState::replay(attempt.scenario(), attempt.market(), journal,
                                          cmcsim::test::reference().planRules);
                 }).empty());
}

TEST_F(AttemptSessionTest, AKilledProcessLosesNothing) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // The child does some work, then dies without any chance to clean up.
        AttemptSession session(file(), reference());
        session.execute(cmd::kBuyStudy, {{"etude", "veille"}});
        session.execute(cmd::kTag, {{"ligne", 7}, {"etiquette", "avant l'arrêt"}});
        raise(SIGKILL);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(WTERMSIG(status), SIGKILL);
    AttemptSession reopened(file(), reference());
    EXPECT_TRUE(reopened.state().studies().contains("veille"));
    ASSERT_NE(reopened.state().notesFor(7), nullptr);
    EXPECT_TRUE(reopened.state().notesFor(7)->tags.contains("avant l'arrêt"));
}

TEST_F(AttemptSessionTest, ATamperedJournalIsRefusedAtOpen) {
    {
        AttemptSession session(file(), reference());
        session.execute(cmd::kTag, {{"ligne", 1}, {"etiquette", "x"}});
    }
    const auto problems = inputProblems([&] {
        Database db(file(), Database::Mode::ReadWrite);
        db.exec("UPDATE journal SET payload = '{\"ligne\":2,\"etiquette\":\"x\"}' WHERE seq = 2");
        AttemptSession session(file(), reference());
    });
    ASSERT_FALSE(problems.empty());
    EXPECT_NE(problems[0].what.find("journal altéré"), std::string::npos);
}

}  // namespace

namespace {

TEST_F(AttemptSessionTest, OfferVersionsAreKeptPerCompany) {
    AttemptSession session(file(), reference());
    const auto siret = siret::formatSiret(session.attempt().market().establishments[3].siret);
    const auto offer = healthOffer("sante_essentiel");
    session.execute(cmd::kSaveOffer, {{"siret", siret}, {"offre", offer}});
    session.execute(cmd::kSaveOffer, {{"siret", siret}, {"offre", offer}});
    ASSERT_EQ(session.state().offers().size(), 2u);
    EXPECT_EQ(session.state().offers()[1].version, 2);
    EXPECT_FALSE(
        inputProblems([&] {
            session.execute(cmd::kSaveOffer, {{"siret", "00000000000000"}, {"offre", offer}});
        }).empty());
    EXPECT_FALSE(inputProblems([&] {
                     session.execute(cmd::kSaveOffer, {{"siret", siret}, {"offre", "texte"}});
                 }).empty());
    session.undo(session.attempt().journal().back().sequence);
    EXPECT_EQ(session.state().offers().size(), 1u);
    // A duplicate line's own SIRET is accepted: refusing it would reveal the duplicate.
    const auto& market = session.attempt().market();
    bool tried = false;
    for (const auto& d : market.defects) {
        const auto listed = market.prospects[d.record].siret;
        if (d.kind != DefectKind::Duplicate ||
            listed == market.establishments[market.prospects[d.record].establishment].siret)
            continue;
        EXPECT_TRUE(inputProblems([&] {
                        session.execute(cmd::kSaveOffer,
                                        {{"siret", siret::formatSiret(listed)}, {"offre", offer}});
                    }).empty());
        tried = true;
        break;
    }
    EXPECT_TRUE(tried) << "the fixture has a duplicate under its own SIRET";
}

}  // namespace

// The candidate's marks come from the journal, and a filter saved as older versions wrote it
// (one value, not a list) replays.
TEST_F(AttemptSessionTest, MarksFollowCommandsAndOldFiltersReplay) {
    AttemptSession session(file(), reference());
    session.execute(cmd::kFlag, {{"ligne", 4}, {"anomalie", "doublon"}, {"motif", "ligne 5"}});
    session.execute(cmd::kNote, {{"ligne", 6}, {"texte", "rappeler"}});
    session.execute(cmd::kTag, {{"ligne", 6}, {"etiquette", "chaud"}});
    session.execute(cmd::kSaveFilter,
                    {{"nom", "ancien"}, {"filtre", {{"sections", "F"}, {"tranches", "01"}}}});
    const auto marks = session.state().marks();
    EXPECT_EQ(marks.of(4), ProspectMarks::kFlagged);
    EXPECT_EQ(marks.of(6), ProspectMarks::kNoted);
    EXPECT_EQ(marks.of(5), 0);
    EXPECT_EQ(marks.tags.at(6), (std::set<std::string>{"chaud"}));
    AttemptSession reopened(file(), reference());
    const auto& saved = reopened.state().filters().at("ancien");
    EXPECT_EQ(saved.sections, (std::vector<std::string>{"F"}));
    EXPECT_EQ(saved.sizeBands, (std::vector<std::string>{"01"}));
}
