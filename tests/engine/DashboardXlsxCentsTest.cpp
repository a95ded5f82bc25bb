#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "TestCampaigns.h"
#include "XlsxReader.h"
#include "cmcsim/report/DashboardXlsx.h"
#include "cmcsim/sim/Dashboard.h"

// A tester read 70626.649999 in a dashboard workbook: the writer writes euros in cents, so the
// value a spreadsheet reads back is the amount in cents exactly (libxlsxwriter 1.1.4 prints 16
// significant digits: "70626.64999999999" is the double nearest 70 626,65 €, and reads back as
// it).
using namespace cmcsim;
using namespace cmcsim::test;

TEST(DashboardXlsx, EurosAreWrittenInCents) {
    const auto& scenario = rouenScenario();
    Campaign campaign(scenario, reference(), rouenMarket(), Portfolio{}, scenario.seed);
    WeekRun run;
    run.week = 1;
    PlanObjective objective;
    objective.week = 1;
    objective.newContracts = 1;
    objective.premiumsEur = 70626.65;
    run.plan.objectives.push_back(objective);
    campaign.runWeek(run);
    auto d = Dashboard::of(campaign, {run}, true);
    ASSERT_EQ(d.weeks.size(), 1u);
    // A figure computed without rounding (the writer must not trust its callers).
    d.weeks[0].objectivePremiumsEur = 70626.649999;
    const auto file = std::filesystem::path(::testing::TempDir()) / "cmcsim-centimes.xlsx";
    DashboardXlsx::write(d, {"Camille", "Rouen", "Mutuelle test", "12/01/2026"}, file);
    XlsxReader xlsx(file.string());
    // "Objectifs par semaine": E2 is the week's premium objective.
    const auto weekly = XlsxReader::cells(xlsx.entry("xl/worksheets/sheet2.xml"));
    EXPECT_EQ(weekly.at("E1").text, "Objectif primes");
    ASSERT_EQ(weekly.at("E2").type, "");  // a number
    EXPECT_EQ(std::stod(weekly.at("E2").text), 70626.65) << weekly.at("E2").text;
    std::filesystem::remove(file);
}
