#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "TestAttempts.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/LoadProgress.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

struct Report {
    std::string step;
    std::uint64_t done = 0, total = 0;
};

// The last report of `step`, or an empty one.
Report lastOf(const std::vector<Report>& reports, std::string_view step) {
    Report last;
    for (const auto& r : reports)
        if (r.step == step) last = r;
    return last;
}

TEST(LoadProgress, EveryStepIsReportedInOrderAndEachTableEndsAtItsRowCount) {
    const TempDir dir;
    const auto file = createMinimal(dir);
    std::vector<Report> reports;
    const AttemptSession session(
        file, reference(), [&](std::string_view step, std::uint64_t done, std::uint64_t total) {
            reports.push_back({std::string(step), done, total});
        });
    const auto& market = session.attempt().market();
    // The steps in the order the open takes them (AttemptFile::open, then the replay).
    std::vector<std::string> order;
    for (const auto& r : reports)
        if (order.empty() || order.back() != r.step) order.push_back(r.step);
    const std::vector<std::string> expected = {
        std::string(kLoadCompanies), std::string(kLoadEstablishments), std::string(kLoadProspects),
        std::string(kLoadDefects),   std::string(kLoadIntegrity),      std::string(kLoadReplay)};
    EXPECT_EQ(order, expected);
    // Each table's last report is all of its rows, counted in the market that was read.
    const auto ends = [&](std::string_view step, std::size_t rows) {
        const auto last = lastOf(reports, step);
        EXPECT_EQ(last.done, rows) << step;
        EXPECT_EQ(last.total, rows) << step;
    };
    ends(kLoadCompanies, market.companies.size());
    ends(kLoadEstablishments, market.establishments.size());
    ends(kLoadProspects, market.prospects.size());
    ends(kLoadDefects, market.defects.size());
    // The integrity check cannot count (total 0); the replay counts the journal's entries (1:
    // the creation).
    EXPECT_EQ(lastOf(reports, kLoadIntegrity).total, 0u);
    EXPECT_EQ(lastOf(reports, kLoadReplay).total, 1u);
}

TEST(LoadProgress, AReportThatThrowsAbandonsTheOpenAndLeavesTheFileUntouched) {
    const TempDir dir;
    const auto file = createMinimal(dir);
    const auto before = readFile(file);
    struct Stop {};
    for (const auto step : {kLoadEstablishments, kLoadIntegrity, kLoadReplay}) {
        bool stopped = false;
        try {
            AttemptSession(file, reference(),
                           [&](std::string_view at, std::uint64_t, std::uint64_t) {
                               if (at == step) throw Stop{};
                           });
        } catch (const Stop&) {
            stopped = true;
        }
        EXPECT_TRUE(stopped) << step;
        EXPECT_EQ(readFile(file), before) << step;
    }
    // The file still opens, as if nothing had happened.
    EXPECT_NO_THROW(AttemptSession(file, reference()));
}

}  // namespace
