// The independent floor alone (docs/performance.md): dumps the rows of an attempt file once,
// then inserts them into a new SQLite file a few times with the SQLite C API alone, and prints
// each run's wall time, CPU time and peak memory. With --keep, the last file written is kept
// (to compare it with the attempt).
//   cmcsim_bench_floor ATTEMPT.cmc [ROUNDS] [--keep]
#include <sqlite3.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>

#include "BareInsertFloor.h"
#include "PeakMemory.h"
#include "RunClock.h"

int main(int argc, char** argv) {
    using namespace cmcsim::bench;
    const bool keep = argc > 1 && std::string(argv[argc - 1]) == "--keep";
    if (keep) --argc;
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: %s ATTEMPT.cmc [ROUNDS] [--keep]\n", argv[0]);
        return 2;
    }
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);  // as cmcsim's Database does
    try {
        const std::filesystem::path attempt = argv[1];
        const int rounds = argc == 3 ? std::stoi(argv[2]) : 3;
        const auto scratch = std::filesystem::temp_directory_path();
        const auto dump = scratch / (attempt.stem().string() + ".floor-rows");
        const auto out = scratch / (attempt.stem().string() + ".floor.cmc");
        BareInsertFloor::dump(attempt, dump);
        for (int round = 0; round < rounds; ++round) {
            std::filesystem::remove(out);
            const BareInsertFloor floor(dump);
            PeakMemory::reset();
            const RunClock clock;
            const auto rows = floor.insertInto(out);
            std::printf(
                "floor %d: %zu rows, %.3f s wall, %.3f s CPU, peak %.0f MB (dump mapped), "
                "load %.2f\n",
                round + 1, rows, clock.wallSeconds(), clock.cpuSeconds(), PeakMemory::mb(),
                RunClock::loadAverage());
        }
        if (keep)
            std::printf("kept %s\n", out.c_str());
        else
            std::filesystem::remove(out);
        std::filesystem::remove(dump);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
