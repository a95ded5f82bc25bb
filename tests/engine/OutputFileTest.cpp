#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "TestFiles.h"
#include "cmcsim/core/OutputFile.h"

using namespace cmcsim;
using test::inputProblems;
namespace fs = std::filesystem;

namespace {
std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
}

std::string problemText(const std::vector<Problem>& problems) {
    return problems.empty() ? "" : problems[0].where + " : " + problems[0].what;
}
}  // namespace

TEST(OutputFile, WritesBesideTheTargetThenRenames) {
    test::TempDir dir;
    const auto target = dir / "export.csv";
    {
        OutputFile out(target, false);
        EXPECT_EQ(out.path().parent_path(), dir.path());
        EXPECT_NE(out.path(), target);
        EXPECT_TRUE(fs::exists(out.path()));  // reserved
        EXPECT_FALSE(fs::exists(target));
        std::ofstream(out.path()) << "a;b\n";
        out.commit();
    }
    EXPECT_EQ(test::readFile(target), "a;b\n");
    EXPECT_EQ(entries(dir.path()), 1u);  // no temporary file left
}

TEST(OutputFile, AnUncommittedWriteLeavesNothing) {
    test::TempDir dir;
    {
        OutputFile out(dir / "export.csv", false);
        std::ofstream(out.path()) << "moitié";
    }
    EXPECT_EQ(entries(dir.path()), 0u);
}

TEST(OutputFile, NeverTouchesAUsersTemporaryFile) {
    // Case R8: "out.cmc.tmp" belongs to the user; the temporary name must be another one.
    test::TempDir dir;
    test::writeFile(dir / "out.cmc.tmp", "à moi");
    {
        OutputFile out(dir / "out.cmc", false);
        EXPECT_NE(out.path(), dir / "out.cmc.tmp");
    }
    {
        OutputFile out(dir / "out.cmc", false);
        std::ofstream(out.path()) << "x";
        out.commit();
    }
    EXPECT_EQ(test::readFile(dir / "out.cmc.tmp"), "à moi");
}

TEST(OutputFile, ExistingFileNeedsOverwriteAndAnInputNeverIsOne) {
    test::TempDir dir;
    test::writeFile(dir / "a.cmc", "attempt");
    auto problems = inputProblems([&] { OutputFile::check(dir / "a.cmc", false); });
    EXPECT_NE(problemText(problems).find("existe déjà"), std::string::npos);
    EXPECT_NO_THROW(OutputFile::check(dir / "a.cmc", true));

    // Case R7: the export's target is its own input, even spelt differently and with --force.
    const auto spelt = dir.path() / "." / "a.cmc";
    problems = inputProblems([&] { OutputFile::check(spelt, true, {dir / "a.cmc"}); });
    EXPECT_NE(problemText(problems).find("aussi un fichier lu par cette commande"),
              std::string::npos)
        << problemText(problems);
    fs::create_symlink(dir / "a.cmc", dir / "lien.csv");
    problems = inputProblems([&] { OutputFile::check(dir / "lien.csv", true, {dir / "a.cmc"}); });
    EXPECT_NE(problemText(problems).find("aussi un fichier lu"), std::string::npos);
    EXPECT_EQ(test::readFile(dir / "a.cmc"), "attempt");
}

TEST(OutputFile, FoldersMissingFoldersAndDevicesAreRefusedOrWrittenInPlace) {
    test::TempDir dir;
    auto problems = inputProblems([&] { OutputFile::check(dir.path(), true); });
    EXPECT_NE(problemText(problems).find("c'est un dossier"), std::string::npos);
    problems = inputProblems([&] { OutputFile::check(dir / "absent" / "x.csv", false); });
    EXPECT_NE(problemText(problems).find("dossier introuvable"), std::string::npos);
    EXPECT_FALSE(fs::exists(dir / "absent"));
    // An SQLite attempt cannot live on a device; a CSV stream can be written to one, in place.
    problems = inputProblems([&] { OutputFile::check("/dev/null", true); });
    EXPECT_NE(problemText(problems).find("pas un fichier ordinaire"), std::string::npos);
    OutputFile stream("/dev/null", false, {}, OutputFile::Kind::Stream);
    EXPECT_EQ(stream.path(), "/dev/null");
    EXPECT_NO_THROW(stream.commit());
}

TEST(OutputFile, ReplacingThroughASymbolicLinkKeepsTheLink) {
    test::TempDir dir;
    test::writeFile(dir / "vrai.csv", "ancien");
    fs::create_symlink(dir / "vrai.csv", dir / "lien.csv");
    {
        OutputFile out(dir / "lien.csv", true);
        std::ofstream(out.path()) << "nouveau";
        out.commit();
    }
    EXPECT_TRUE(fs::is_symlink(dir / "lien.csv"));
    EXPECT_EQ(test::readFile(dir / "vrai.csv"), "nouveau");
}
