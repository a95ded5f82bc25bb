// AttemptSession::Access::ReadOnly, the evaluator's mode: the file is never opened for writing
// (not even to migrate an older format) and every command is refused.
#include <gtest/gtest.h>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/store/AttemptSession.h"

using namespace cmcsim;
using namespace cmcsim::test;

TEST(ReadOnlySession, RefusesEveryCommandAndNeverMigratesTheFile) {
    TempDir dir;
    // A format-2 file: opened for work, it is migrated and sealed again (it changes).
    const auto file = dir / "format2.cmc";
    std::filesystem::copy_file(fixturePath("attempts/format2-minimal.cmc"), file);
    const auto before = readFile(file);
    {
        AttemptSession session(file, reference(), {}, AttemptSession::Access::ReadOnly);
        EXPECT_TRUE(session.readOnly());
        const auto entries = session.attempt().journal().size();
        for (const auto& attempt : std::vector<std::function<void()>>{
                 [&] {
                     session.execute(command::kTag, {{"ligne", 1}, {"etiquette", "x"}});
                 },
                 [&] { session.undo(1); }, [&] { session.redo(1); }, [&] { session.seal(); }}) {
            const auto problems = inputProblems(attempt);
            ASSERT_EQ(problems.size(), 1u);
            EXPECT_NE(problems[0].what.find("lecture seule"), std::string::npos)
                << problems[0].what;
        }
        EXPECT_EQ(session.attempt().journal().size(), entries);
    }
    EXPECT_EQ(readFile(file), before);
    {
        AttemptSession work(file, reference());  // the same file opened for work is migrated
        EXPECT_FALSE(work.readOnly());
    }
    EXPECT_NE(readFile(file), before);
}
