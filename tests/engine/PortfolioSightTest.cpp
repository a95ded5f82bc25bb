#include <gtest/gtest.h>

#include <algorithm>

#include "TestCampaigns.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/attempt/PortfolioSight.h"
#include "cmcsim/sim/WeekReport.h"

// What the candidate sees of the mutuelle's portfolio follows the portfolio extract study
// (issue 11 §1, PortfolioSight): nothing before it, in the state, the note's figures, the week's
// report and the reviews a plan runs.
using namespace cmcsim;
using namespace cmcsim::test;
namespace cmd = cmcsim::command;

namespace {

std::vector<JournalEntry> journalOf(
    const std::vector<std::pair<const char*, nlohmann::json>>& commands) {
    std::vector<JournalEntry> journal;
    journal.push_back(Journal::next(nullptr, rouenScenario().startDate, cmd::kCreated,
                                    R"({"scenario":"rouen-ze"})"));
    for (const auto& [kind, payload] : commands)
        journal.push_back(
            Journal::next(&journal.back(), rouenScenario().startDate, kind, payload.dump()));
    return journal;
}

}  // namespace

// Week 1 played without the extract (rouen-ze's "extrait-portefeuille", 500 €), week 2 after it.
TEST(PortfolioSight, FollowsTheExtractStudy) {
    const auto before = AttemptState::replay(rouenScenario(), rouenMarket(),
                                             journalOf({{cmd::kRunWeek, {{"semaine", 1}}}}),
                                             cmcsim::test::reference().planRules);
    EXPECT_FALSE(PortfolioSight::now(before));
    EXPECT_FALSE(before.knowledge().portfolio);
    EXPECT_FALSE(PortfolioSight::after(before.weekRuns()));
    EXPECT_EQ(before.unearnedFigure("semaines/taux_retention").value_or(""),
              "l'extrait de portefeuille n'est pas acheté");
    EXPECT_EQ(before.unearnedFigure("portefeuille/clients").value_or(""),
              "l'extrait de portefeuille n'est pas acheté");
    EXPECT_FALSE(before.unearnedFigure("semaines/jouees").has_value());

    const auto after =
        AttemptState::replay(rouenScenario(), rouenMarket(),
                             journalOf({{cmd::kRunWeek, {{"semaine", 1}}},
                                        {cmd::kBuyStudy, {{"etude", "extrait-portefeuille"}}},
                                        {cmd::kRunWeek, {{"semaine", 2}}}}),
                             cmcsim::test::reference().planRules);
    EXPECT_TRUE(PortfolioSight::now(after));
    EXPECT_FALSE(PortfolioSight::during(after.weekRuns()[0]));
    EXPECT_TRUE(PortfolioSight::during(after.weekRuns()[1]));
    EXPECT_TRUE(PortfolioSight::after(after.weekRuns()));
    EXPECT_FALSE(after.unearnedFigure("semaines/taux_retention").has_value());
}

// The hidden portfolio's message names the study to buy.
TEST(PortfolioSight, HiddenSaysWhichStudyToBuy) {
    EXPECT_EQ(PortfolioSight::hidden(rouenScenario()),
              "portefeuille inconnu : achetez d'abord l'étude « Extrait du portefeuille "
              "entreprises de la mutuelle » (extrait-portefeuille, commande etude.achat)");
    Scenario none = rouenScenario();
    none.studies.clear();
    EXPECT_NE(PortfolioSight::hidden(none).find("ne propose pas d'extrait"), std::string::npos);
}

// A portfolio review (15 clients a week in busyWeek) reaches no client before the extract: its
// contacts would name the clients. With the extract it reaches them.
TEST(PortfolioSight, AReviewReachesNoClientBeforeTheExtract) {
    const auto reviewContacts = [](bool known) {
        auto campaign = rouenCampaign();
        auto run = busyWeek(1, 1);
        run.portfolioKnown = known;
        const auto& r = campaign.runWeek(run);
        const auto x = std::find_if(r.executions.begin(), r.executions.end(),
                                    [](const ActionExecution& e) { return e.action == "revues"; });
        const auto lines = WeekReport::lines(r, campaign);
        const bool named = std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
            return l.find("Échéance") != std::string::npos;
        });
        EXPECT_TRUE(known || !named);
        return x == r.executions.end() ? std::int64_t{0} : x->contacts;
    };
    EXPECT_EQ(reviewContacts(false), 0);
    EXPECT_GT(reviewContacts(true), 0);
}
