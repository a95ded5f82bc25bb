// The lazy reader: opening reads no market table, a command reads only its rows and checks each
// block it reads against the seal (issue 9, "Open lazily").
#include <gtest/gtest.h>

#include "TestAttempts.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/AttemptSession.h"

using namespace cmcsim;
using test::contains;
using test::createMinimal;
using test::rawSql;
using test::reference;

TEST(AttemptReader, ReplaysTheJournalAsTheFullOpenDoes) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    {
        AttemptSession session(file, reference());
        session.execute(command::kVerify, {{"ligne", 3}});
        session.execute(command::kNote, {{"ligne", 5}, {"texte", "rappeler lundi"}});
        session.execute(command::kCensusRequest, {{"ligne", 7}});
    }
    const auto full = AttemptFile::open(file, reference());
    const auto expected = AttemptState::replay(full.scenario(), full.market(), full.journal(),
                                               cmcsim::test::reference().planRules);
    AttemptReader reader(file, reference());
    const auto state = reader.replay();
    EXPECT_EQ(state.knowledge().verified, expected.knowledge().verified);
    EXPECT_EQ(state.knowledge().census, expected.knowledge().census);
    EXPECT_EQ(state.daysLeft(), expected.daysLeft());
    EXPECT_EQ(reader.seed(), full.seed());
    EXPECT_TRUE(reader.integrity().bound);
    EXPECT_EQ(reader.integrity().creationDigest, full.journal().front().hash);
}

TEST(AttemptReader, AnswersTheProspectFileThroughTheFile) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    const auto full = AttemptFile::open(file, reference());
    AttemptReader reader(file, reference());
    const auto prospects = reader.prospects();
    EXPECT_EQ(prospects->lines(), full.market().prospects.size());
    const auto& line = full.market().prospects[10];
    EXPECT_TRUE(prospects->listsSiret(line.siret));
    EXPECT_FALSE(prospects->listsSiret(siret::siretFor(siret::sirenFromBody(99999999), 1)));
    EXPECT_EQ(prospects->lineName(10), line.name);
}

TEST(AttemptReader, RefusesAnEditedBlockOnlyWhenItIsRead) {
    test::TempDir dir;
    const auto file = test::createLarger(dir);
    // 5,000 establishments: blocks of 2,048 rows, the edited row in the third.
    rawSql(file, "UPDATE establishment SET headcount = headcount + 1 WHERE id = 4500");
    AttemptReader reader(file, reference());  // opening reads no market table
    EXPECT_NO_THROW(reader.verifyRows("establishment", 0, 4000));
    const auto problems = test::inputProblems([&] { reader.verifyRows("establishment", 4499, 3); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what,
                         "épreuve altérée : table establishment : contenu "
                         "modifié entre les lignes"))
        << problems[0].what;
    EXPECT_THROW(reader.verifyTables(), InputError);
}

TEST(AttemptReader, RefusesARowBeyondTheSeal) {
    test::TempDir dir;
    const auto file = createMinimal(dir);
    AttemptReader reader(file, reference());
    const auto rows = *reader.sealedRows("prospect");
    const auto problems = test::inputProblems([&] { reader.verifyRows("prospect", rows); });
    ASSERT_EQ(problems.size(), 1u);
    // The row after the sealed ones: line rows + 1, lines counted from 1.
    EXPECT_TRUE(contains(problems[0].what, "table prospect : ligne " + std::to_string(rows + 1) +
                                               " ajoutée (" + std::to_string(rows) +
                                               " lignes scellées)"))
        << problems[0].what;
}
