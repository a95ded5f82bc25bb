// The streamed market commands (issue 9, "Open lazily"): statistics and exports read row by row
// from the attempt file give the very outputs of the in-memory paths over AttemptFile::open's
// market, and refuse a row edited since the seal.
#include <gtest/gtest.h>

#include <sstream>

#include "TestAttempts.h"
#include "XlsxReader.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/MarketStatistics.h"
#include "cmcsim/prospects/ProspectBreakdown.h"
#include "cmcsim/report/MarketReport.h"
#include "cmcsim/report/ProspectCsv.h"
#include "cmcsim/report/ProspectXlsx.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/StreamedExport.h"
#include "cmcsim/store/StreamedStatistics.h"

using namespace cmcsim;
using test::contains;
using test::reference;
namespace cmd = cmcsim::command;

namespace {
// The report of statistics as `market stats` prints it, text and JSON.
std::string printed(const MarketStatistics& s, bool truth) {
    const MarketReport report(s, truth);
    return report.text("Marché") + "\n" + report.json().dump(1);
}

// Compares every output of `market stats` (candidate and --truth, text and JSON) and `market
// export` (both CSV dialects, and XLSX but for its timestamps) streamed from `file` with the
// same outputs computed in memory, as the commands did before; returns the excel-fr CSV.
std::string expectSameOutputs(const std::filesystem::path& file, const test::TempDir& dir) {
    const auto& ref = reference();
    const auto full = AttemptFile::open(file, ref);
    const auto state = AttemptState::replay(full.scenario(), full.market(), full.journal(),
                                            cmcsim::test::reference().planRules);
    const ProspectView view(full.market(), ref, state.knowledge());
    const ProspectTable table(ref, view, view.filter({}), &state.records());
    for (const std::size_t top : {std::size_t{3}, std::size_t{15}}) {
        AttemptReader reader(file, ref);
        EXPECT_EQ(
            printed(StreamedStatistics::candidate(reader, reader.replay().knowledge(), top), false),
            printed(ProspectBreakdown::statistics(view, ref, top), false));
        EXPECT_EQ(printed(StreamedStatistics::truth(reader, top), true),
                  printed(MarketStatistics::compute(full.market(), ref, top), true));
    }
    std::string excel;
    for (const auto dialect : {CsvDialect::ExcelFr, CsvDialect::Rfc4180}) {
        std::ostringstream memory, streamed;
        ProspectCsv(ref, dialect).write(table, memory);
        AttemptReader reader(file, ref);
        EXPECT_EQ(StreamedExport::csv(reader, dialect, streamed), table.size());
        EXPECT_EQ(streamed.str(), memory.str());
        if (dialect == CsvDialect::ExcelFr) excel = streamed.str();
    }
    const auto memory = dir / "memoire.xlsx", streamed = dir / "flux.xlsx";
    ProspectXlsx::write(table, memory, 700);  // two sheets at Rouen, as at national scale
    {
        AttemptReader reader(file, ref);
        EXPECT_EQ(StreamedExport::xlsx(reader, streamed), table.size());
    }
    ProspectXlsx::write(table, memory);
    const test::XlsxReader a(memory.string()), b(streamed.string());
    for (const auto* entry : {"xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/styles.xml",
                              "[Content_Types].xml", "docProps/app.xml"})
        EXPECT_EQ(b.entry(entry), a.entry(entry)) << entry;  // docProps/core.xml: the time
    return excel;
}
}  // namespace

TEST(StreamedMarket, MinimalMarketWithVerificationsCensusAndMarksMatchesTheInMemoryOutputs) {
    test::TempDir dir;
    const auto file = test::createMinimal(dir);
    {
        AttemptSession session(file, reference());
        for (const int line : {0, 3, 17, 42, 99, 150})
            session.execute(cmd::kVerify, {{"ligne", line}});
        session.execute(cmd::kCensusRequest, {{"ligne", 7}});
        session.execute(cmd::kFlag,
                        {{"ligne", 3}, {"anomalie", "doublon"}, {"motif", "même SIRET"}});
        session.execute(cmd::kTag, {{"ligne", 5}, {"etiquette", "prioritaire"}});
        session.execute(cmd::kNote, {{"ligne", 5}, {"texte", "rappeler\nlundi"}});
    }
    const auto csv = expectSameOutputs(file, dir);
    // The verified lines and the marks reached the export (so the comparison covered them).
    EXPECT_TRUE(contains(csv, ";oui;non;")) << "a verified open line";
    EXPECT_TRUE(contains(csv, "rappeler lundi"));
}

TEST(StreamedMarket, RouenWithStudiesAndVerificationsMatchesTheInMemoryOutputs) {
    test::TempDir dir;
    const auto file = dir / "rouen.cmc";
    AttemptFile::create(reference(), test::rouenScenario(), test::requestFor(file));
    {
        AttemptSession session(file, reference());
        for (int line = 0; line < 4000; line += 100)
            session.execute(cmd::kVerify, {{"ligne", line}});
        session.execute(cmd::kCensusRequest, {{"ligne", 200}});
        for (const auto* study :
             {"benchmark-concurrents", "extrait-portefeuille", "annuaire-prescripteurs"})
            session.execute(cmd::kBuyStudy, {{"etude", study}});
    }
    const auto csv = expectSameOutputs(file, dir);
    // The competitor study revealed covers and the portfolio the mutuelle's clients.
    EXPECT_TRUE(contains(csv, ";aucun contrat;"));
    EXPECT_TRUE(contains(csv, ";oui\r\n"));
}

TEST(StreamedMarket, RefusesARowEditedSinceTheSeal) {
    test::TempDir dir;
    const auto file = test::createMinimal(dir);
    test::rawSql(file, "UPDATE prospect SET raison_sociale = 'AUTRE' WHERE id = 150");
    test::rawSql(file, "UPDATE establishment SET headcount = headcount + 1 WHERE id = 20");
    const auto refused = [&](const std::function<void(AttemptReader&)>& command,
                             const std::string& table) {
        AttemptReader reader(file, reference());
        const auto problems = test::inputProblems([&] { command(reader); });
        ASSERT_EQ(problems.size(), 1u) << table;
        EXPECT_TRUE(contains(problems[0].what, "épreuve altérée : table " + table +
                                                   " : contenu modifié entre les "
                                                   "lignes"))
            << problems[0].what;
    };
    std::ostringstream out;
    refused([](AttemptReader& r) { StreamedStatistics::candidate(r, r.replay().knowledge()); },
            "prospect");
    refused([&](AttemptReader& r) { StreamedExport::csv(r, CsvDialect::ExcelFr, out); },
            "prospect");
    refused([&](AttemptReader& r) { StreamedExport::xlsx(r, dir / "export.xlsx"); }, "prospect");
    refused([](AttemptReader& r) { StreamedStatistics::truth(r); }, "establishment");
}
