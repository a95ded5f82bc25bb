#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "../cli/CliGolden.h"
#include "TestCampaigns.h"
#include "XlsxReader.h"
#include "cmcsim/report/DashboardDocument.h"
#include "cmcsim/report/DashboardTables.h"
#include "cmcsim/report/DashboardXlsx.h"
#include "cmcsim/report/DocumentText.h"
#include "cmcsim/sim/Dashboard.h"

// The dashboard's portfolio figures on a hand-made portfolio, and its exports: the tables, the
// Document (PDF and text) and the workbook read back. The portfolio shows (`true`) as to a
// candidate who bought the extract; PortfolioHidden* check what shows before.
using namespace cmcsim;
using namespace cmcsim::test;

namespace {

PortfolioContract contract(std::uint32_t company, double premium, std::vector<float> ratios,
                           Date renewal) {
    PortfolioContract c;
    c.company = company;
    c.annualPremium = Money::euros(premium);
    c.lossRatios = std::move(ratios);
    c.renewal = renewal;
    c.effective = Date::fromCivil(2020, 1, 1);
    return c;
}

// Three clients: A (10 000 €, last year's claims / premiums 0,8) and B (30 000 €, 1,2) renew
// in week 1; C (20 000 €, new: no history) in week 3, after the two weeks run.
Campaign handMadeCampaign(int weeks) {
    const auto& scenario = rouenScenario();
    const Date start = scenario.startDate;
    Portfolio portfolio;
    portfolio.contracts = {contract(0, 10'000, {0.6f, 0.8f}, start.plusDays(2)),
                           contract(1, 30'000, {1.2f}, start.plusDays(3)),
                           contract(2, 20'000, {}, start.plusDays(16))};
    Campaign campaign(scenario, reference(), rouenMarket(), portfolio, scenario.seed);
    for (int w = 1; w <= weeks; ++w) {
        WeekRun run;
        run.week = w;
        campaign.runWeek(run);
    }
    return campaign;
}

WeekRun objectiveWeek(int week) {
    WeekRun run;
    run.week = week;
    PlanObjective o;
    o.week = week;
    o.newContracts = 2;
    o.premiumsEur = 8'000;
    run.plan.objectives.push_back(o);
    return run;
}

}  // namespace

// Before any renewal: retention is "sans objet" (null), not 100 %; the loss ratio weighs the
// last year's ratios by premium over the contracts with a history: (10 000 × 0,8 + 30 000 ×
// 1,2) / (10 000 + 30 000) = 44 000 / 40 000 = 1,1 (C, new, has none).
TEST(Dashboard, RetentionIsSansObjetBeforeAnyRenewal) {
    const auto d = Dashboard::of(handMadeCampaign(0), {}, true);
    EXPECT_FALSE(d.retentionRate.has_value());
    EXPECT_TRUE(d.toJson()["portefeuille"]["taux_conservation"].is_null());
    EXPECT_DOUBLE_EQ(d.portfolioPremiumsEur, 60'000);
    ASSERT_TRUE(d.lossRatioAtStart.has_value());
    EXPECT_NEAR(*d.lossRatioAtStart, 1.1, 1e-6);
    EXPECT_NEAR(*d.lossRatioNow, 1.1, 1e-6);
    const auto tables = DashboardTables::of(d);
    const auto& portfolio = tables.back();
    ASSERT_EQ(portfolio.sheet, "Portefeuille");
    for (const auto& row : portfolio.rows)
        if (row[0].text == "Taux de conservation") {
            EXPECT_EQ(row[1].french(), "sans objet");
        }
}

// After week 2, A and B met their renewal (C not yet): retention is kept / 2 and the loss ratio
// of what is left is, by hand: none lost 1,1; A lost 1,2 (B alone); B lost 0,8 (A alone); both
// lost: none with a history left (C), "sans objet".
TEST(Dashboard, RetentionAndLossRatioFollowTheRenewals) {
    const auto campaign = handMadeCampaign(2);
    const auto d = Dashboard::of(campaign, {}, true);
    bool lostA = false, lostB = false;
    for (const auto& w : campaign.weeks())
        for (const auto& r : w.renewals) {
            if (r.company == 0 && !r.kept) lostA = true;
            if (r.company == 1 && !r.kept) lostB = true;
        }
    EXPECT_EQ(d.renewalsDue, 2);
    EXPECT_EQ(d.weeks[0].renewalsDue, 2);
    EXPECT_EQ(d.weeks[1].renewalsDue, 0);
    const double kept = 2.0 - lostA - lostB;
    ASSERT_TRUE(d.retentionRate.has_value());
    EXPECT_DOUBLE_EQ(*d.retentionRate, kept / 2);
    EXPECT_DOUBLE_EQ(*d.weeks[1].cumulativeRetentionRate, kept / 2);
    EXPECT_DOUBLE_EQ(d.premiumsLostEur, (lostA ? 10'000 : 0) + (lostB ? 30'000 : 0));
    EXPECT_DOUBLE_EQ(d.portfolioPremiumsNowEur, 60'000 - d.premiumsLostEur);
    if (lostA && lostB) {
        EXPECT_FALSE(d.lossRatioNow.has_value());
    } else {
        ASSERT_TRUE(d.lossRatioNow.has_value());
        EXPECT_NEAR(*d.lossRatioNow, lostA ? 1.2 : lostB ? 0.8 : 1.1, 1e-6);
    }
    EXPECT_NEAR(*d.lossRatioAtStart, 1.1, 1e-6);
}

// The tables carry the figures of the model: 2 contracts and 8 000 € a week by objective, so
// 4 contracts and 16 000 € cumulated after two weeks; nothing signed on an empty plan, so the
// cumulated attainment is 0 %. Figures keep their spaces unbroken (U+00A0): a tester read
// "0€" in the PDF's narrow cells.
TEST(DashboardTables, ObjectivesByWeekAndCumulated) {
    auto campaign = handMadeCampaign(0);
    std::vector<WeekRun> runs = {objectiveWeek(1), objectiveWeek(2)};
    for (const auto& run : runs) campaign.runWeek(run);
    const auto tables = DashboardTables::of(Dashboard::of(campaign, runs, true));
    ASSERT_EQ(tables.size(), 8u);
    EXPECT_EQ(tables[0].sheet, "Objectifs par semaine");
    EXPECT_EQ(tables[1].sheet, "Objectifs cumulés");
    ASSERT_EQ(tables[1].rows.size(), 2u);
    EXPECT_EQ(tables[1].rows[1][1].french(), "4");  // a count: never "4,0"
    EXPECT_EQ(tables[1].rows[1][3].french(), "0,0\u00a0%");
    EXPECT_EQ(tables[1].rows[1][4].french(), "16\u00a0000\u00a0€");
    EXPECT_EQ(tables[0].rows[0][4].french(), "8\u00a0000\u00a0€");
    for (const auto& t : tables) EXPECT_LE(t.sheet.size(), 31u) << t.sheet;  // Excel's limit
}

// Issue 11: a count objective read "1,0". Counts are whole numbers: a monthly objective of 1
// contract and 4 000 € in January, whose Mondays in the scenario are the 5th, 12th, 19th and
// 26th, gives each week a quarter: "0,25" contract and 1 000 €, "0,5" and 2 000 € after two
// weeks; a weekly objective of 2 contracts then reads "2", and "2,5" cumulated. In the workbook
// a whole count is written with no decimal, a share with two.
TEST(DashboardTables, CountObjectivesAreWholeOrAShareOfTheMonth) {
    auto campaign = handMadeCampaign(0);
    PlanObjective january;
    january.month = 1;
    january.newContracts = 1;
    january.premiumsEur = 4'000;
    std::vector<WeekRun> runs;
    for (int w = 1; w <= 3; ++w) {
        runs.push_back(w == 3 ? objectiveWeek(3) : WeekRun{});
        runs.back().week = w;
        runs.back().plan.objectives.push_back(january);
        campaign.runWeek(runs.back());
    }
    const auto d = Dashboard::of(campaign, runs, true);
    const auto tables = DashboardTables::of(d);
    ASSERT_EQ(tables[0].rows.size(), 3u);
    EXPECT_EQ(tables[0].rows[0][2].french(), "0,25");
    EXPECT_EQ(tables[0].rows[0][4].french(), "1\u00a0000\u00a0€");
    EXPECT_EQ(tables[0].rows[2][2].french(), "2");
    EXPECT_EQ(tables[1].rows[1][1].french(), "0,5");
    EXPECT_EQ(tables[1].rows[1][4].french(), "2\u00a0000\u00a0€");
    EXPECT_EQ(tables[1].rows[2][1].french(), "2,5");
    EXPECT_EQ(tables[0].rows[2][0].french(), "3");  // the week, a count
    const auto file = std::filesystem::path(::testing::TempDir()) / "cmcsim-objectifs-mois.xlsx";
    DashboardXlsx::write(d, {"Camille", "Rouen", "Mutuelle test", "19/01/2026"}, file);
    XlsxReader xlsx(file.string());
    const auto weekly = XlsxReader::cells(xlsx.entry("xl/worksheets/sheet2.xml"));
    EXPECT_EQ(weekly.at("C2").text, "0.25");
    EXPECT_EQ(weekly.at("C4").text, "2");
    EXPECT_NE(weekly.at("C2").style, weekly.at("C4").style);  // "0.00", "0"
    std::filesystem::remove(file);
}

// The Document: its title block names the candidate, the scenario and the weeks; one section per
// table; no week played says how to play one instead of the weekly tables.
TEST(DashboardDocument, NamesTheAttemptAndTheWeeks) {
    auto campaign = handMadeCampaign(0);
    std::vector<WeekRun> runs = {objectiveWeek(1), objectiveWeek(2)};
    for (const auto& run : runs) campaign.runWeek(run);
    const DashboardSubject subject{"Camille Martin", "Rouen", "Mutuelle test", "19/01/2026"};
    const auto text = DocumentText::render(
        DashboardDocument::build(Dashboard::of(campaign, runs, true), subject));
    EXPECT_NE(text.find("Candidat·e : Camille Martin"), std::string::npos) << text;
    EXPECT_NE(text.find("semaines 1 à 2"), std::string::npos) << text;
    EXPECT_NE(text.find("Objectifs et résultats cumulés"), std::string::npos);
    EXPECT_NE(text.find("Conversion par segment"), std::string::npos);
    EXPECT_NE(text.find("16\u00a0000\u00a0€"), std::string::npos);

    const auto empty = DocumentText::render(
        DashboardDocument::build(Dashboard::of(handMadeCampaign(0), {}, true), subject));
    EXPECT_NE(empty.find("Aucune semaine jouée"), std::string::npos) << empty;
    EXPECT_EQ(empty.find("Objectifs et résultats par semaine"), std::string::npos) << empty;
}

// The workbook read back: a zip (signature "PK\3\4") with the summary and one sheet per table in
// order, headers as text, figures as numbers (16 000 cumulated euros in E3 of the cumulated
// sheet, the retention), a rate with nothing to divide as the text "sans objet".
TEST(DashboardXlsx, OneSheetPerTableWithNumbers) {
    auto campaign = handMadeCampaign(0);
    std::vector<WeekRun> runs = {objectiveWeek(1), objectiveWeek(2)};
    for (const auto& run : runs) campaign.runWeek(run);
    const auto d = Dashboard::of(campaign, runs, true);
    const auto file = std::filesystem::path(::testing::TempDir()) / "cmcsim-tableau-pilotage.xlsx";
    DashboardXlsx::write(d, {"Camille", "Rouen", "Mutuelle test", "19/01/2026"}, file);
    std::ifstream in(file, std::ios::binary);
    char signature[4] = {};
    in.read(signature, 4);
    EXPECT_EQ(std::string(signature, 4), std::string("PK\3\4", 4));
    XlsxReader xlsx(file.string());
    const auto workbook = xlsx.entry("xl/workbook.xml");
    std::size_t at = 0;
    for (const char* sheet :
         {"Synthèse", "Objectifs par semaine", "Objectifs cumulés", "Entonnoir", "Activité",
          "Temps et budget", "Conversion par canal", "Conversion par segment", "Portefeuille"}) {
        const auto found = workbook.find(std::string("name=\"") + sheet + "\"", at);
        ASSERT_NE(found, std::string::npos) << sheet;
        at = found;
    }
    const auto cumulated = XlsxReader::cells(xlsx.entry("xl/worksheets/sheet3.xml"));
    EXPECT_EQ(cumulated.at("A1").text, "Semaine");
    EXPECT_EQ(cumulated.at("E3").type, "");  // a number
    EXPECT_EQ(cumulated.at("E3").text, "16000");
    // A and B met their renewal in week 1: the retention is a number, kept / 2.
    const auto portfolio = XlsxReader::cells(xlsx.entry("xl/worksheets/sheet9.xml"));
    EXPECT_EQ(portfolio.at("A7").text, "Taux de conservation");
    EXPECT_EQ(portfolio.at("B7").type, "");
    EXPECT_DOUBLE_EQ(std::stod(portfolio.at("B7").text), *d.retentionRate);
    // Before any week, no renewal was due: "sans objet", as text.
    DashboardXlsx::write(Dashboard::of(handMadeCampaign(0), {}, true),
                         {"Camille", "Rouen", "Mutuelle test", "05/01/2026"}, file);
    XlsxReader before(file.string());
    const auto none = XlsxReader::cells(before.entry("xl/worksheets/sheet9.xml"));
    EXPECT_EQ(none.at("B7").text, "sans objet");
    EXPECT_EQ(none.at("B7").type, "inlineStr");
    std::filesystem::remove(file);
}

// The Document's text for three busy weeks of the Rouen test campaign (tests/golden; review its
// diff when the model or the document changes).
TEST(DashboardDocument, RouenThreeWeeksGolden) {
    auto campaign = rouenCampaign();
    std::vector<WeekRun> runs;
    for (int w = 1; w <= 3; ++w) {
        runs.push_back(busyWeek(w, 3));
        campaign.runWeek(runs.back());
    }
    const DashboardSubject subject{"Camille Martin", rouenScenario().title,
                                   rouenScenario().mutuelle.name, "26/01/2026"};
    expectGolden("dashboard-rouen-document.txt",
                 DocumentText::render(
                     DashboardDocument::build(Dashboard::of(campaign, runs, true), subject)));
}

// Before the portfolio extract is bought (PortfolioSight), nothing of the portfolio shows:
// not the 3 clients, the 60 000 € of premiums, the renewals of week 1 nor the loss ratio, in
// the model, its JSON (null), the tables and the Document.
TEST(Dashboard, PortfolioHiddenBeforeTheExtract) {
    const auto campaign = handMadeCampaign(2);
    const auto d = Dashboard::of(campaign, {}, false);
    EXPECT_FALSE(d.portfolioKnown);
    EXPECT_EQ(d.clientsAtStart, 0);
    EXPECT_EQ(d.renewalsDue, 0);
    EXPECT_DOUBLE_EQ(d.portfolioPremiumsEur, 0);
    EXPECT_DOUBLE_EQ(d.premiumsLostEur, 0);
    EXPECT_FALSE(d.retentionRate || d.lossRatioAtStart || d.lossRatioNow);
    ASSERT_EQ(d.weeks.size(), 2u);
    EXPECT_EQ(d.weeks[0].renewalsDue, 0);
    EXPECT_FALSE(d.weeks[0].lossRatio || d.weeks[0].cumulativeRetentionRate);
    const auto json = d.toJson();
    EXPECT_TRUE(json["portefeuille"].is_null());
    EXPECT_TRUE(json["semaines"][0]["echeances"].is_null());
    EXPECT_TRUE(json["semaines"][0]["sinistres_sur_primes"].is_null());
    const auto tables = DashboardTables::of(d);
    std::vector<std::string> labels;
    for (const auto& row : tables.back().rows) labels.push_back(row[0].text);
    EXPECT_EQ(std::count(labels.begin(), labels.end(), "Clients au départ"), 0);
    EXPECT_EQ(std::count(labels.begin(), labels.end(), "Portefeuille"), 1);
    const DashboardSubject subject{"Camille Martin", "Rouen", "Mutuelle test", "19/01/2026"};
    const auto text = DocumentText::render(DashboardDocument::build(d, subject));
    EXPECT_EQ(text.find("Clients au départ"), std::string::npos);
    EXPECT_EQ(text.find("60\u00a0000"), std::string::npos);
    EXPECT_NE(text.find("inconnu tant que l'extrait de portefeuille n'est pas acheté"),
              std::string::npos);
    // The same campaign with the extract: the portfolio is there (the 3 clients, 60 000 €).
    const auto seen = Dashboard::of(campaign, {}, true);
    EXPECT_EQ(seen.clientsAtStart, 3);
    EXPECT_DOUBLE_EQ(seen.portfolioPremiumsEur, 60'000);
}

// The weeks alone decide as the last played week saw it (WeekRun::portfolioKnown).
TEST(Dashboard, PortfolioShownAsTheLastWeekSawIt) {
    auto campaign = handMadeCampaign(0);
    std::vector<WeekRun> runs = {objectiveWeek(1)};
    campaign.runWeek(runs.back());
    EXPECT_FALSE(Dashboard::of(campaign, runs).portfolioKnown);
    runs.back().portfolioKnown = true;
    EXPECT_TRUE(Dashboard::of(campaign, runs).portfolioKnown);
    EXPECT_FALSE(Dashboard::of(campaign, {}).portfolioKnown);  // before any week
}
