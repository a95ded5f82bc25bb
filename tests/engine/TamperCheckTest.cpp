// The tamper check of an attempt opened for work in the background (AttemptSession::Check::
// InBackground, the studio's open): the session is ready before the digests are compared, and an
// altered file then refuses every command and has nothing written to it.
#include <gtest/gtest.h>

#include "TestAttempts.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/Database.h"

using namespace cmcsim;
using test::contains;
using test::createMinimal;
using test::rawSql;
using test::reference;

namespace {

std::int64_t journalRows(const std::filesystem::path& file) {
    Database db(file, Database::Mode::ReadOnly);
    return db.scalar("SELECT count(*) FROM journal");
}

// A note on a line: a command every attempt accepts.
const nlohmann::json kNote = {{"ligne", 3}, {"texte", "rappeler lundi"}};

TEST(TamperCheck, AnIntactAttemptOpenedInTheBackgroundAcceptsCommands) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    AttemptSession session(file, reference(), {}, AttemptSession::Access::Work,
                           AttemptSession::Check::InBackground);
    EXPECT_TRUE(session.checkPending());  // nothing compared yet: the first command will
    session.execute(command::kNote, kNote);
    EXPECT_FALSE(session.checkPending());
    EXPECT_EQ(journalRows(file), 2);  // the creation and the note
}

TEST(TamperCheck, AnAlteredAttemptOpenedInTheBackgroundRefusesEveryCommandAndWritesNothing) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    // A valid value, so every row still reads: only the digests can tell.
    rawSql(file, "UPDATE prospect SET raison_sociale='Boulangerie Modifiée' WHERE id=40");
    AttemptSession session(file, reference(), {}, AttemptSession::Access::Work,
                           AttemptSession::Check::InBackground);
    EXPECT_EQ(session.state().knowledge().verified.size(),
              session.attempt().market().prospects.size());
    for (int attempt = 0; attempt < 2; ++attempt) {  // the same refusal every time
        const auto problems = test::inputProblems([&] { session.execute(command::kNote, kNote); });
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_TRUE(contains(problems[0].what, "épreuve altérée : table prospect"))
            << problems[0].what;
    }
    EXPECT_THROW(session.finishCheck(), InputError);
    EXPECT_THROW(session.seal(), InputError);
    EXPECT_EQ(journalRows(file), 1);  // the creation only
    // The open that waits for the check refuses it at once, as before.
    EXPECT_THROW(AttemptSession(file, reference()), InputError);
}

}  // namespace
