#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "CliRunner.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptFile.h"
#include "cmcsim/store/AttemptSession.h"

// The CLI's outputs without --truth say only what the attempt's journal earned (issue 7 §1).
namespace {

using cmcsim::test::handedInCopy;
using cmcsim::test::runCli;
namespace fs = std::filesystem;

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A new attempt of tests/fixtures/scenarios/session.json (200 establishments, a competitor study
// "veille" of 600 €), named after `name` and this process.
std::string sessionAttempt(const std::string& name) {
    const auto file =
        (fs::path(::testing::TempDir()) / (name + "-" + std::to_string(getpid()) + ".cmc"))
            .string();
    const auto result = runCli("generate " + std::string(CMCSIM_TEST_DATA) +
                               "/fixtures/scenarios/session.json -o " + file + " --force");
    EXPECT_EQ(result.exitCode, 0) << result.err;
    return file;
}

const cmcsim::ReferenceData& reference() {
    static const auto data = cmcsim::ReferenceData::load(fs::path(CMCSIM_SOURCE_ROOT) / "datasets");
    return data;
}

// The CSV row of this SIRET in an export.
std::string rowOf(const std::string& csv, const std::string& siret) {
    const auto at = csv.find(siret);
    return at == std::string::npos ? std::string() : csv.substr(at, csv.find('\n', at) - at);
}

TEST(CliKnowledge, OutputsFollowTheJournalAndTruthShowsEverything) {
    const auto file = sessionAttempt("cmcsim-knowledge");
    const auto& reference = ::reference();
    std::uint32_t line = 0;
    std::uint32_t listed = 0, real = 0;
    std::string siret, truthText, insurer;
    {
        const auto attempt = cmcsim::AttemptFile::open(file, reference);
        const auto& market = attempt.market();
        // A stale headcount on a company with a single line and establishment.
        for (const auto& d : market.defects) {
            if (d.kind != cmcsim::DefectKind::StaleHeadcount) continue;
            const auto& p = market.prospects[d.record];
            const auto& e = market.establishments[p.establishment];
            const auto& c = market.companies[e.company];
            int lines = 0;
            for (const auto& other : market.prospects) lines += other.siret / 100000 == c.siren;
            if (lines != 1 || c.establishmentCount != 1 || e.closed || c.health.insurer < 0)
                continue;
            line = d.record;
            listed = p.headcount;
            real = e.headcount;
            siret = cmcsim::siret::formatSiret(p.siret);
            truthText = d.truth;
            insurer = market.competitors[static_cast<std::size_t>(c.health.insurer)].name;
            break;
        }
    }
    ASSERT_FALSE(siret.empty());
    const auto diagnose = "diagnose " + file + " --siret " + siret;
    const auto exportCsv = "market export " + file + " --csv - --format rfc4180";
    const auto stats = "market stats " + file;
    const auto csvRow = [&](std::uint32_t headcount) { return fmt::format(",{},", headcount); };

    // Nothing earned yet.
    auto d = runCli(diagnose);
    ASSERT_EQ(d.exitCode, 0) << d.err;
    EXPECT_TRUE(has(d.out, fmt::format("Effectif estimé sur le territoire : {} salarié", listed)))
        << d.out;
    EXPECT_TRUE(has(d.out, "estimation sur l'effectif déclaré")) << d.out;
    EXPECT_FALSE(has(d.out, insurer));
    EXPECT_FALSE(has(d.out, truthText));
    auto csv = runCli(exportCsv).out;
    const auto rowAt = [&](const std::string& text) { return rowOf(text, siret); };
    EXPECT_TRUE(has(rowAt(csv), csvRow(listed))) << rowAt(csv);
    EXPECT_FALSE(has(runCli(stats).out, insurer));
    // The evaluator's view.
    // The evaluator's view, on the handed-in attempt (TruthAccess).
    const auto remise = handedInCopy(file);
    const auto truth = runCli("diagnose " + remise + " --siret " + siret + " --truth").out;
    EXPECT_TRUE(has(truth, fmt::format("Effectif recensé sur le territoire : {} salarié", real)))
        << truth;
    EXPECT_TRUE(has(truth, insurer));
    EXPECT_TRUE(has(runCli("market stats " + remise + " --truth").out, insurer));
    EXPECT_NE(runCli(stats + " --truth").exitCode, 0) << "refused before the hand-in";

    // The candidate verifies the line, requests its census and buys the competitor study.
    {
        cmcsim::AttemptSession session(file, reference);
        session.execute(cmcsim::command::kVerify, {{"ligne", line}});
        session.execute(cmcsim::command::kCensusRequest, {{"ligne", line}});
        session.execute(cmcsim::command::kBuyStudy, {{"etude", "veille"}});
    }
    d = runCli(diagnose);
    EXPECT_TRUE(has(d.out, fmt::format("Effectif recensé sur le territoire : {} salarié", real)))
        << d.out;
    EXPECT_FALSE(has(d.out, "estimation"));
    EXPECT_TRUE(has(d.out, "Santé : " + insurer)) << d.out;
    csv = runCli(exportCsv).out;
    EXPECT_TRUE(has(rowAt(csv), csvRow(real))) << rowAt(csv);
    EXPECT_TRUE(has(runCli(stats).out, insurer));
    fs::remove(file);
}

TEST(CliKnowledge, VerifiedClosureDuplicateAndNafReachTheCliOutputsOnlyAfterVerification) {
    const auto file = sessionAttempt("cmcsim-knowledge-defects");
    const auto& reference = ::reference();
    // The first line carrying each defect alone.
    std::map<cmcsim::DefectKind, std::uint32_t> lines;
    std::string closedSiret, nafSiret, listedNaf, realNaf;
    {
        const auto attempt = cmcsim::AttemptFile::open(file, reference);
        const auto& market = attempt.market();
        for (const auto& d : market.defects) {
            const auto alone = std::count_if(
                market.defects.begin(), market.defects.end(),
                [&](const cmcsim::Defect& other) { return other.record == d.record; });
            if (alone == 1 && !lines.contains(d.kind)) lines[d.kind] = d.record;
        }
        const auto& closed = market.prospects[lines.at(cmcsim::DefectKind::Closed)];
        closedSiret = cmcsim::siret::formatSiret(closed.siret);
        const auto& wrong = market.prospects[lines.at(cmcsim::DefectKind::WrongNaf)];
        nafSiret = cmcsim::siret::formatSiret(wrong.siret);
        listedNaf = reference.naf.codes()[wrong.naf].code;
        realNaf = reference.naf.codes()[market.establishments[wrong.establishment].naf].code;
    }
    const auto exportCsv = runCli("market export " + file + " --csv - --format rfc4180").out;
    EXPECT_TRUE(has(rowOf(exportCsv, nafSiret), "," + listedNaf + ","));
    EXPECT_FALSE(has(runCli("diagnose " + file + " --siret " + closedSiret).out, "fermé"));
    const auto statsBefore = runCli("market stats " + file).out;
    // Every one of the file's 214 lines counts until the candidate learns otherwise.
    EXPECT_TRUE(has(statsBefore, "Établissements : 214 dans")) << statsBefore.substr(0, 200);

    {
        cmcsim::AttemptSession session(file, reference);
        for (const auto kind : {cmcsim::DefectKind::Closed, cmcsim::DefectKind::WrongNaf,
                                cmcsim::DefectKind::Duplicate})
            session.execute(cmcsim::command::kVerify, {{"ligne", lines.at(kind)}});
    }
    const auto after = runCli("market export " + file + " --csv - --format rfc4180").out;
    EXPECT_TRUE(has(rowOf(after, nafSiret), "," + realNaf + ",")) << rowOf(after, nafSiret);
    const auto closedDiagnosis = runCli("diagnose " + file + " --siret " + closedSiret).out;
    EXPECT_TRUE(has(closedDiagnosis, "est fermé (fiche vérifiée)")) << closedDiagnosis;
    // The closed establishment and the duplicate no longer count as establishments.
    const auto statsAfter = runCli("market stats " + file).out;
    EXPECT_TRUE(has(statsAfter, "Établissements : 212 dans")) << statsAfter.substr(0, 200);
    fs::remove(file);
}

}  // namespace
