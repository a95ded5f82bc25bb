#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "TestFiles.h"
#include "TestReference.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/ActionCostModel.h"

using namespace cmcsim;
using test::replaced;

namespace {
std::string datasetText() {
    return test::readFile(test::sourceRoot() / "datasets" / "couts_actions.csv");
}

// The problem a modified copy of the dataset raises, or "" when it loads.
std::string problemOf(const std::string& text) {
    const auto dir = std::filesystem::temp_directory_path() / "cmcsim-action-costs";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "couts_actions.csv") << text;
    try {
        ActionCostModel::load(dir);
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

// A call sequence of 100 calls a week over 4 weeks: 100 × 0.08 h = 8 h a week and 100 × 0.50 €
// = 50 € a week, 200 € in all (datasets/couts_actions.csv).
TEST(ActionCostModel, CallsCostTheirContacts) {
    const auto model = ActionCostModel::load(test::sourceRoot() / "datasets");
    PlannedAction calls;
    calls.kind = ActionKind::CallSequence;
    calls.contactsPerWeek = 100;
    calls.firstWeek = 3;
    calls.lastWeek = 6;
    const auto c = model.cost(calls);
    EXPECT_EQ(c.contactsPerWeek, 100);
    EXPECT_DOUBLE_EQ(c.hoursPerWeek, 8);
    EXPECT_DOUBLE_EQ(c.eurPerWeek, 50);
    EXPECT_DOUBLE_EQ(c.totalEur, 200);
}

// A trade show of one week with 50 visitors: 16 h of stand + 50 × 0.1 h = 21 h; 3,000 € of stand
// + 50 × 2 € = 3,100 €. Thirty appointments a week are capped at the ceiling of 10 (25 h).
TEST(ActionCostModel, FixedCostsAndCeilings) {
    const auto model = ActionCostModel::load(test::sourceRoot() / "datasets");
    PlannedAction show;
    show.kind = ActionKind::TradeShow;
    show.contactsPerWeek = 50;
    EXPECT_DOUBLE_EQ(model.cost(show).hoursPerWeek, 21);
    EXPECT_DOUBLE_EQ(model.cost(show).totalEur, 3100);
    PlannedAction meetings;
    meetings.kind = ActionKind::Appointment;
    meetings.contactsPerWeek = 30;
    EXPECT_EQ(model.cost(meetings).contactsPerWeek, 10);
    EXPECT_DOUBLE_EQ(model.cost(meetings).hoursPerWeek, 25);
}

TEST(ActionCostModel, WrongFilesNameLineAndColumn) {
    const auto text = datasetText();
    EXPECT_EQ(problemOf(text), "");
    EXPECT_NE(problemOf(replaced(text, "sequence_appels,0.08", "sequence_appel,0.08"))
                  .find("couts_actions.csv:2"),
              std::string::npos);
    EXPECT_NE(
        problemOf(replaced(text, "emailing,0.002", "emailing,-1")).find("couts_actions.csv:4"),
        std::string::npos);
    EXPECT_NE(problemOf(replaced(text, "salon,", "emailing,")).find("en double"),
              std::string::npos);
    const auto withoutReviews = text.substr(0, text.find("revue_portefeuille"));
    EXPECT_NE(problemOf(withoutReviews).find("revue_portefeuille"), std::string::npos);
}
