#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "CliRunner.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/store/AttemptSession.h"

// Hostile inputs to the commands of issue 8 (offers with the new keys, payroll) found by the
// breaker's pass: each one is refused with its JSON path or option name, never priced or printed
// as if it made sense.
namespace {

using cmcsim::test::runCli;
namespace fs = std::filesystem;

const std::string kMinimal = std::string(CMCSIM_TEST_DATA) + "/fixtures/scenarios/minimal.json";
// Gillet Micro-crèche, 24 employees on the minimal scenario's market (CliGoldenTest).
const std::string kCreche = "46575783900019";
// Hubert Ouest: 1 employee (estimated census) paid below the PASS, on the minimal scenario's
// market; no cadre.
const std::string kSmall = "40493637900019";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// An offer for all staff: Santé Confort, prev_essentiel with `rates` (a JSON object, or none),
// dated `date`.
std::string offer(const std::string& date, const std::string& rates = "") {
    return R"({"format": "cmcsim-offre/1", "titre": "T", "date_effet": ")" + date +
           R"(", "categories": [{"categorie": "ensemble", "sante": {"produit": "sante_confort",
           "structure": "isole_famille", "part_employeur_pct": 60}, "prevoyance": {"produit":
           "prev_essentiel", "part_employeur_pct": 100)" +
           (rates.empty() ? "" : ", \"taux\": " + rates) + R"(}}], "services": []})";
}

// The same offer for the cadres only.
std::string cadresOffer() {
    auto text = offer("2027-01-01");
    return text.replace(text.find("\"ensemble\""), 10, "\"cadres\"");
}

class CliHostileInput : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::path(::testing::TempDir()) / ("cmcsim-hostile-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        attempt_ = (dir_ / "epreuve.cmc").string();
        const auto result = runCli("generate " + kMinimal + " -o " + attempt_ + " --force");
        ASSERT_EQ(result.exitCode, 0) << result.err;
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }
    // `cmcsim quote` of the offer `text` for `siret`, with `options` such as --json.
    static cmcsim::test::CliResult quote(const std::string& text,
                                         const std::string& siret = kCreche,
                                         const std::string& options = "") {
        const auto file = dir_ / "offre.json";
        std::ofstream(file, std::ios::binary) << text;
        return runCli("quote " + attempt_ + " --siret " + siret + " --offer " + file.string() +
                      options);
    }
    static fs::path dir_;
    static std::string attempt_;
};
fs::path CliHostileInput::dir_;
std::string CliHostileInput::attempt_;

TEST_F(CliHostileInput, AnEffectiveDateOutsideTheParametersYearsIsRefused) {
    // 1900-01-01 was priced, and the branch rules (none in force in 1900) silently skipped:
    // the Alisfa provident minimums that a 2024 date reports vanished from the compliance.
    for (const char* date : {"1900-01-01", "1999-12-31", "2101-01-01", "9999-12-31"}) {
        const auto result = quote(offer(date));
        EXPECT_EQ(result.exitCode, 1) << date << "\n" << result.out;
        EXPECT_TRUE(contains(result.err, "$.date_effet : date d'effet de 2000 à 2100 attendue"))
            << date << "\n"
            << result.err;
        EXPECT_EQ(result.out, "") << date;
    }
    for (const char* date : {"2000-01-01", "2027-01-01", "2100-12-31"})
        EXPECT_EQ(quote(offer(date)).exitCode, 0) << date;
}

TEST_F(CliHostileInput, ARefusedProvidentRateIsNotAlsoReportedAsNoPositiveRate) {
    // {"deces_t1_pct": 25} said both "between 0 and 20" and "at least one positive rate", the
    // second wrong: the rate given is positive.
    const auto above = quote(offer("2027-01-01", R"({"deces_t1_pct": 25})"));
    EXPECT_EQ(above.exitCode, 1);
    EXPECT_TRUE(contains(above.err, "$.categories[0].prevoyance.taux.deces_t1_pct : doit être"))
        << above.err;
    EXPECT_FALSE(contains(above.err, "au moins un taux positif")) << above.err;
    // All zero is still refused at the object's path.
    const auto zero = quote(offer("2027-01-01", R"({"deces_t1_pct": 0, "incapacite_t2_pct": 0})"));
    EXPECT_EQ(zero.exitCode, 1);
    EXPECT_TRUE(
        contains(zero.err, "$.categories[0].prevoyance.taux : au moins un taux positif attendu"))
        << zero.err;
}

TEST_F(CliHostileInput, TextLimitsCountCharactersNotBytes) {
    // 20 000 "é" (40 000 bytes) of needs and requirements were refused as more than the 20 000
    // characters allowed (docs/offer-format.md); so was a 160-character accented title.
    auto withText = [](const std::string& title, const std::string& needs) {
        auto text = offer("2027-01-01");
        text.replace(text.find("\"titre\": \"T\""), 12,
                     "\"titre\": \"" + title + "\", \"besoins_exigences\": \"" + needs + "\"");
        return text;
    };
    std::string needs, title;
    for (int i = 0; i < 20000; ++i) needs += "é";
    for (int i = 0; i < 160; ++i) title += "é";
    const auto accepted = quote(withText(title, needs));
    EXPECT_EQ(accepted.exitCode, 0) << accepted.err;
    const auto tooLong = quote(withText(title + "é", needs + "é"));
    EXPECT_EQ(tooLong.exitCode, 1);
    for (const char* refused : {"$.titre : doit compter de 1 à 160 caractères",
                                "$.besoins_exigences : doit compter de 0 à 20 000 caractères"})
        EXPECT_TRUE(contains(tooLong.err, refused)) << refused << "\n" << tooLong.err;
}

TEST_F(CliHostileInput, AVanishingProvidentRateIsRefused) {
    // {"deces_t1_pct": 1e-300} was "positive": priced 0,00 € at an S/P of 47 127 972 … 184,0 %.
    const auto tiny = quote(offer("2027-01-01", R"({"deces_t1_pct": 1e-300})"));
    EXPECT_EQ(tiny.exitCode, 1) << tiny.out.substr(0, 2000);
    EXPECT_TRUE(contains(tiny.err,
                         "$.categories[0].prevoyance.taux.deces_t1_pct : doit valoir 0 "
                         "ou être compris entre 0,001 et 20"))
        << tiny.err;
    EXPECT_EQ(quote(offer("2027-01-01", R"({"deces_t1_pct": 0.001})")).exitCode, 0);
}

TEST_F(CliHostileInput, RatesOnAnEmptyTrancheGiveNoLossRatioAndANote) {
    // Rates on T2 only where nobody earns above the PASS: nothing is collected while benefits
    // are expected, and the quote said "S/P attendu 0,0 %" (no loss at all).
    const auto t2 = offer("2027-01-01", R"({"incapacite_t2_pct": 1})");
    const auto text = quote(t2, kSmall);
    ASSERT_EQ(text.exitCode, 0) << text.err;
    EXPECT_TRUE(contains(text.out,
                         "(0,00 € par an, dont décès 0,00 % du salaire brut), S/P attendu non "
                         "calculable (aucune cotisation)"))
        << text.out;
    EXPECT_TRUE(contains(text.out, "  Note : Taux contractuels sans assiette")) << text.out;
    const auto json = quote(t2, kSmall, " --json");
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_TRUE(contains(json.out, "\"sp_attendu\": null")) << json.out.substr(0, 3000);
}

TEST_F(CliHostileInput, TheQuoteShowsItsNotesSuchAsAnEmptyCategory) {
    // docs/offer-format.md: a category with no employee "is priced at zero with a note"; the
    // note existed (studio) but `quote` printed none, text or JSON.
    const auto result = quote(cadresOffer(), kSmall);
    ASSERT_EQ(result.exitCode, 0) << result.err;
    EXPECT_FALSE(contains(result.out, "salaire 0,00 €")) << result.out;  // no typical cadre
    for (const char* note :
         {"  Note : aucun salarié actuellement dans la catégorie « cadres » : tarif nul",
          "  Note : aucun salarié actuellement dans la catégorie « cadres » : prévoyance"})
        EXPECT_TRUE(contains(result.out, note)) << note << "\n" << result.out;
    const auto json = quote(cadresOffer(), kSmall, " --json");
    EXPECT_TRUE(contains(json.out, "\"notes\": [")) << json.out.substr(0, 3000);
}

TEST_F(CliHostileInput, AnEmptyCategoryHasItsNoteAndNoTypicalEmployeeInTheProposal) {
    // The written proposal showed the cadres at 0,00 € without the note saying why, and a
    // typical cadre "salaire brut annuel 0,00 €" in the social and fiscal treatment.
    const auto copy = dir_ / "vide.cmc";
    fs::copy_file(attempt_, copy, fs::copy_options::overwrite_existing);
    {
        const auto reference =
            cmcsim::ReferenceData::load(fs::path(CMCSIM_SOURCE_ROOT) / "datasets");
        cmcsim::AttemptSession session(copy.string(), reference);
        session.execute(cmcsim::command::kSaveOffer,
                        {{"siret", kSmall}, {"offre", nlohmann::json::parse(cadresOffer())}});
    }
    const auto proposal =
        runCli("proposal " + copy.string() + " --siret " + kSmall + " --text --non-conforme");
    ASSERT_EQ(proposal.exitCode, 0) << proposal.err;
    EXPECT_TRUE(contains(proposal.out,
                         "Note : aucun salarié actuellement dans la catégorie « cadres » : tarif "
                         "nul tant que personne n'y entre."))
        << proposal.out;
    EXPECT_FALSE(contains(proposal.out, "salaire brut annuel 0,00 €")) << proposal.out;
}

TEST_F(CliHostileInput, AnEmployerShareInEurosIsCheckedForWhatItPays) {
    // "part_employeur_base": "euros" left part_employeur_pct at 0, so the 50 % rule (CSS L911-7
    // III) said "[non conforme] … 0 % de la cotisation du salarié" even for 10 000 € a month,
    // capped to the whole contribution (100 %).
    auto inEuros = [](const char* amount) {
        auto text = offer("2027-01-01");
        return text.replace(text.find("\"part_employeur_pct\": 60"), 24,
                            std::string("\"part_employeur_base\": \"euros\", "
                                        "\"part_employeur_eur\": ") +
                                amount);
    };
    const char* rule = "Part patronale santé d'au moins 50 % — Santé Confort (tout le personnel)";
    // 10 000 € a month pays the whole isolé rate: 100 %.
    const auto all = quote(inEuros("10000"));
    ASSERT_EQ(all.exitCode, 0) << all.err;
    EXPECT_TRUE(contains(
        all.out, std::string("[conforme] ") + rule + " — 100,0 % de la cotisation du salarié ("))
        << all.out;
    // 5 € a month is below half of any isolé rate of Santé Confort (57,85 € in CliGolden).
    const auto little = quote(inEuros("5"));
    ASSERT_EQ(little.exitCode, 0) << little.err;
    EXPECT_TRUE(contains(little.out, std::string("[non conforme] ") + rule) &&
                contains(little.out, "(5,00 € sur "))
        << little.out;
}

const std::string kPayroll =
    "payroll --year 2026 --salary 30000 --employer-health 420 --employee-health 420";

TEST(CliHostilePayroll, TheDeathPartCannotExceedTheEmployersProvident) {
    // --employer-death 1000000 with --employer-provident 0 printed "[respecté] dont au moins
    // 0,76 % de la tranche 1 pour le décès — 1 000 000,00 € versés pour 228,00 € requis".
    const auto above = runCli(kPayroll +
                              " --headcount 5 --cadre --employer-provident 100 "
                              "--employer-death 100.01");
    EXPECT_EQ(above.exitCode, 2) << above.out;
    EXPECT_TRUE(contains(above.err, "--employer-death")) << above.err;
    EXPECT_TRUE(contains(above.err, "au plus 100,00 €")) << above.err;
    EXPECT_EQ(above.out, "");
    EXPECT_EQ(runCli(kPayroll + " --headcount 5 --cadre --employer-provident 100 "
                                "--employer-death 100")
                  .exitCode,
              0);
}

TEST(CliHostilePayroll, ACompanyOfNoEmployeeIsRefused) {
    // --headcount 0 printed "entreprise de 0 salarié(s)" for the employee being computed.
    const auto none = runCli(kPayroll + " --headcount 0");
    EXPECT_EQ(none.exitCode, 2) << none.out;
    EXPECT_TRUE(contains(none.err, "--headcount : « 0 » refusé")) << none.err;
    EXPECT_EQ(runCli(kPayroll + " --headcount 1").exitCode, 0);
}

}  // namespace
