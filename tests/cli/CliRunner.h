#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace cmcsim::test {

// The result of running the cmcsim program: exit code, standard output and standard error.
struct CliResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a shell command line, capturing both streams (the standard error of its last command).
inline CliResult runShell(const std::string& commandLine) {
    const std::string errFile =
        std::string(::testing::TempDir()) + "cmcsim-stderr-" + std::to_string(getpid()) + ".txt";
    const std::string command = commandLine + " 2>" + errFile;
    CliResult result;
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        result.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (FILE* err = fopen(errFile.c_str(), "r")) {
        while ((n = fread(buffer.data(), 1, buffer.size(), err)) > 0)
            result.err.append(buffer.data(), n);
        fclose(err);
    }
    return result;
}

// Runs `cmcsim ARGS` through the shell, capturing both streams.
inline CliResult runCli(const std::string& args) {
    return runShell(std::string(CMCSIM_CLI) + " " + args);
}

// `text` single-quoted for the shell (its apostrophes closed, escaped and reopened).
inline std::string shellQuoted(std::string text) {
    for (auto at = text.find('\''); at != std::string::npos; at = text.find('\'', at + 4))
        text.replace(at, 1, "'\\''");
    return "'" + text + "'";
}

// A handed-in copy of the attempt `file` (its state now) at `copy`: `--truth` is the evaluator's
// view, refused before the hand-in (TruthAccess). Replaced at each call.
inline std::string handedInCopy(const std::string& file, const std::string& copy) {
    std::filesystem::create_directories(std::filesystem::path(copy).parent_path());
    std::filesystem::copy_file(file, copy, std::filesystem::copy_options::overwrite_existing);
    const auto sealed = runCli("seal " + copy);
    if (sealed.exitCode != 0) ADD_FAILURE() << "seal " << copy << " : " << sealed.err;
    return copy;
}
// The same beside `file`: its name with "-remise" before ".cmc".
inline std::string handedInCopy(const std::string& file) {
    auto copy = file;
    copy.insert(copy.size() - (copy.ends_with(".cmc") ? 4 : 0), "-remise");
    return handedInCopy(file, copy);
}

// The whole content of a file ("" when it cannot be read).
inline std::string fileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Compares `actual` with tests/golden/NAME; CMCSIM_UPDATE_GOLDEN=1 rewrites the file instead
// (review the diff before committing).
inline void expectGoldenText(const std::string& name, const std::string& actual) {
    const auto path = std::filesystem::path(CMCSIM_SOURCE_ROOT) / "tests" / "golden" / name;
    if (std::getenv("CMCSIM_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(std::filesystem::exists(path)) << "missing golden file " << path;
    EXPECT_EQ(fileText(path), actual) << "differs from " << path;
}

}  // namespace cmcsim::test
