// The corruption suite: 700 deterministic mutations of an attempt file (truncations, bit flips
// and byte overwrites in pages, SQL edits of tables, rows and values) through the CLI's read
// commands (verify, market stats, market export, diagnose, in turn). Each exits 0 or 1 with a
// message on stderr, never by a signal, and leaves its input as it was. Sharded so that ctest runs
// the shards in parallel.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "AttemptMutator.h"
#include "CliRunner.h"

using cmcsim::test::runCli;
namespace fs = std::filesystem;

namespace {
constexpr std::uint64_t kShards = 14;
constexpr std::uint64_t kSeedsPerShard = 50;  // 14 × 50 = 700 mutated files

std::string readAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

class AttemptCorruption : public ::testing::TestWithParam<std::uint64_t> {};
}  // namespace

TEST_P(AttemptCorruption, EveryMutationExitsCleanlyAndLeavesItsInput) {
    // The process id keeps two checkouts' test runs on one machine out of each other's folder.
    const auto dir =
        fs::path(::testing::TempDir()) /
        ("cmcsim-corruption-" + std::to_string(getpid()) + "-" + std::to_string(GetParam()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto base = (dir / "base.cmc").string();
    ASSERT_EQ(runCli("generate " + std::string(CMCSIM_TEST_DATA) +
                     "/fixtures/scenarios/base-scenario.json -o " + base)
                  .exitCode,
              0);
    const auto csv = runCli("market export " + base + " --csv - --format rfc4180").out;
    const auto siret = csv.substr(csv.find('\n') + 1, 14);
    // Handed in: `market stats --truth` is the evaluator's view, read after the hand-in.
    ASSERT_EQ(runCli("seal " + base).exitCode, 0);
    const cmcsim::test::AttemptMutator mutator(readAll(base));
    int refused = 0;
    for (std::uint64_t k = 0; k < kSeedsPerShard; ++k) {
        const auto seed = GetParam() * kSeedsPerShard + k;
        const auto file = (dir / ("m" + std::to_string(seed) + ".cmc")).string();
        const auto what = mutator.mutate(seed, file);
        const auto before = readAll(file);
        // Every command opens (and so validates) the whole attempt; the four read commands take
        // the files in turn, which keeps the suite within a minute on 2 cores.
        const std::string commands[] = {"verify " + file, "market stats " + file + " --truth",
                                        "market export " + file + " --csv -",
                                        "diagnose " + file + " --siret " + siret};
        const auto& command = commands[seed % 4];
        const auto r = runCli(command);
        ASSERT_TRUE(r.exitCode == 0 || r.exitCode == 1)
            << "seed " << seed << " (" << what << "): " << command << " exit " << r.exitCode
            << " (-1: signal)\n"
            << r.err;
        if (r.exitCode == 1) {
            ++refused;
            EXPECT_EQ(r.err.rfind("erreur : ", 0), 0u)
                << "seed " << seed << " (" << what << "): " << r.err;
            EXPECT_EQ(r.err.find("std::"), std::string::npos)
                << "seed " << seed << " (" << what << "): " << r.err;
        }
        ASSERT_EQ(readAll(file), before) << "seed " << seed << " (" << what << ") was modified";
        fs::remove(file);
    }
    RecordProperty("refused", refused);
    fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(Shards, AttemptCorruption, ::testing::Range<std::uint64_t>(0, kShards));
