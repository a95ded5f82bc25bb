#pragma once

#include <malloc.h>
#include <sys/resource.h>

#include <fstream>
#include <string>

namespace cmcsim::bench {

// The peak resident memory of one measured run, not of the process's whole life: in-process,
// reset() before the run and mb() after it (Linux: writing "5" to /proc/self/clear_refs sets
// VmHWM back to the current resident size, read from /proc/self/status); for a child process,
// childMb() of the rusage that wait4 returns (ru_maxrss, in KiB).
struct PeakMemory {
    // Returns freed heap to the system, then restarts the high-water mark from the current
    // resident size. False if the kernel refuses (then mb() is the process's lifetime peak).
    static bool reset() {
        malloc_trim(0);
        std::ofstream clear("/proc/self/clear_refs");
        clear << "5";
        clear.flush();
        return static_cast<bool>(clear);
    }

    // VmHWM of /proc/self/status in MB (10^6 bytes, as the targets), or -1 if unreadable.
    static double mb() {
        std::ifstream status("/proc/self/status");
        std::string line;
        while (std::getline(status, line))
            if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) * 1024.0 / 1e6;
        return -1;
    }

    // A waited-for child's peak (ru_maxrss, KiB) in MB.
    static double childMb(const rusage& usage) {
        return static_cast<double>(usage.ru_maxrss) * 1024.0 / 1e6;
    }
};

}  // namespace cmcsim::bench
