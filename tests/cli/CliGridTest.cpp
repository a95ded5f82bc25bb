#include <fmt/format.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "CliRunner.h"

// `cmcsim evaluation …` and `cmcsim grid`: two evaluators fill, agree and sign the grid of a
// sealed attempt of the minimal scenario headlessly, and the refusals on the way
// (docs/evaluation-grid.md).
namespace {

using cmcsim::test::CliResult;
using cmcsim::test::runCli;
namespace fs = std::filesystem;

const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

class CliGrid : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::path(::testing::TempDir()) /
               ("cmcsim-grid-" + std::to_string(getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
        attempt_ = (dir_ / "epreuve.cmc").string();
        evaluation_ = (dir_ / "epreuve.cmceval").string();
        const auto result = runCli("generate " + kMinimal + " -o " + attempt_ +
                                   " --candidate 'Camille Martin' --force");
        ASSERT_EQ(result.exitCode, 0) << result.err;
    }
    void TearDown() override { fs::remove_all(dir_); }

    CliResult ok(const std::string& args) {
        auto result = runCli(args);
        EXPECT_EQ(result.exitCode, 0) << args << "\n" << result.err;
        return result;
    }
    CliResult fails(const std::string& args, const std::string& message) {
        auto result = runCli(args);
        EXPECT_EQ(result.exitCode, 1) << args;
        EXPECT_TRUE(has(result.err, message)) << args << "\n" << result.err;
        return result;
    }
    // Seals the attempt; the receipt printed (what the candidate hands to the trainer).
    std::string seal() {
        const auto sealed = ok("seal " + attempt_).out;
        const std::string label = "Reçu : ";
        const auto at = sealed.find(label);
        return at == std::string::npos ? std::string() : sealed.substr(at + label.size(), 19);
    }
    // Seals the attempt and creates its evaluation with both evaluators named.
    void start() {
        receipt_ = seal();
        ok("evaluation create " + attempt_ + " -o " + evaluation_ + " --receipt " + receipt_);
        ok("evaluation evaluator " + evaluation_ +
           " --evaluator 1 --name 'Claire Dubois' --role Formatrice");
        ok("evaluation evaluator " + evaluation_ +
           " --evaluator 2 --name 'Marc Leroy' --role 'Professionnel du métier'");
    }
    std::vector<std::string> criteria() {
        std::vector<std::string> ids;
        const auto shown =
            nlohmann::json::parse(ok("evaluation show " + evaluation_ + " --json").out);
        for (const auto& c : shown["criteres"]) ids.push_back(c["critere"]);
        return ids;
    }

    fs::path dir_;
    std::string attempt_, evaluation_, receipt_;
};

// The whole flow: independent grids, a disagreement flagged, agreement, signatures, the PDF.
TEST_F(CliGrid, TwoEvaluatorsAgreeSignAndPrintTheGrid) {
    start();
    const auto ids = criteria();
    ASSERT_GE(ids.size(), 2u);
    ok("evaluation set " + evaluation_ + " --evaluator 1 --criterion " + ids[0] +
       " --verdict acquis --comment 'Sources variées.'");
    ok("evaluation set " + evaluation_ + " --evaluator 2 --criterion " + ids[0] +
       " --verdict 'non acquis'");
    ok("evaluation set " + evaluation_ + " --evaluator 1 --criterion " + ids[1] +
       " --verdict partiellement_acquis");
    ok("evaluation set " + evaluation_ + " --evaluator 2 --criterion " + ids[1] +
       " --verdict partiellement_acquis");
    auto shown = ok("evaluation show " + evaluation_ + " --attempt " + attempt_).out;
    EXPECT_TRUE(has(shown, "≠ désaccord")) << shown;
    EXPECT_TRUE(has(shown, "Désaccords : 1 sur 2 critères jugés par les deux")) << shown;
    // (A, N) and (P, P): po = 1/2; pe = 1/2·0 + 1/2·1/2 + 0·1/2 = 1/4; κ = (1/2 − 1/4)/(3/4) = 1/3.
    EXPECT_TRUE(has(shown, "évaluateur 1 / évaluateur 2 : 0,33")) << shown;
    const auto json = nlohmann::json::parse(ok("evaluation show " + evaluation_ + " --json").out);
    EXPECT_TRUE(json["criteres"][0]["desaccord"].get<bool>());
    EXPECT_NEAR(json["kappa_evaluateurs"]["kappa"].get<double>(), 1.0 / 3, 1e-9);

    fails("evaluation sign " + evaluation_ + " --evaluator 1", "pas de verdict convenu");
    for (const auto& id : ids)
        ok("evaluation agree " + evaluation_ + " --criterion " + id +
           " --verdict partiellement_acquis --comment 'Convenu.'");
    ok("evaluation agree " + evaluation_ + " --bloc 2 --comment 'Bonne analyse du territoire.'");
    auto text = ok("grid " + evaluation_ + " --text").out;
    EXPECT_TRUE(has(text, "Grille non signée — document de travail"));
    // An explicit date: today's, never before the hand-in nor in the future (a fixed date here
    // failed the day after it was written).
    const std::chrono::year_month_day today{
        std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    const auto date =
        fmt::format("{:04}-{:02}-{:02}", static_cast<int>(today.year()),
                    static_cast<unsigned>(today.month()), static_cast<unsigned>(today.day()));
    ok("evaluation sign " + evaluation_ + " --evaluator 1 --date " + date);
    const auto signedOut = ok("evaluation sign " + evaluation_ + " --evaluator 2").out;
    fails("evaluation set " + evaluation_ + " --evaluator 1 --criterion " + ids[0] +
              " --verdict acquis",
          "la grille est signée (Claire Dubois et Marc Leroy)");
    text = ok("grid " + evaluation_ + " --text").out;
    EXPECT_FALSE(has(text, "Grille non signée"));
    EXPECT_TRUE(has(text, "Commentaires des évaluateurs : Bonne analyse du territoire."));
    const auto code =
        nlohmann::json::parse(ok("evaluation show " + evaluation_ + " --json").out)["code"]
            .get<std::string>();
    EXPECT_TRUE(has(signedOut, code));
    EXPECT_TRUE(has(text, code));

    const auto pdf = (dir_ / "grille.pdf").string();
    const auto written = ok("grid " + evaluation_ + " -o " + pdf + " --attempt " + attempt_);
    EXPECT_TRUE(has(written.err, "grille écrite dans")) << written.err;
    EXPECT_EQ(readFile(pdf).substr(0, 5), "%PDF-");
    fails("grid " + evaluation_ + " -o " + pdf, "existe déjà");
}

// The attempt is never modified by evaluating it.
TEST_F(CliGrid, EvaluatingLeavesTheAttemptUntouched) {
    const auto receipt = seal();
    const auto before = readFile(attempt_);
    ok("evaluation create " + attempt_ + " -o " + evaluation_ + " --receipt " + receipt);
    ok("evaluation evaluator " + evaluation_ + " --evaluator 1 --name 'Claire Dubois'");
    ok("grid " + evaluation_ + " --text --attempt " + attempt_);
    EXPECT_EQ(readFile(attempt_), before);
}

TEST_F(CliGrid, RefusalsNameWhatIsWrong) {
    fails("evaluation create " + attempt_ + " -o " + evaluation_ + " --receipt 0000-0000-0000-0000",
          "le journal ne se termine pas par la remise");
    EXPECT_FALSE(fs::exists(evaluation_));
    start();
    fails("evaluation create " + attempt_ + " -o " + evaluation_ + " --receipt " + receipt_,
          "existe déjà");
    const auto bof =
        runCli("evaluation set " + evaluation_ + " --evaluator 1 --criterion B2.1 --verdict bof");
    EXPECT_EQ(bof.exitCode, 2);  // a usage error: the value typed, not the file
    EXPECT_TRUE(has(bof.err, "verdict « bof » inconnu")) << bof.err;
    fails("evaluation set " + evaluation_ + " --evaluator 1 --criterion Z9 --verdict acquis",
          evaluation_ + " : critère ou indicateur « Z9 » inconnu");
    EXPECT_EQ(runCli("evaluation set " + evaluation_ +
                     " --evaluator 3 --criterion B2.1 "
                     "--verdict acquis")
                  .exitCode,
              2);
    // Another attempt of the same scenario, sealed: not the one evaluated.
    const auto other = (dir_ / "autre.cmc").string();
    ok("generate " + kMinimal + " -o " + other);
    fails("evaluation show " + evaluation_ + " --attempt " + other,
          "autre.cmc : le journal ne se termine pas par la remise");
    ok("seal " + other);
    fails("grid " + evaluation_ + " --text --attempt " + other, "ce n'est pas la même épreuve");
    // An edit outside cmcsim; a truncated file.
    auto text = readFile(evaluation_);
    std::ofstream(evaluation_, std::ios::binary) << text.substr(0, text.size() - 40);
    fails("evaluation show " + evaluation_, evaluation_ + ":");
    const auto at = text.find("\"nom\": \"Claire Dubois\"");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 22, "\"nom\": \"Claire Durand\"");
    std::ofstream(evaluation_, std::ios::binary) << text;
    fails("grid " + evaluation_ + " --text", "modifié hors de cmcsim");
}

}  // namespace
