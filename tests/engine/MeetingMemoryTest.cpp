#include <gtest/gtest.h>

#include <algorithm>

#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/MeetingBank.h"

// Issue 12 §1 (meetingpolish): a second meeting with a company starts from what the first
// revealed (the candidate's notes, MeetingPrior).
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {
const std::string& siretToMeet() {
    static const auto s = MeetingJournal::siretOf(MeetingJournal::line());
    return s;
}
MeetingView viewOf(const MeetingJournal& j, int id) {
    return MeetingView(minimalMarket(), reference(), minimalScenario(), minimalScenario().seed,
                       j.state(), id);
}
std::string firstWhat(const std::vector<Problem>& problems) {
    return problems.empty() ? "" : problems.front().what;
}
bool has(const std::vector<std::string>& texts, const std::string& part) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const auto& t) { return t.find(part) != std::string::npos; });
}
}  // namespace

TEST(MeetingMemory, ASecondMeetingKnowsWhatTheFirstRevealed) {
    MeetingJournal j;
    j.ok(cmd::kMeetingOpen, {{"siret", siretToMeet()}});
    j.choose(1, {"prep_fiche", "ouv_presentation", "ouv_interlocuteurs", "dec_effectif",
                 "dec_garanties", "dec_budget", "dec_niveau", "clo_prochaine_etape"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    const auto first = viewOf(j, 1).fullTranscript();
    ASSERT_NE(first.outcome, MeetingOutcome::Lost) << "the second meeting must be possible";
    ASSERT_TRUE(first.known.contains("budget"));
    ASSERT_TRUE(first.known.contains("niveau_souhaite"));
    j.ok(cmd::kRunWeek, {{"semaine", 1}});
    j.ok(cmd::kMeetingOpen, {{"siret", siretToMeet()}});
    // Before any step, the second meeting's notes hold everything the first revealed, and the
    // trust it starts from is the one the first ended with.
    {
        const auto opened = viewOf(j, 2).transcript();
        ASSERT_TRUE(opened.turns.empty());
        EXPECT_EQ(opened.known, first.known);
        EXPECT_EQ(opened.restated, first.restated);
        EXPECT_DOUBLE_EQ(opened.trust, first.trust);
    }
    // The budget asked again: answered from the notes of meeting 1, no trust moved, no minute
    // of the company's spent, nothing "newly" revealed.
    j.choose(2, {"prep_fiche", "dec_budget"});
    const auto second = viewOf(j, 2).fullTranscript();
    ASSERT_EQ(second.turns.size(), 2u);
    const auto& asked = second.turns[1];
    EXPECT_EQ(asked.answer.rfind("(Déjà répondu au rendez-vous n° 1, d'après vos notes : ", 0), 0u)
        << asked.answer;
    EXPECT_NE(asked.answer.find(first.known.at("budget")), std::string::npos) << asked.answer;
    EXPECT_DOUBLE_EQ(asked.minutes, 0);
    EXPECT_DOUBLE_EQ(asked.trustAfter, asked.trustBefore);
    EXPECT_TRUE(asked.revealed.empty());
    EXPECT_TRUE(has(asked.effects, "déjà appris au rendez-vous n° 1")) << asked.effects.front();
    // The needs written in the second meeting must cover what the first revealed: the level
    // and the budget, known without being asked again.
    const auto refused = firstWhat(j.run(
        cmd::kMeetingNeeds,
        {{"rdv", 2},
         {"besoins", "Vos salariés tiennent à des remboursements rapides et bien expliqués."}}));
    EXPECT_TRUE(refused.empty()) << refused;  // the company answers; it is not a refusal
    const auto read = viewOf(j, 2).fullTranscript();
    EXPECT_NE(read.turns.back().answer.find("il y manque notre budget"), std::string::npos)
        << read.turns.back().answer;
}

TEST(MeetingMemory, AnObjectionAnsweredInTheFirstMeetingIsNotVoicedAgain) {
    MeetingJournal j;
    j.ok(cmd::kMeetingOpen, {{"siret", siretToMeet()}});
    j.choose(1, {"prep_fiche", "ouv_presentation", "dec_budget", "dec_niveau"});
    j.ok(cmd::kMeetingClose, {{"rdv", 1}});
    auto hidden = MeetingJournal::needs(MeetingJournal::companyOf(MeetingJournal::line()), 40);
    // Meeting 1 by hand: the prior a first meeting leaves after the price objection answered.
    MeetingTranscript ended;
    ended.meeting = 1;
    ended.known = {{"budget", "Budget : 40 €"}};
    ended.raisedObjections = {"trop_cher", "changement_complique"};
    ended.addressedObjections = {"trop_cher"};
    ended.answeredObjections = {"trop_cher"};
    MeetingPrior prior;
    prior.add(ended);
    EXPECT_EQ(prior.raised, std::vector<std::string>{"trop_cher"})
        << "an objection left unanswered is raised again";
    EXPECT_EQ(prior.revealedAt("budget"), 1);
    EXPECT_EQ(prior.revealedAt("niveau_souhaite"), 0);
    auto context = j.context(1, hidden);
    context->prior = prior;
    const auto next = context->nextObjections(MeetingDialogue(*context, j.record(1)).transcript());
    ASSERT_FALSE(next.empty());
    EXPECT_EQ(next.front().first, "changement_complique");
}
