#include <fmt/format.h>
#include <gtest/gtest.h>

#include <QAbstractSeries>
#include <QChart>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

#include "../cli/CliRunner.h"
#include "MessageBoxAnswer.h"
#include "StudioFixture.h"
#include "cmcsim/report/DocumentText.h"
#include "piloting/ConversionPanel.h"
#include "piloting/FunnelChart.h"
#include "piloting/PilotingWorkspace.h"
#include "piloting/WeekSeriesChart.h"

// The Pilotage workspace: its empty state, its charts after weeks run (with `cmcsim plan` and
// `cmcsim week` on the studio's attempt, as in tests/cli/CliWeekTest.cpp), its exports, and
// the attempt never replaced by one.
using namespace cmcsim;
using namespace cmcsim::test;

namespace {

// The plan of CliWeekTest (a segment of the whole file, calls, letters, a prescriber event), then
// weeks 1 to 3.
void playThreeWeeks(StudioFixture& fixture) {
    fixture.close();  // the CLI writes the attempt
    const auto& file = fixture.file();
    // fmt, not std::string's operator+: GCC 12 reports a false -Wrestrict there (bug 105329).
    for (
        const auto* command :
        {R"(act '{}' segment.enregistrement --payload '{{"id": "tous", "nom": "Tout le fichier", "filtre": {{}}, "qualification": "Tout le fichier", "etablissements": 200, "salaries": 2000, "potentiel_eur": 100000, "conversion": 0.02}}')",
         "plan '{}' target tous --priorite 1",
         "plan '{}' objective --semaine 1 --contrats 1 --primes 4000 --appels-jour 8",
         "plan '{}' add-action appels --type sequence_appels --segment tous --debut 1 --fin 4 "
         "--heures 20 --contacts 40",
         "plan '{}' add-action courrier --type publipostage --segment tous --debut 1 --fin 3 "
         "--heures 2 --contacts 50 --budget 300",
         "week '{}' --to 3"}) {
        const auto line = fmt::format(fmt::runtime(command), file.string());
        const auto result = runCli(line);
        ASSERT_EQ(result.exitCode, 0) << line << "\n" << result.err;
    }
    fixture.reopen();
}

}  // namespace

TEST(PilotingWorkspace, SaysWhatToDoBeforeAnyWeek) {
    StudioFixture fixture;
    PilotingWorkspace workspace(fixture.session());
    workspace.refresh();
    EXPECT_TRUE(workspace.showsEmptyState());
    const auto* empty = workspace.findChild<QLabel*>(QStringLiteral("pilotingEmpty"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->text().contains(QStringLiteral("Semaine suivante")));
    EXPECT_TRUE(workspace.dashboard().weeks.empty());
}

TEST(PilotingWorkspace, ChartsFilledAfterWeeksRunAndExportsWritten) {
    StudioFixture fixture;
    playThreeWeeks(fixture);
    PilotingWorkspace workspace(fixture.session());
    workspace.resize(1366, 768);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    EXPECT_FALSE(workspace.showsEmptyState());
    ASSERT_EQ(workspace.dashboard().weeks.size(), 3u);
    // Two series (objective, signed) over 3 weeks; 7 activity series; a funnel and a channel chart.
    EXPECT_EQ(workspace.contractsChart()->pointCount(), 6);
    EXPECT_EQ(workspace.activityChart()->pointCount(), 21);
    EXPECT_EQ(workspace.funnelChart()->chart()->series().size(), 1);
    EXPECT_EQ(workspace.channelPanel()->chart()->series().size(), 1);
    // The document names the candidate of the fixture and the weeks.
    const auto text = DocumentText::render(workspace.document());
    EXPECT_NE(text.find("Camille"), std::string::npos) << text;
    EXPECT_NE(text.find("semaines 1 à 3"), std::string::npos) << text;

    QTemporaryDir dir;
    const auto xlsx = dir.filePath(QStringLiteral("pilotage.xlsx"));
    EXPECT_EQ(workspace.exportXlsx(xlsx), xlsx);
    QFile book(xlsx);
    ASSERT_TRUE(book.open(QIODevice::ReadOnly));
    EXPECT_EQ(book.read(4), QByteArray("PK\3\4", 4));
    const auto pdf = dir.filePath(QStringLiteral("pilotage.pdf"));
    EXPECT_EQ(workspace.exportPdf(pdf), pdf);
    QFile document(pdf);
    ASSERT_TRUE(document.open(QIODevice::ReadOnly));
    EXPECT_EQ(document.read(4), QByteArray("%PDF"));
}

// Choosing the attempt itself as the export's file is refused with a message; the attempt is
// unchanged.
TEST(PilotingWorkspace, NeverExportsOverTheAttempt) {
    StudioFixture fixture;
    playThreeWeeks(fixture);
    PilotingWorkspace workspace(fixture.session());
    workspace.refresh();
    const auto before = std::filesystem::file_size(fixture.file());
    const auto attempt = QString::fromStdString(fixture.file().string());
    MessageBoxAnswer answer(QMessageBox::AcceptRole);
    EXPECT_TRUE(workspace.exportPdf(attempt).isEmpty());
    EXPECT_TRUE(answer.answered());
    EXPECT_EQ(std::filesystem::file_size(fixture.file()), before);
    MessageBoxAnswer again(QMessageBox::AcceptRole);
    EXPECT_TRUE(workspace.exportXlsx(attempt).isEmpty());
    EXPECT_TRUE(again.answered());
}

// Found by fresh testers: with nothing signed and no premium objective the premium charts were
// flat with an axis reading "1 €, 1 €, 0 €", and the summary said "un objectif de 0,0". Two
// weeks with an empty plan, then objectives of 1 contract and 4 000 € a week.
TEST(PilotingWorkspace, EmptyChartsSaySoAndCountsAreWhole) {
    StudioFixture fixture;
    auto& session = fixture.session();
    ASSERT_TRUE(session.run(QStringLiteral("semaine 1"), command::kRunWeek, {{"semaine", 1}}));
    PilotingWorkspace workspace(session);
    workspace.refresh();
    ASSERT_EQ(workspace.dashboard().signatures, 0);
    EXPECT_FALSE(workspace.showsEmptyState());
    // Nothing planned, nothing signed: sentences instead of flat charts.
    EXPECT_TRUE(workspace.contractsChart()->message().contains(QStringLiteral("Ni objectif")));
    EXPECT_TRUE(workspace.premiumsChart()->message().contains(QStringLiteral("prime signée")));
    EXPECT_TRUE(workspace.premiumsChart()->axisLabels().isEmpty());
    EXPECT_FALSE(workspace.activityChart()->message().isEmpty());
    // One week: "semaine 1", and no objective to compare with.
    const auto summary = workspace.findChild<QLabel*>(QStringLiteral("pilotingSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("semaine 1 :")))
        << summary->text().toStdString();
    EXPECT_FALSE(summary->text().contains(QStringLiteral("objectif")))
        << summary->text().toStdString();

    for (int week = 2; week <= 3; ++week)
        ASSERT_TRUE(
            session.run(QStringLiteral("objectif"), command::kPlanObjective,
                        {{"semaine", week}, {"nouveaux_contrats", 1}, {"primes_eur", 4000}}));
    for (int week = 2; week <= 3; ++week)
        ASSERT_TRUE(session.run(QStringLiteral("semaine"), command::kRunWeek, {{"semaine", week}}));
    workspace.refresh();
    ASSERT_EQ(workspace.dashboard().signatures, 0);
    // Objectives 0, 1, 1 (+10 % room, 1.1): whole steps to 2; 0, 4 000, 4 000 € (4 400): whole
    // euros, thousands separated, to 5 000 €.
    EXPECT_TRUE(workspace.contractsChart()->message().isEmpty());
    EXPECT_EQ(workspace.contractsChart()->axisLabels(), (QStringList{"0", "1", "2"}));
    EXPECT_EQ(workspace.premiumsChart()->axisLabels(),
              (QStringList{"0 €", "1 000 €", "2 000 €", "3 000 €", "4 000 €", "5 000 €"}));
    // Cumulated: 8 000 € (8 800) → steps of 2 000 € to 10 000 €, read in k€.
    EXPECT_EQ(workspace.premiumsCumulatedChart()->axisLabels(),
              (QStringList{"0 €", "2 k€", "4 k€", "6 k€", "8 k€", "10 k€"}));
    // 2 contracts over the 3 weeks, an integer: "2", not "2,0".
    EXPECT_TRUE(summary->text().contains(QStringLiteral("semaines 1 à 3 :")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("sur un objectif de 2 ;")))
        << summary->text().toStdString();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("(objectif 8 000 €)")))
        << summary->text().toStdString();
}
