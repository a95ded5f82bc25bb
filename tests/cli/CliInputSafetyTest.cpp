#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "../engine/TestFiles.h"
#include "CliRunner.h"

// Cases R7–R14 of the reliability review: files a user names are never lost, a failed write
// is an error, and bad inputs are refused with the file, the place and what is expected.
namespace {

using cmcsim::test::runCli;
using cmcsim::test::runShell;
using cmcsim::test::TempDir;
namespace fs = std::filesystem;

const std::string kFixtures = std::string(CMCSIM_TEST_DATA) + "/fixtures/";
const std::string kMinimal = kFixtures + "scenarios/minimal.json";
const std::string kOffer =
    std::string(CMCSIM_SOURCE_ROOT) + "/scenarios/offers/confort-ensemble.json";
// Audit Maillard Réseau on the minimal scenario's market (seed 1), as in CliGoldenTest.
const std::string kSiret = "46575783900019";

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

// A directory holding the minimal scenario's attempt "a.cmc".
class CliFiles : public ::testing::Test {
protected:
    void SetUp() override {
        attempt_ = (dir_ / "a.cmc").string();
        const auto result = runCli("generate " + kMinimal + " -o " + attempt_);
        ASSERT_EQ(result.exitCode, 0) << result.err;
        attemptBytes_ = cmcsim::test::readFile(attempt_);
    }
    void expectAttemptUntouched() const {
        EXPECT_EQ(cmcsim::test::readFile(attempt_), attemptBytes_) << "the attempt was modified";
    }
    // The CLI run with a 4 KiB file-size limit (dash counts 512-byte blocks) and SIGXFSZ
    // ignored: every write past it fails as on a full disk.
    static cmcsim::test::CliResult withFullDisk(const std::string& args) {
        return runShell("(trap '' XFSZ; ulimit -f 8; exec " + std::string(CMCSIM_CLI) + " " + args +
                        ")");
    }

    TempDir dir_;
    std::string attempt_;
    std::string attemptBytes_;
};

TEST_F(CliFiles, ExportNeverWritesOverItsOwnInput) {
    // Case R7: the attempt was replaced by a CSV.
    for (const char* force : {"", " --force"}) {
        const auto result = runCli("market export " + attempt_ + " --csv " + attempt_ + force);
        EXPECT_EQ(result.exitCode, 1) << force;
        EXPECT_TRUE(contains(result.err, "aussi un fichier lu par cette commande")) << result.err;
        expectAttemptUntouched();
    }
    // Spelt another way, through a link: still the input.
    fs::create_symlink(attempt_, dir_ / "lien.csv");
    EXPECT_EQ(
        runCli("market export " + attempt_ + " --csv " + (dir_ / "lien.csv").string() + " --force")
            .exitCode,
        1);
    expectAttemptUntouched();
}

TEST_F(CliFiles, ExportReplacesAnExistingFileOnlyWithForce) {
    const auto csv = (dir_ / "prospects.csv").string();
    cmcsim::test::writeFile(csv, "mes notes");
    const auto refused = runCli("market export " + attempt_ + " --csv " + csv);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(contains(refused.err, csv + " : le fichier existe déjà")) << refused.err;
    EXPECT_EQ(cmcsim::test::readFile(csv), "mes notes");
    const auto forced = runCli("market export " + attempt_ + " --csv " + csv + " --force");
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_TRUE(
        cmcsim::test::readFile(csv).starts_with("\xEF\xBB\xBF"
                                                "siret;"));
    EXPECT_EQ(entries(dir_.path()), 2u);  // a.cmc and prospects.csv: no temporary file
}

TEST_F(CliFiles, GenerateNeverTouchesTheUsersTemporaryFileNorItsScenario) {
    // Case R8: "out.cmc.tmp" of the user's was deleted.
    cmcsim::test::writeFile(dir_ / "out.cmc.tmp", "à moi");
    const auto result = runCli("generate " + kMinimal + " -o " + (dir_ / "out.cmc").string());
    EXPECT_EQ(result.exitCode, 0) << result.err;
    EXPECT_EQ(cmcsim::test::readFile(dir_ / "out.cmc.tmp"), "à moi");
    // The scenario itself as the output, even with --force.
    fs::copy_file(kMinimal, dir_ / "s.json");
    const auto own = runCli("generate " + (dir_ / "s.json").string() + " -o " +
                            (dir_ / "s.json").string() + " --force");
    EXPECT_EQ(own.exitCode, 1);
    EXPECT_EQ(cmcsim::test::readFile(dir_ / "s.json"), cmcsim::test::readFile(kMinimal));
}

TEST_F(CliFiles, FailedWritesExitWithOneAndLeaveNothing) {
    // Case R13: exit 0 and nothing written.
    const std::vector<std::string> toStandardOutput = {
        "market export " + attempt_ + " --csv -",
        "market stats " + attempt_,
        "market stats " + attempt_ + " --json",
        "diagnose " + attempt_ + " --siret " + kSiret,
        "quote " + attempt_ + " --siret " + kSiret + " --offer " + kOffer + " --years 100",
        "scenario show " + kMinimal,
        "scenario list",
        "payroll --year 2026 --salary 30000 --employer-health 420 --employee-health 420 "
        "--headcount 11",
    };
    for (const auto& args : toStandardOutput) {
        const auto result = runCli(args + " > /dev/full");
        EXPECT_EQ(result.exitCode, 1) << args;
        EXPECT_TRUE(contains(result.err, "sortie standard : écriture impossible")) << args << "\n"
                                                                                   << result.err;
    }
    const auto device = runCli("market export " + attempt_ + " --csv /dev/full");
    EXPECT_EQ(device.exitCode, 1);
    EXPECT_TRUE(contains(device.err, "/dev/full : écriture impossible : disque plein"))
        << device.err;

    // A full disk: the export and the attempt stop, name their file, and leave nothing.
    const auto csv = (dir_ / "prospects.csv").string();
    auto full = withFullDisk("market export " + attempt_ + " --csv " + csv);
    EXPECT_EQ(full.exitCode, 1);
    EXPECT_TRUE(contains(full.err, csv + " : écriture impossible")) << full.err;
    const auto out = (dir_ / "b.cmc").string();
    full = withFullDisk("generate " + kMinimal + " -o " + out);
    EXPECT_EQ(full.exitCode, 1);
    EXPECT_TRUE(contains(full.err, out + " : écriture impossible")) << full.err;
    EXPECT_EQ(entries(dir_.path()), 1u) << "only a.cmc";
    expectAttemptUntouched();
}

TEST(CliOptions, NonFiniteOrWrappingNumbersAreUsageErrorsNamingTheOption) {
    // Case R10: --salary nan printed −92 233 720 368 547 760,00 €.
    const std::string payroll =
        "payroll --year 2026 --salary 30000 --employer-health 100 --employee-health 100 "
        "--headcount 20";
    for (const std::string option : std::vector<const char*>{
             "--salary", "--employer-health", "--employee-health", "--employer-provident",
             "--employee-provident", "--employer-death", "--tmi"})
        for (const char* value : {"nan", "inf", "-inf", "1e999", "NaN", "12abc", "0x10"}) {
            const auto result = runCli(payroll + " " + option + " " + value);
            EXPECT_EQ(result.exitCode, 2) << option << " " << value << "\n" << result.out;
            EXPECT_TRUE(contains(result.err, option + " : « " + value + " » refusé")) << result.err;
        }
    for (const std::string option : std::vector<const char*>{"--year", "--headcount"})
        for (const char* value : {"nan", "2026.5", "-9223372036854775809"})
            EXPECT_EQ(runCli(payroll + " " + option + " " + value).exitCode, 2)
                << option << " " << value;
    // Seeds: negative or beyond 2^53 (what the scenario's "seed" allows) wrapped to 2^64 − 1.
    for (const char* seed : {"-1", "18446744073709551616", "9007199254740993", "1.5", "abc"}) {
        const auto result =
            runCli("generate " + kMinimal + " -o /nonexistent/x.cmc --seed " + seed);
        EXPECT_EQ(result.exitCode, 2) << seed;
        EXPECT_TRUE(contains(result.err, "--seed")) << result.err;
    }
    EXPECT_EQ(runCli("market stats x.cmc --top -1").exitCode, 2);
    EXPECT_EQ(runCli("quote x.cmc --siret 1 --offer o.json --years nan").exitCode, 2);
}

TEST(CliOptions, TextOptionsMustBePrintableUtf8) {
    // printf octal escapes (dash has no $'…'): Latin-1 é, ESC [2J, C1 CSI (U+009B).
    for (const char* name : {"Camille \\351", "\\033[2JCamille", "A\\302\\233"}) {
        const auto result =
            runCli("generate " + kMinimal + " -o /nonexistent/x.cmc --candidate \"$(printf '" +
                   name + "')\"");
        EXPECT_EQ(result.exitCode, 2) << name;
        EXPECT_TRUE(contains(result.err, "--candidate")) << result.err;
    }
    EXPECT_EQ(runCli("diagnose x.cmc --siret \"$(printf '\\033[2J')\"").exitCode, 2);
}

TEST(CliInputs, ValidateReportsEveryFileWhateverIsWrongWithIt) {
    // Case R14: validation stopped at the number overflow of the second file.
    TempDir dir;
    ASSERT_EQ(::mkfifo((dir / "tube.json").c_str(), 0600), 0);
    const std::string bad = kFixtures + "scenarios/bad/";
    const auto result = runShell(
        "timeout 20 " + std::string(CMCSIM_CLI) + " scenario validate " + kMinimal + " " + bad +
        "number-overflow.json " + bad + "empty-commune.json /dev/zero " + dir.path().string() +
        " " + (dir / "tube.json").string() + " " + (dir / "absent.json").string());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.out, "minimal.json : valide (minimal)")) << result.out;
    for (const std::string& line : std::vector<std::string>{
             "number-overflow.json $.establishments.density_share : nombre hors des limites "
             "représentables « 1e400 » ; doit être un nombre compris entre 0 (exclu) et 5",
             "empty-commune.json $.territory.communes[0] : ne doit pas être vide",
             "/dev/zero : ce n'est pas un fichier ordinaire",
             dir.path().string() + " : c'est un dossier",
             "tube.json : ce n'est pas un fichier ordinaire", "absent.json : fichier introuvable"})
        EXPECT_TRUE(contains(result.err, line)) << line << "\n" << result.err;
}

TEST_F(CliFiles, OfferErrorsGiveFilePathAndExpectedRange) {
    // Case R9 (offer) and R11: a service listed twice was charged twice.
    auto result = runCli("quote " + attempt_ + " --siret " + kSiret + " --offer " + kFixtures +
                         "offers/number-overflow.json");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err,
                         "number-overflow.json $.categories[0].sante.part_employeur_pct "
                         ": nombre hors des limites représentables « 1e400 » ; doit "
                         "être un nombre compris entre 0 et 100"))
        << result.err;
    result = runCli("quote " + attempt_ + " --siret " + kSiret + " --offer " + kFixtures +
                    "offers/duplicate-service.json");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err,
                         "duplicate-service.json $.services[1] : « tiers_payant » "
                         "figure déjà en position 0"))
        << result.err;
    // A folder, a device or a FIFO as the offer: a clear error, never a hang.
    ASSERT_EQ(::mkfifo((dir_ / "tube.json").c_str(), 0600), 0);
    for (const std::string& offer :
         {std::string("/dev/zero"), dir_.path().string(), (dir_ / "tube.json").string()}) {
        result = runShell("timeout 20 " + std::string(CMCSIM_CLI) + " quote " + attempt_ +
                          " --siret " + kSiret + " --offer " + offer);
        EXPECT_EQ(result.exitCode, 1) << offer;
        EXPECT_TRUE(contains(result.err, offer + " : c")) << result.err;
    }
}

TEST_F(CliFiles, AnOfferVersionQuoteWouldRefuseIsNotSaved) {
    // Found by a tester: a uniform rate with optional dependants was saved, then every replay
    // pricing it (the weeks, the dashboard, the assessment) failed for good once it was
    // presented in a meeting or deposited for a tender. The same rules as `quote`, at saving.
    const std::string offer =
        R"({"format":"cmcsim-offre/1","titre":"Uniforme","date_effet":"2027-01-01",)"
        R"("categories":[{"categorie":"ensemble","sante":{"produit":"sante_confort",)"
        R"("structure":"uniforme","ayants_droit":"facultatifs"}}]})";
    const auto result =
        runCli("act " + attempt_ + R"( offre.enregistrement --payload '{"siret":")" + kSiret +
               R"(","offre":)" + offer + "}'");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, "structure"));
    EXPECT_TRUE(
        contains(result.err, "une cotisation uniforme suppose des ayants droit obligatoires"))
        << result.err;
    expectAttemptUntouched();
}

TEST_F(CliFiles, UserTextNeverReachesTheTerminalRaw) {
    // An offer whose unknown key carries an escape sequence (clear screen), and a scenario name
    // with one: the messages name them with U+FFFD instead of the control character.
    cmcsim::test::writeFile(dir_ / "o.json", "{\"\\u001b[2J\": 1}");
    auto result = runCli("quote " + attempt_ + " --siret " + kSiret + " --offer " +
                         (dir_ / "o.json").string());
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, "$.\uFFFD[2J : clé inconnue")) << result.err;
    result = runCli("scenario show \"$(printf 'x\\033]0;pwned\\007')\"");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(contains(result.err, "x\uFFFD]0;pwned\uFFFD")) << result.err;
    for (const auto& r : {result}) EXPECT_FALSE(contains(r.err + r.out, "\x1b")) << r.err;
}

}  // namespace
