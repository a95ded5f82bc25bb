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

// A fresh tester wrote a grid PDF over an attempt with --force: no output replaces an attempt
// or an evaluation, whatever the command, except a file of the same kind.
TEST(OutputFile, AnAttemptOrAnEvaluationIsNeverReplacedByAnotherKindOfFile) {
    test::TempDir dir;
    // The first 100 bytes of an SQLite header with the attempt's application id "CMCS" at 68.
    std::string header("SQLite format 3\0", 16);
    header.resize(100, '\0');
    header.replace(68, 4, "CMCS");
    test::writeFile(dir / "a.cmc", header);
    test::writeFile(dir / "e.cmceval",
                    "{\n  \"contenu\": {},\n  \"format\": \"cmcsim-evaluation\"\n}");
    std::string foreign = header;
    foreign.replace(68, 4, "XXXX");
    test::writeFile(dir / "other.db", foreign);
    EXPECT_EQ(OutputFile::contentOf(dir / "a.cmc"), OutputFile::Content::Attempt);
    EXPECT_EQ(OutputFile::contentOf(dir / "e.cmceval"), OutputFile::Content::Evaluation);
    EXPECT_EQ(OutputFile::contentOf(dir / "other.db"), OutputFile::Content::Other);

    auto problems = inputProblems([&] { OutputFile::check(dir / "a.cmc", true); });
    EXPECT_NE(problemText(problems).find("a.cmc : c'est un fichier d'épreuve cmcsim (.cmc) : "
                                         "aucune commande ne l'écrase, même avec --force"),
              std::string::npos)
        << problemText(problems);
    problems = inputProblems(
        [&] { OutputFile out(dir / "e.cmceval", true, {}, OutputFile::Kind::Stream); });
    EXPECT_NE(problemText(problems).find("fichier d'évaluation cmcsim"), std::string::npos)
        << problemText(problems);
    problems = inputProblems([&] {
        OutputFile::check(dir / "e.cmceval", true, {}, OutputFile::Kind::File,
                          OutputFile::Content::Attempt);
    });
    EXPECT_FALSE(problems.empty());
    // Its own kind may replace it (generate --force, an evaluation saved again).
    EXPECT_NO_THROW(OutputFile::check(dir / "a.cmc", true, {}, OutputFile::Kind::File,
                                      OutputFile::Content::Attempt));
    EXPECT_NO_THROW(OutputFile::check(dir / "e.cmceval", true, {}, OutputFile::Kind::File,
                                      OutputFile::Content::Evaluation));
    EXPECT_NO_THROW(OutputFile::check(dir / "other.db", true));
    EXPECT_EQ(test::readFile(dir / "a.cmc"), header);
}
