#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "TestAttempts.h"
#include "cmcsim/store/AttemptFile.h"

using namespace cmcsim;
using test::inputProblems;
using test::reference;
namespace fs = std::filesystem;

using test::contains;
using test::createMinimal;
using test::openProblem;
using test::rawSql;
using test::requestFor;

TEST(AttemptFile, RoundTripsTheMarketFieldByField) {
    test::TempDir dir;
    const auto file = dir / "epreuve.cmc";
    const auto summary =
        AttemptFile::create(reference(), test::minimalScenario(), requestFor(file));
    const auto& expected = test::minimalMarket();
    EXPECT_EQ(summary.seed, 1u);  // minimal.json "seed"
    EXPECT_EQ(summary.establishments, 200u);
    EXPECT_EQ(summary.companies, expected.companies.size());
    EXPECT_EQ(summary.prospects, expected.prospects.size());
    EXPECT_TRUE(fs::exists(file));
    EXPECT_FALSE(fs::exists(dir / "epreuve.cmc.tmp"));

    const Attempt attempt = AttemptFile::open(file, reference());
    EXPECT_EQ(test::firstDifference(attempt.market(), expected), "");
    EXPECT_EQ(attempt.scenario().id, "minimal");
    EXPECT_EQ(attempt.scenario().sourceJson,
              test::readFile(test::fixturePath("scenarios/minimal.json")));
    EXPECT_EQ(attempt.seed(), 1u);
    EXPECT_EQ(attempt.info().at("candidat"), "Camille Martin");
    EXPECT_EQ(attempt.info().at("graine"), "1");
    EXPECT_EQ(attempt.info().at("scenario_id"), "minimal");
    EXPECT_FALSE(attempt.info().at("version_cmcsim").empty());
}

TEST(AttemptFile, SeedOfTheRequestWins) {
    test::TempDir dir;
    auto request = requestFor(dir / "graine7.cmc");
    request.seed = 7;
    AttemptFile::create(reference(), test::minimalScenario(), request);
    const Attempt attempt = AttemptFile::open(request.file, reference());
    EXPECT_EQ(attempt.seed(), 7u);
    EXPECT_EQ(attempt.info().at("graine"), "7");
    const Market expected = MarketGenerator(reference(), test::minimalScenario(), 7).generate();
    EXPECT_EQ(test::firstDifference(attempt.market(), expected), "");
    EXPECT_NE(test::firstDifference(attempt.market(), test::minimalMarket()), "");
}

TEST(AttemptFile, JournalOpensWithTheCreation) {
    test::TempDir dir;
    const Attempt attempt = AttemptFile::open(createMinimal(dir), reference());
    ASSERT_EQ(attempt.journal().size(), 1u);
    const auto& e = attempt.journal()[0];
    EXPECT_EQ(e.kind, "epreuve.creee");
    EXPECT_EQ(e.sequence, 1);
    EXPECT_EQ(e.previousHash, std::string(64, '0'));
    EXPECT_EQ(e.hash, Journal::hashOf(e));
    EXPECT_EQ(e.hash.size(), 64u);                   // SHA-256 in hex
    EXPECT_EQ(e.simulatedDate.iso(), "2026-01-05");  // minimal.json start_date
    const auto payload = nlohmann::json::parse(e.payload);
    EXPECT_EQ(payload.at("scenario"), "minimal");
    EXPECT_EQ(payload.at("graine"), 1);
    EXPECT_EQ(payload.at("candidat"), "Camille Martin");
    EXPECT_FALSE(Journal::firstBrokenLink(attempt.journal()).has_value());
}

TEST(AttemptFile, OpeningDoesNotModifyTheFile) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    const auto before = test::readFile(file);
    const auto time = fs::last_write_time(file);
    AttemptFile::open(file, reference());
    EXPECT_EQ(test::readFile(file), before);
    EXPECT_EQ(fs::last_write_time(file), time);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()),
              1);  // no -journal left
}

TEST(AttemptFile, TamperedJournalIsRefused) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    // The candidate's name changed in the payload, hash left as it was.
    rawSql(file,
           "UPDATE journal SET payload = replace(payload, 'Camille Martin', 'Dominique Petit')");
    const auto p = openProblem(file);
    EXPECT_EQ(p.where, file.string());
    EXPECT_TRUE(contains(p.what, "journal altéré")) << p.what;
    EXPECT_TRUE(contains(p.what, "entrée 1")) << p.what;
}

TEST(AttemptFile, RefusesToOverwriteWithoutBeingAsked) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    const auto before = test::readFile(file);
    const auto time = fs::last_write_time(file);
    const auto problems = inputProblems([&] {
        AttemptFile::create(reference(), test::minimalScenario(),
                            requestFor(file, "Autre Candidat"));
    });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what, "existe déjà")) << problems[0].what;
    EXPECT_EQ(test::readFile(file), before);
    EXPECT_EQ(fs::last_write_time(file), time);
    EXPECT_FALSE(fs::exists(dir / "epreuve.cmc.tmp"));

    auto request = requestFor(file, "Autre Candidat");
    request.overwrite = true;
    AttemptFile::create(reference(), test::minimalScenario(), request);
    EXPECT_EQ(AttemptFile::open(file, reference()).info().at("candidat"), "Autre Candidat");
}

TEST(AttemptFile, TruncatedFileIsRefused) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    const auto half = dir / "moitie.cmc";
    fs::copy_file(file, half);
    fs::resize_file(half, fs::file_size(file) / 2);
    const auto p = openProblem(half);
    EXPECT_EQ(p.where, half.string());
    EXPECT_TRUE(contains(p.what, "tronqué")) << p.what;
    // Found by a fresh tester: a file cut inside the SQLite header (50 bytes, the magic there)
    // was called « en-tête SQLite absent »; it is a truncated attempt file.
    fs::resize_file(half, 50);
    const auto cut = openProblem(half);
    EXPECT_TRUE(contains(cut.what, "fichier d'épreuve tronqué : 50 octets")) << cut.what;
}

TEST(AttemptFile, ForeignSqliteFileIsRefused) {
    test::TempDir dir;
    const auto file = dir / "autre.cmc";
    rawSql(file, "CREATE TABLE clients (nom TEXT); INSERT INTO clients VALUES ('Dupont');");
    const auto p = openProblem(file);
    EXPECT_EQ(p.where, file.string());
    EXPECT_TRUE(contains(p.what, "étrangère")) << p.what;
}

TEST(AttemptFile, NewerFormatIsRefusedAndLeftUntouched) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    rawSql(file, "PRAGMA user_version = 99");
    const auto before = test::readFile(file);
    const auto time = fs::last_write_time(file);
    const auto p = openProblem(file);
    EXPECT_TRUE(contains(p.what, "plus récente")) << p.what;
    EXPECT_TRUE(contains(p.what, "99")) << p.what;
    EXPECT_EQ(test::readFile(file), before);
    EXPECT_EQ(fs::last_write_time(file), time);
}

TEST(AttemptFile, TextFileOrMissingFileIsRefused) {
    test::TempDir dir;
    const auto file = dir / "notes.cmc";
    test::writeFile(file, "Ceci est une note de cours, pas une épreuve.\n");
    auto p = openProblem(file);
    EXPECT_EQ(p.where, file.string());
    EXPECT_TRUE(contains(p.what, "SQLite")) << p.what;

    p = openProblem(dir / "absent.cmc");
    EXPECT_TRUE(contains(p.what, "introuvable")) << p.what;
}

TEST(AttemptFile, FailedCreateLeavesNoTemporaryFile) {
    test::TempDir dir;
    // The target directory does not exist: nothing may be created, not even the directory.
    const auto missing = dir / "absent" / "epreuve.cmc";
    EXPECT_THROW(AttemptFile::create(reference(), test::minimalScenario(), requestFor(missing)),
                 InputError);
    EXPECT_FALSE(fs::exists(dir / "absent"));

    // The target is a non-empty directory: refused before anything is written, the directory
    // intact.
    const auto occupied = dir / "occupe.cmc";
    fs::create_directory(occupied);
    test::writeFile(occupied / "garder.txt", "x");
    auto request = requestFor(occupied);
    request.overwrite = true;
    EXPECT_ANY_THROW(AttemptFile::create(reference(), test::minimalScenario(), request));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), {}), 1);  // only the folder
    EXPECT_EQ(test::readFile(occupied / "garder.txt"), "x");
}

TEST(AttemptFile, FailureWhileGeneratingStopsEveryStageAndLeavesNoFile) {
    // The generator, the encoder and the writer run on three threads: the generator's own error
    // (here its progress report's) comes out of create, not the other stages' stop, and nothing
    // is left behind.
    test::TempDir dir;
    const auto file = dir / "epreuve.cmc";
    int reports = 0;
    const auto failing = [&](std::uint64_t, std::uint64_t) {
        ++reports;
        throw std::runtime_error("arrêt demandé");
    };
    try {
        AttemptFile::create(reference(), test::minimalScenario(), requestFor(file), failing);
        ADD_FAILURE() << "create did not throw";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "arrêt demandé");
    }
    EXPECT_EQ(reports, 1);  // the first chunk of companies, then nothing more
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), {}), 0);
}

TEST(AttemptFile, UsersTemporaryFileIsNeverTouched) {
    // Case R8: a file "epreuve.cmc.tmp" of the user's was deleted by generation.
    test::TempDir dir;
    test::writeFile(dir / "epreuve.cmc.tmp", "notes du candidat");
    const auto file = createMinimal(dir);
    EXPECT_EQ(test::readFile(dir / "epreuve.cmc.tmp"), "notes du candidat");
    EXPECT_EQ(AttemptFile::open(file, reference()).market().establishments.size(), 200u);
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), {}), 2);  // nothing else left
}

TEST(AttemptFile, CandidateNameMustBePrintableText) {
    test::TempDir dir;
    for (const std::string& name :
         {std::string("\x1b[2JCamille"), std::string("Camille \xE9"), std::string(300, 'a')}) {
        const auto problems = inputProblems([&] {
            AttemptFile::create(reference(), test::minimalScenario(),
                                requestFor(dir / "epreuve.cmc", name));
        });
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_EQ(problems[0].where, "nom du candidat");
    }
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), {}), 0);
}

TEST(Journal, HashChainShowsTheFirstAlteredEntry) {
    const Date day = Date::fromCivil(2026, 1, 5);
    std::vector<JournalEntry> entries;
    entries.push_back(Journal::next(nullptr, day, "epreuve.creee", R"({"scenario":"minimal"})"));
    entries.push_back(Journal::next(&entries.back(), day, "fiche.verification", R"({"ligne":3})"));
    entries.push_back(Journal::next(&entries.back(), day.plusDays(1), "fiche.note",
                                    R"({"ligne":3,"texte":"ok"})"));
    EXPECT_EQ(entries[1].sequence, 2);
    EXPECT_EQ(entries[2].previousHash, entries[1].hash);
    EXPECT_FALSE(Journal::firstBrokenLink(entries).has_value());

    auto altered = entries;
    altered[1].payload = R"({"ligne":4})";
    EXPECT_EQ(Journal::firstBrokenLink(altered), 2);
    altered = entries;
    altered[0].simulatedDate = day.plusDays(7);
    EXPECT_EQ(Journal::firstBrokenLink(altered), 1);
    altered = entries;
    altered.erase(altered.begin() + 1);  // an entry removed: the next one no longer links
    EXPECT_EQ(Journal::firstBrokenLink(altered), 3);
}
