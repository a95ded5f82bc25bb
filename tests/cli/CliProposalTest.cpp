#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "CliRunner.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptSession.h"

// `cmcsim proposal`: the PDF of a saved offer version, its refusals, and golden texts of the
// document model on the minimal fixture and a bundled scenario (CMCSIM_UPDATE_GOLDEN=1 rewrites
// them, as for tests/cli/CliGoldenTest.cpp).
namespace {

using cmcsim::test::runCli;
using cmcsim::test::runShell;
namespace fs = std::filesystem;
namespace cmd = cmcsim::command;

const fs::path kGolden = fs::path(CMCSIM_TEST_DATA) / "golden";
const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";
// Gillet Micro-crèche, 24 employees on the minimal scenario's market (CliGoldenTest).
const std::string kCreche = "46575783900019";
const char* const kMark = "Offre non conforme — document de travail";

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

nlohmann::json offerFile(const char* name) {
    return nlohmann::json::parse(
        readFile(fs::path(CMCSIM_SOURCE_ROOT) / "scenarios" / "offers" / name));
}

const cmcsim::ReferenceData& reference() {
    static const auto data = cmcsim::ReferenceData::load(fs::path(CMCSIM_SOURCE_ROOT) / "datasets");
    return data;
}

void expectGolden(const std::string& name, const std::string& actual) {
    const auto path = kGolden / name;
    if (std::getenv("CMCSIM_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(fs::exists(path)) << "missing golden file " << path;
    EXPECT_EQ(readFile(path), actual) << "differs from " << path;
}

// The minimal scenario's attempt with saved offers: for the crèche, v1 the fixture
// alisfa-creche.json (compliant with the law and the Alisfa branch) and v2 the same with a 30 %
// employer share (non-compliant: the employer pays at least half, CSS L911-7); and an offer for an
// establishment verified closed.
class CliProposal : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-proposal-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        attempt_ = (dir_ / "epreuve.cmc").string();
        const auto result = runCli("generate " + kMinimal + " -o " + attempt_ + " --force");
        ASSERT_EQ(result.exitCode, 0) << result.err;
        cmcsim::AttemptSession session(attempt_, reference());
        auto offer = nlohmann::json::parse(
            readFile(fs::path(CMCSIM_TEST_DATA) / "fixtures" / "offers" / "alisfa-creche.json"));
        session.execute(cmd::kSaveOffer, {{"siret", kCreche}, {"offre", offer}});
        for (auto& category : offer["categories"]) category["sante"]["part_employeur_pct"] = 30;
        session.execute(cmd::kSaveOffer, {{"siret", kCreche}, {"offre", offer}});
        const auto& market = session.attempt().market();
        for (std::uint32_t line = 0; line < market.prospects.size(); ++line)
            if (market.establishments[market.prospects[line].establishment].closed) {
                closed_ = cmcsim::siret::formatSiret(market.prospects[line].siret);
                session.execute(cmd::kVerify, {{"ligne", line}});
                session.execute(cmd::kSaveOffer, {{"siret", closed_},
                                                  {"offre", offerFile("confort-ensemble.json")}});
                break;
            }
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }
    static std::string proposal(const std::string& args) {
        return "proposal " + attempt_ + " " + args;
    }
    static fs::path dir_;
    static std::string attempt_, closed_;
};
fs::path CliProposal::dir_;
std::string CliProposal::attempt_, CliProposal::closed_;

TEST_F(CliProposal, WritesThePdfOfTheLatestOrTheChosenVersion) {
    const auto pdf = dir_ / "v1.pdf";
    const auto result = runCli(proposal("--siret " + kCreche + " --version 1 -o " + pdf.string()));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(readFile(pdf).substr(0, 5), "%PDF-");
    EXPECT_NE(result.err.find("proposition v1"), std::string::npos) << result.err;
    // Without --version: the latest (v2, non-compliant), refused without --non-conforme.
    const auto latest = runCli(proposal("--siret " + kCreche + " --text"));
    EXPECT_EQ(latest.exitCode, 1);
    EXPECT_NE(latest.err.find("v2"), std::string::npos) << latest.err;
}

TEST_F(CliProposal, TheTextIsTheDocumentModelOfTheStudio) {
    const auto result = runCli(proposal("--siret " + kCreche + " --version 1 --text"));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("proposal-minimal.txt", result.out);
    for (const char* part : {"Vos besoins et exigences", "Tableau de garanties", "Conformité",
                             "(IPID)", "Réclamations et médiation", "L521-4", "2017/1469"})
        EXPECT_NE(result.out.find(part), std::string::npos) << part;
    EXPECT_EQ(result.out.find(kMark), std::string::npos);
}

TEST_F(CliProposal, ANonCompliantOfferNeedsTheFlagAndIsMarkedOnEveryPage) {
    const auto pdf = dir_ / "v2.pdf";
    const auto refused = runCli(proposal("--siret " + kCreche + " -o " + pdf.string()));
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("--non-conforme"), std::string::npos) << refused.err;
    EXPECT_FALSE(fs::exists(pdf));
    const auto result =
        runCli(proposal("--siret " + kCreche + " --non-conforme -o " + pdf.string()));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    // Every page carries the mark (poppler-utils, scripts/install-deps).
    const auto info = runShell("pdfinfo " + pdf.string());
    ASSERT_EQ(info.exitCode, 0) << "pdfinfo (poppler-utils) is needed: " << info.err;
    const auto at = info.out.find("Pages:");
    ASSERT_NE(at, std::string::npos);
    const int pages = std::stoi(info.out.substr(at + 6));
    EXPECT_GE(pages, 3);
    for (int page = 1; page <= pages; ++page) {
        auto text = runShell("pdftotext -raw -f " + std::to_string(page) + " -l " +
                             std::to_string(page) + " " + pdf.string() + " -");
        // The font's "ff" ligature (U+FB00) is extracted as one character.
        for (auto ff = text.out.find("\uFB00"); ff != std::string::npos;
             ff = text.out.find("\uFB00"))
            text.out.replace(ff, 3, "ff");
        EXPECT_NE(text.out.find(kMark), std::string::npos) << "page " << page;
        EXPECT_NE(text.out.find("page " + std::to_string(page) + " / " + std::to_string(pages)),
                  std::string::npos)
            << "page " << page;
    }
}

TEST_F(CliProposal, AClosedEstablishmentIsRefusedWithTheReason) {
    ASSERT_FALSE(closed_.empty()) << "the minimal market has a closed establishment";
    const auto result = runCli(proposal("--siret " + closed_ + " --text --non-conforme"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("fermé (fiche vérifiée)"), std::string::npos) << result.err;
    EXPECT_TRUE(result.out.empty());
}

TEST_F(CliProposal, UnknownVersionsAndCompaniesAreRefused) {
    const auto missing = runCli(proposal("--siret " + kCreche + " --version 3 --text"));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_NE(missing.err.find("versions 1 à 2"), std::string::npos) << missing.err;
    EXPECT_EQ(runCli(proposal("--siret " + kCreche + " --version 0 --text")).exitCode, 2);
    const auto none = runCli(proposal("--siret 12345678901234 --text"));
    EXPECT_EQ(none.exitCode, 1);
    EXPECT_NE(none.err.find(kCreche), std::string::npos) << none.err;  // the SIRETs that have one
    EXPECT_EQ(runCli(proposal("--siret " + kCreche)).exitCode, 2);     // neither -o nor --text
}

TEST_F(CliProposal, NeverOverwritesAFileOnError) {
    const auto pdf = dir_ / "existant.pdf";
    std::ofstream(pdf) << "à garder";
    const auto exists = runCli(proposal("--siret " + kCreche + " --version 1 -o " + pdf.string()));
    EXPECT_EQ(exists.exitCode, 1);
    EXPECT_NE(exists.err.find("--force"), std::string::npos) << exists.err;
    const auto refused = runCli(proposal("--siret " + kCreche + " --force -o " + pdf.string()));
    EXPECT_EQ(refused.exitCode, 1);  // non-compliant without --non-conforme
    EXPECT_EQ(readFile(pdf), "à garder");
    EXPECT_EQ(runCli(proposal("--siret " + kCreche + " --version 1 -o " + attempt_ + " --force"))
                  .exitCode,
              1);  // never over the attempt
    EXPECT_EQ(fs::file_size(attempt_) > 0, true);
    for (const auto& entry : fs::directory_iterator(dir_))  // no temporary file left
        EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
}

// The PDF is written by a module loaded only then (app/render/PdfModule.h): without it, the
// command says so in French, names where it looked, and leaves no file.
TEST_F(CliProposal, AMissingPdfModuleIsSaidAndNothingIsWritten) {
    const auto pdf = dir_ / "sans-module.pdf";
    const auto missing = (dir_ / "absent" / "cmcsim-pdf.so").string();
    const auto result =
        runShell("CMCSIM_PDF_MODULE=" + missing + " " + CMCSIM_CLI + " " +
                 proposal("--siret " + kCreche + " --version 1 -o " + pdf.string()));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.err.find("module d'écriture PDF introuvable"), std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find(missing), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(pdf));
    for (const auto& entry : fs::directory_iterator(dir_))  // no temporary file left
        EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos) << entry.path();
}

// Only a PDF loads Qt: the dynamic loader's trace (LD_DEBUG) of a command without one names no
// Qt library, and that of a PDF names Qt GUI.
TEST_F(CliProposal, OnlyAPdfLoadsQt) {
    const auto text =
        runShell("LD_DEBUG=libs " + std::string(CMCSIM_CLI) + " " +
                 proposal("--siret " + kCreche + " --version 1 --text") + " >/dev/null");
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_NE(text.err.find("calling init"), std::string::npos) << "no loader trace";
    EXPECT_EQ(text.err.find("libQt6"), std::string::npos);
    const auto pdf = dir_ / "trace.pdf";
    const auto written =
        runShell("LD_DEBUG=libs " + std::string(CMCSIM_CLI) + " " +
                 proposal("--siret " + kCreche + " --version 1 -o " + pdf.string()));
    ASSERT_EQ(written.exitCode, 0) << written.err;
    EXPECT_NE(written.err.find("libQt6Gui"), std::string::npos);
    fs::remove(pdf);
}

TEST(CliProposalBundled, GoldenProposalOnTheCantalScenario) {
    // The bundled Cantal scenario: the first line of the prospect file with 20 or more employees,
    // the bundled cadres-non-cadres offer, as the candidate knows the company (estimated census).
    const auto dir =
        fs::path(::testing::TempDir()) / ("cmcsim-proposal-cantal-" + std::to_string(getpid()));
    fs::create_directories(dir);
    const auto file = (dir / "cantal.cmc").string();
    ASSERT_EQ(runCli("generate cantal-rural -o " + file + " --force").exitCode, 0);
    std::string siret;
    {
        cmcsim::AttemptSession session(file, reference());
        const auto& market = session.attempt().market();
        for (const auto& p : market.prospects)
            if (const auto& e = market.establishments[p.establishment];
                e.headcount >= 20 && !e.closed) {
                siret = cmcsim::siret::formatSiret(p.siret);
                break;
            }
        ASSERT_FALSE(siret.empty());
        session.execute(cmd::kSaveOffer,
                        {{"siret", siret}, {"offre", offerFile("cadres-non-cadres.json")}});
    }
    const auto result = runCli("proposal " + file + " --siret " + siret + " --text --non-conforme");
    ASSERT_EQ(result.exitCode, 0) << result.err;
    expectGolden("proposal-cantal.txt", result.out);
    fs::remove_all(dir);
}

}  // namespace
