#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "TestFiles.h"
#include "cmcsim/core/TextFile.h"

using namespace cmcsim;
using test::inputProblems;

namespace {
// The single problem reading `path` gives (fails the test if there is not exactly one).
Problem readProblem(const std::filesystem::path& path,
                    std::size_t limit = TextFile::kDefaultLimit) {
    const auto problems = inputProblems([&] { TextFile::read(path, limit); });
    if (problems.size() != 1) {
        ADD_FAILURE() << problems.size() << " problems reading " << path;
        return {};
    }
    return problems[0];
}
}  // namespace

TEST(TextFile, ReadsARegularFileWhole) {
    test::TempDir dir;
    test::writeFile(dir / "a.json", "{\"a\": 1}\n");
    EXPECT_EQ(TextFile::read(dir / "a.json"), "{\"a\": 1}\n");
}

TEST(TextFile, RefusesWhatIsNotARegularFileWithoutReadingIt) {
    test::TempDir dir;
    auto p = readProblem(dir.path());
    EXPECT_EQ(p.where, dir.path().string());
    EXPECT_NE(p.what.find("dossier"), std::string::npos) << p.what;

    // A FIFO nobody writes to: opening it must neither block nor wait for data.
    const auto fifo = dir / "tube";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    p = readProblem(fifo);
    EXPECT_NE(p.what.find("pas un fichier ordinaire"), std::string::npos) << p.what;

    // /dev/zero never ends: refused before a single byte is read.
    p = readProblem("/dev/zero");
    EXPECT_EQ(p.where, "/dev/zero");
    EXPECT_NE(p.what.find("pas un fichier ordinaire"), std::string::npos) << p.what;

    p = readProblem(dir / "absent.json");
    EXPECT_NE(p.what.find("introuvable"), std::string::npos) << p.what;
}

TEST(TextFile, ReadsAtMostTheLimit) {
    test::TempDir dir;
    test::writeFile(dir / "gros.json", std::string(1001, ' '));
    EXPECT_EQ(TextFile::read(dir / "gros.json", 1001).size(), 1001u);
    const auto p = readProblem(dir / "gros.json", 1000);
    EXPECT_NE(p.what.find("trop volumineux : au plus 1 000 octets"), std::string::npos) << p.what;
}
