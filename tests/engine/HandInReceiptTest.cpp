#include <gtest/gtest.h>

#include "TestAttempts.h"
#include "cmcsim/assess/EvaluationFile.h"
#include "cmcsim/store/AttemptReader.h"
#include "cmcsim/store/AttemptRegister.h"
#include "cmcsim/store/AttemptSession.h"
#include "cmcsim/store/HandInReceipt.h"

namespace cmcsim {

using test::contains;
using test::inputProblems;

namespace {
// An attempt of the minimal scenario with two tags, handed in; its receipt.
std::string playAndSeal(const std::filesystem::path& file) {
    AttemptSession session(file, test::reference());
    session.execute(command::kTag, {{"ligne", 1}, {"etiquette", "a"}});
    session.execute(command::kTag, {{"ligne", 2}, {"etiquette", "b"}});
    return session.seal();
}
}  // namespace

// Deleting the last entries (hand-in included) with sqlite3 leaves a valid chain: the file
// opens, and only the receipt shows the cut.
TEST(HandInReceipt, ACutJournalIsRefusedAgainstItsReceipt) {
    test::TempDir dir;
    const auto file = test::createMinimal(dir);
    const auto receipt = playAndSeal(file);
    {
        AttemptReader whole(file, test::reference());
        EXPECT_TRUE(HandInReceipt::check(receipt, whole.journal()).matches());
        // Typed by hand: lower case with spaces.
        auto typed = receipt;
        for (auto& c : typed) c = c == '-' ? ' ' : static_cast<char>(std::tolower(c));
        EXPECT_TRUE(HandInReceipt::check(typed, whole.journal()).matches());
        EXPECT_NO_THROW(EvaluationFile::bindingOf(whole, receipt));
    }
    test::rawSql(file, "DELETE FROM journal WHERE seq >= 3");
    AttemptReader cut(file, test::reference());  // opens: nothing inside shows the cut
    ASSERT_EQ(cut.journal().size(), 2u);
    const auto check = HandInReceipt::check(receipt, cut.journal());
    EXPECT_EQ(check.outcome, HandInReceipt::Outcome::NotHandedIn);
    EXPECT_TRUE(contains(check.message, "remise comprise, ont été retirées")) << check.message;
    const auto problems = inputProblems([&] { EvaluationFile::bindingOf(cut, receipt); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, file.string());
    EXPECT_EQ(HandInReceipt::check("12", cut.journal()).outcome,
              HandInReceipt::Outcome::Unreadable);
}

TEST(HandInReceipt, ACutJournalHandedInAgainHasAnotherReceipt) {
    test::TempDir dir;
    const auto file = test::createMinimal(dir);
    const auto receipt = playAndSeal(file);
    test::rawSql(file, "DELETE FROM journal WHERE seq >= 3");
    std::string again;
    {
        AttemptSession session(file, test::reference());
        again = session.seal();
    }
    EXPECT_NE(again, receipt);
    AttemptReader reader(file, test::reference());
    const auto check = HandInReceipt::check(receipt, reader.journal());
    EXPECT_EQ(check.outcome, HandInReceipt::Outcome::Differs);
    EXPECT_TRUE(contains(check.message, "remis avec le reçu " + again)) << check.message;
}

// The register keeps the receipt recorded at collection, never replaced; registers written
// before the column existed are still read.
TEST(AttemptRegister, RecordsAReceiptOnceAndReadsOldRegisters) {
    test::TempDir dir;
    const auto file = dir / "registre.csv";
    const std::string digest(64, 'a'), other(64, 'b');
    test::writeFile(file, "candidat;fichier;empreinte_creation\r\n\"Léa; M.\";001-lea.cmc;" +
                              digest + "\r\n\"Marc\";002-marc.cmc;" + other + "\r\n");
    auto entries = AttemptRegister::read(file);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].candidate, "Léa; M.");
    EXPECT_TRUE(entries[0].receipt.empty());
    const auto recorded = AttemptRegister::recordReceipt(file, digest, "jzq6 kgam t3qs jgrz");
    EXPECT_EQ(recorded.receipt, "JZQ6-KGAM-T3QS-JGRZ");
    entries = AttemptRegister::read(file);
    EXPECT_EQ(entries[0].receipt, "JZQ6-KGAM-T3QS-JGRZ");
    EXPECT_EQ(entries[0].candidate, "Léa; M.");
    EXPECT_EQ(entries[0].file, "001-lea.cmc");
    EXPECT_TRUE(entries[1].receipt.empty());
    EXPECT_TRUE(contains(test::readFile(file), "candidat;fichier;empreinte_creation;recu\r\n"));
    EXPECT_NO_THROW(AttemptRegister::recordReceipt(file, digest, "JZQ6-KGAM-T3QS-JGRZ"));
    auto problems =
        inputProblems([&] { AttemptRegister::recordReceipt(file, digest, "0000-0000-0000-0000"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(contains(problems[0].what, "jamais remplacé")) << problems[0].what;
    problems = inputProblems(
        [&] { AttemptRegister::recordReceipt(file, std::string(64, 'c'), "0000-0000-0000-0000"); });
    EXPECT_TRUE(contains(problems.at(0).what, "ne figure pas au registre"));
    test::writeFile(
        file, "candidat;fichier;empreinte_creation;recu\r\nA;a.cmc;" + digest + ";pas un reçu\r\n");
    problems = inputProblems([&] { AttemptRegister::read(file); });
    EXPECT_TRUE(contains(problems.at(0).where, "registre.csv:2")) << problems.at(0).where;
    EXPECT_TRUE(contains(problems.at(0).what, "reçu illisible")) << problems.at(0).what;
}

}  // namespace cmcsim
