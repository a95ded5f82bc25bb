#pragma once

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "PeakMemory.h"
#include "RunClock.h"

extern char** environ;

namespace cmcsim::bench {

// One run of a program as a child process (posix_spawn, then wait4 for its own rusage): its
// wall time, CPU time (user + system) and peak resident memory. Standard output goes to
// /dev/null, standard error to a file kept for the error message.
struct ChildRun {
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;

    // Runs `args` (args[0] is the program's path). Throws std::runtime_error with the child's
    // standard error when it cannot start or exits with another status than 0.
    static ChildRun of(const std::vector<std::string>& args, const std::filesystem::path& errors) {
        std::vector<char*> argv;
        for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        posix_spawn_file_actions_t files;
        posix_spawn_file_actions_init(&files);
        posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&files, 2, errors.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                         0644);
        const auto start = std::chrono::steady_clock::now();
        pid_t pid = 0;
        const int spawned = posix_spawn(&pid, argv[0], &files, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&files);
        if (spawned != 0) throw std::runtime_error("cannot start " + args[0]);
        int status = 0;
        rusage usage{};
        while (wait4(pid, &status, 0, &usage) < 0)
            if (errno != EINTR) throw std::runtime_error("wait4 failed for " + args[0]);
        ChildRun run;
        run.wallSeconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        run.cpuSeconds = RunClock::cpuSeconds(usage);
        run.peakMb = PeakMemory::childMb(usage);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            std::ostringstream text;
            for (const auto& a : args) text << a << ' ';
            text << "failed: " << std::ifstream(errors).rdbuf();
            throw std::runtime_error(text.str());
        }
        return run;
    }
};

}  // namespace cmcsim::bench
