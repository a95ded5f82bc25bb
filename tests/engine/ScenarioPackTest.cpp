#include <gtest/gtest.h>
#include <minizip/zip.h>

#include <filesystem>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioPack.h"

using namespace cmcsim;
namespace fs = std::filesystem;

namespace {

const std::string kManifest = R"({
  "format": "cmcsim-pack/1",
  "title": "Marchés de test",
  "author": "Équipe pédagogique",
  "version": "1.0",
  "scenarios": ["minimal.json", "rouen-ze.json"]
})";

ScenarioPack readPack(const fs::path& path) {
    return ScenarioPack::read(path, ScenarioLoader(test::reference()));
}

std::vector<Problem> packProblems(const fs::path& path) {
    return test::inputProblems([&] { readPack(path); });
}

// A pack folder: the manifest and the two files it lists.
void makeFolder(const fs::path& dir, const std::string& manifest = kManifest) {
    fs::create_directories(dir);
    test::writeFile(dir / "manifest.json", manifest);
    fs::copy_file(test::fixturePath("scenarios/minimal.json"), dir / "minimal.json");
    fs::copy_file(test::bundledLibrary().resolve("rouen-ze"), dir / "rouen-ze.json");
}

std::string places(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems) out += p.where + " : " + p.what + "\n";
    return out;
}

}  // namespace

TEST(ScenarioPack, FolderReadsItsManifestAndScenarios) {
    test::TempDir dir;
    makeFolder(dir / "paquet");
    const auto pack = readPack(dir / "paquet");
    EXPECT_EQ(pack.title, "Marchés de test");
    EXPECT_EQ(pack.author, "Équipe pédagogique");
    EXPECT_EQ(pack.version, "1.0");
    ASSERT_EQ(pack.scenarios.size(), 2u);
    EXPECT_EQ(pack.scenarios[0].file, "minimal.json");
    EXPECT_EQ(pack.scenarios[0].scenario.id, "minimal");
    EXPECT_TRUE(pack.scenarios[1].scenario.sameContent(test::rouenScenario()));
}

TEST(ScenarioPack, ZipAndFolderWritesReadBackTheSame) {
    test::TempDir dir;
    makeFolder(dir / "paquet");
    const auto pack = readPack(dir / "paquet");
    pack.writeZip(dir / "paquet.zip", false);
    pack.writeFolder(dir / "copie");
    for (const auto& copy : {readPack(dir / "paquet.zip"), readPack(dir / "copie")}) {
        EXPECT_EQ(copy.manifestJson(), pack.manifestJson());
        ASSERT_EQ(copy.scenarios.size(), pack.scenarios.size());
        for (std::size_t i = 0; i < copy.scenarios.size(); ++i) {
            EXPECT_EQ(copy.scenarios[i].file, pack.scenarios[i].file);
            EXPECT_EQ(copy.scenarios[i].scenario, pack.scenarios[i].scenario);  // text too
        }
    }
    // The same pack gives the same bytes; an existing archive needs overwrite.
    pack.writeZip(dir / "encore.zip", false);
    EXPECT_EQ(test::readFile(dir / "encore.zip"), test::readFile(dir / "paquet.zip"));
    EXPECT_FALSE(test::inputProblems([&] { pack.writeZip(dir / "paquet.zip", false); }).empty());
}

TEST(ScenarioPack, EveryErrorNamesItsFileAndPlace) {
    test::TempDir dir;
    const auto root = dir / "paquet";
    makeFolder(root, R"({"format": "cmcsim-pack/1", "title": "T", "author": "A",
      "version": "1", "scenarios": ["minimal.json", "absent.json", "../x.json", "minimal.json",
      "rouen-ze.json", "copie.json", "faux.json"], "note": 1})");
    fs::copy_file(root / "minimal.json", root / "copie.json");  // the same id twice
    auto bad = test::readFile(root / "minimal.json");
    bad.replace(bad.find("\"market_share\": 0.9"), 19, "\"market_share\": 9");
    test::writeFile(root / "faux.json", bad);
    const auto problems = packProblems(root);
    const auto manifest = (root / "manifest.json").string();
    const std::vector<std::string> expected = {
        manifest + " $.note",
        manifest + " $.scenarios[2]",
        manifest + " $.scenarios[3]",
        manifest + " $.scenarios[1]",
        manifest + " $.scenarios[5]",
        (root / "faux.json").string() + " $.competitors[0].market_share",
        (root / "faux.json").string() + " $.competitors",
    };
    std::vector<std::string> where;
    for (const auto& p : problems) where.push_back(p.where);
    EXPECT_EQ(where, expected) << places(problems);
    EXPECT_NE(places(problems).find("« absent.json » absent du paquet"), std::string::npos);
    EXPECT_NE(places(problems).find("scénario « minimal » déjà fourni par « minimal.json »"),
              std::string::npos)
        << places(problems);
}

TEST(ScenarioPack, WhatIsNotAPackIsRefusedInFrench) {
    test::TempDir dir;
    fs::create_directories(dir / "vide");
    const auto noManifest = packProblems(dir / "vide");
    ASSERT_EQ(noManifest.size(), 1u);
    EXPECT_EQ(noManifest[0].where, (dir / "vide" / "manifest.json").string());
    EXPECT_NE(noManifest[0].what.find("manifeste absent"), std::string::npos);
    EXPECT_NE(packProblems(dir / "absent.zip").at(0).what.find("introuvable"), std::string::npos);
    test::writeFile(dir / "texte.zip", "ceci n'est pas une archive");
    EXPECT_NE(packProblems(dir / "texte.zip").at(0).what.find("archive zip illisible"),
              std::string::npos);
    // A truncated archive: refused with a reason, never a crash.
    makeFolder(dir / "paquet");
    readPack(dir / "paquet").writeZip(dir / "paquet.zip", false);
    const auto bytes = test::readFile(dir / "paquet.zip");
    test::writeFile(dir / "tronque.zip", bytes.substr(0, bytes.size() / 2));
    // Found by a fresh tester: a zip cut short was called « not a zip »; it is a damaged one.
    const auto truncated = packProblems(dir / "tronque.zip");
    ASSERT_FALSE(truncated.empty());
    EXPECT_NE(truncated[0].what.find("archive endommagée ou tronquée"), std::string::npos)
        << truncated[0].what;
    // Found by a second fresh tester: cut by a few bytes, its end record still opens, but the
    // directory cannot be walked; it read as « manifeste absent ».
    for (const std::size_t cut : {10u, 16u, 21u}) {
        test::writeFile(dir / "coupe.zip", bytes.substr(0, bytes.size() - cut));
        const auto cutShort = packProblems(dir / "coupe.zip");
        ASSERT_FALSE(cutShort.empty()) << cut;
        EXPECT_NE(cutShort[0].what.find("archive endommagée ou tronquée"), std::string::npos)
            << cut << " : " << cutShort[0].what;
    }
}

// Found by a fresh tester: a pack folder's file linked elsewhere was read (/etc/passwd), and a
// zip with two entries of one name validated though zip tools disagree on which one is read.
TEST(ScenarioPack, LinksAndTwoEntriesOfOneNameAreRefused) {
    test::TempDir dir;
    makeFolder(dir / "lien");
    fs::remove(dir / "lien" / "minimal.json");
    fs::create_symlink(test::fixturePath("scenarios/minimal.json"), dir / "lien" / "minimal.json");
    const auto linked = places(packProblems(dir / "lien"));
    EXPECT_NE(linked.find("lien symbolique refusé"), std::string::npos) << linked;

    const auto zip = (dir / "double.zip").string();
    zipFile out = zipOpen64(zip.c_str(), APPEND_STATUS_CREATE);
    ASSERT_NE(out, nullptr);
    for (const auto& text : {kManifest, kManifest}) {
        ASSERT_EQ(zipOpenNewFileInZip64(out, "manifest.json", nullptr, nullptr, 0, nullptr, 0,
                                        nullptr, 0, 0, 0),
                  ZIP_OK);
        zipWriteInFileInZip(out, text.data(), static_cast<unsigned>(text.size()));
        zipCloseFileInZip(out);
    }
    zipClose(out, nullptr);
    const auto twice = places(packProblems(dir / "double.zip"));
    EXPECT_NE(twice.find("deux fichiers de ce nom"), std::string::npos) << twice;
}

// Found by a tester: a byte flipped inside an entry's compressed data was reported as « texte
// UTF-8 invalide » or « JSON invalide »: minizip compares the CRC only when the damaged data
// inflates to the recorded size. Every flip of the entry's data is now « archive endommagée »
// with the entry's name, before anything decodes it (or reads the same text: unused bits).
TEST(ScenarioPack, AByteFlippedInsideAnEntryIsADamagedArchive) {
    test::TempDir dir;
    makeFolder(dir / "paquet", R"({"format": "cmcsim-pack/1", "title": "T", "author": "A",
                                   "version": "1", "scenarios": ["minimal.json"]})");
    readPack(dir / "paquet").writeZip(dir / "paquet.zip", false);
    const auto bytes = test::readFile(dir / "paquet.zip");
    // The entry's local header: « PK\3\4 », sizes at 18, name and extra lengths at 26 and 28.
    std::size_t at = bytes.find(std::string("PK\3\4", 4));
    while (at != std::string::npos && bytes.compare(at + 30, 12, "minimal.json") != 0)
        at = bytes.find(std::string("PK\3\4", 4), at + 4);
    ASSERT_NE(at, std::string::npos);
    const auto u16 = [&](std::size_t i) {
        return static_cast<std::size_t>(static_cast<unsigned char>(bytes[i])) |
               static_cast<std::size_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    };
    const std::size_t data = at + 30 + u16(at + 26) + u16(at + 28);
    const std::size_t size = u16(at + 18) | u16(at + 20) << 16;
    ASSERT_GT(size, 100u);
    int damaged = 0;
    for (std::size_t i = 0; i < size; ++i) {
        auto flipped = bytes;
        flipped[data + i] = static_cast<char>(flipped[data + i] ^ 0x10);
        test::writeFile(dir / "abime.zip", flipped);
        const auto problems = packProblems(dir / "abime.zip");
        if (problems.empty()) continue;  // the same text: its CRC matched
        ++damaged;
        ASSERT_EQ(problems.size(), 1u) << i << "\n" << places(problems);
        EXPECT_EQ(problems[0].where, (dir / "abime.zip").string() + "/minimal.json") << i;
        EXPECT_EQ(problems[0].what, "archive endommagée : le fichier ne peut être lu") << i;
    }
    EXPECT_GT(damaged, static_cast<int>(size) * 9 / 10);
}
