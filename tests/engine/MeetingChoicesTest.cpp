#include <gtest/gtest.h>

#include <map>

#include "MeetingTestKit.h"
#include "cmcsim/meeting/MeetingView.h"
#include "cmcsim/reference/MeetingBank.h"

// What the candidate sees of the banks before a debrief (issue 12, testers' fault (a)): neutral
// ids, the bank's order, no effect, type nor criterion.
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

TEST(MeetingChoices, BankIdsDoNotTellTheChoiceQuality) {
    // The words the ids held before the rename (obj_prix_bonne, clo_survente_option …).
    const std::vector<std::string> telling = {"bonne",      "faible",       "survente", "trompeu",
                                              "hors_sujet", "tout_va_bien", "faillite", "jargon"};
    for (const auto& e : reference().meetings.entries)
        for (const auto& word : telling) EXPECT_EQ(e.id.find(word), std::string::npos) << e.id;
}

TEST(MeetingChoices, TheGoodAnswerToAnObjectionIsNotAlwaysListedFirst) {
    // For each objection topic answered twice, which of the two (in bank order) is the good one.
    std::map<std::string, std::vector<bool>> answers;
    for (const auto& e : reference().meetings.entries)
        if (e.move == MeetingMove::GoodAnswer || e.move == MeetingMove::PoorAnswer)
            answers[e.code].push_back(e.move == MeetingMove::GoodAnswer);
    int goodFirst = 0, poorFirst = 0;
    for (const auto& [code, goods] : answers) {
        ASSERT_EQ(goods.size(), 2u) << code << ": one good and one poor answer per topic";
        EXPECT_NE(goods[0], goods[1]) << code;
        (goods[0] ? goodFirst : poorFirst) += 1;
    }
    EXPECT_GT(goodFirst, 0);
    EXPECT_GT(poorFirst, 0);
}

TEST(MeetingChoices, TheViewListsTheBankInOrderWithoutEffectsNorCriteria) {
    MeetingJournal j;
    const auto siret = MeetingJournal::siretOf(MeetingJournal::line());
    j.ok(cmd::kMeetingOpen, {{"siret", siret}});
    j.choose(1, {"ouv_presentation", "dec_budget"});
    const MeetingView view(minimalMarket(), reference(), minimalScenario(), 7, j.state(), 1);
    const auto choices = view.choices();
    std::vector<std::string> expected;
    for (const auto& e : reference().meetings.entries)
        if (e.phase >= MeetingPhase::Discovery) expected.push_back(e.id);
    ASSERT_EQ(choices.size(), expected.size());
    for (std::size_t i = 0; i < choices.size(); ++i) {
        EXPECT_EQ(choices[i].id, expected[i]);
        EXPECT_EQ(choices[i].delta, 0);
        EXPECT_TRUE(choices[i].revealed.empty()) << choices[i].id;
        EXPECT_TRUE(choices[i].criterion.empty()) << choices[i].id;
    }
}
