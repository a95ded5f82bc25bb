#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
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

}  // namespace cmcsim::test
