#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

// Golden outputs of the CLI: set CMCSIM_UPDATE_GOLDEN=1 to rewrite tests/golden/ after an
// intended change, then review the diff before committing.
namespace cmcsim::test {

inline const std::filesystem::path kGolden = std::filesystem::path(CMCSIM_TEST_DATA) / "golden";

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The source folder differs between checkouts: goldens name it $SOURCE.
inline std::string portable(std::string text) {
    const std::string root = CMCSIM_SOURCE_ROOT;
    for (auto at = text.find(root); at != std::string::npos; at = text.find(root, at))
        text.replace(at, root.size(), "$SOURCE");
    return text;
}

inline void expectGolden(const std::string& name, const std::string& raw) {
    const auto actual = portable(raw);
    const auto path = kGolden / name;
    if (std::getenv("CMCSIM_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(std::filesystem::exists(path))
        << "missing golden file " << path << " (run with CMCSIM_UPDATE_GOLDEN=1)";
    EXPECT_EQ(readFile(path), actual) << "differs from " << path;
}

}  // namespace cmcsim::test
