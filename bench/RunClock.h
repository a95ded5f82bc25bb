#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <vector>

namespace cmcsim::bench {

// Wall and CPU time of one in-process run, started at construction. CPU time is user + system
// of every thread of the process (getrusage RUSAGE_SELF): on the shared 2-core machine the wall
// time stretches with the other builds' load, the CPU time much less.
class RunClock {
public:
    RunClock() : wall_(std::chrono::steady_clock::now()), cpu_(processCpuSeconds()) {}

    double wallSeconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - wall_).count();
    }
    double cpuSeconds() const { return processCpuSeconds() - cpu_; }

    // User + system time of a rusage (this process's, or a child's from wait4), in seconds.
    static double cpuSeconds(const rusage& usage) {
        auto seconds = [](const timeval& t) {
            return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
        };
        return seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }

    // The 1-minute load average (/proc/loadavg): how busy the machine was.
    static double loadAverage() {
        std::ifstream in("/proc/loadavg");
        double load = -1;
        in >> load;
        return load;
    }

    // The median of a few measurements (the mean of the two middle ones for an even count).
    static double median(std::vector<double> values) {
        if (values.empty()) return 0;
        std::sort(values.begin(), values.end());
        const auto n = values.size();
        return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

private:
    static double processCpuSeconds() {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return cpuSeconds(usage);
    }

    std::chrono::steady_clock::time_point wall_;
    double cpu_;
};

}  // namespace cmcsim::bench
