#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "TestFiles.h"
#include "cmcsim/core/JsonReader.h"

using namespace cmcsim;
using test::inputProblems;

namespace {
// The problems parse() records, or the one it throws.
std::vector<Problem> parseProblems(const std::string& text) {
    std::vector<Problem> problems;
    const auto thrown = inputProblems([&] { JsonReader::parse(text, "f.json", problems); });
    return thrown.empty() ? problems : thrown;
}
}  // namespace

TEST(JsonReader, NumberTooLargeForADoubleIsRecordedAtItsPath) {
    // Case R9: nlohmann stops at 1e400 with "number overflow" and no place.
    std::vector<Problem> problems;
    const auto doc =
        JsonReader::parse(R"({"a": {"b": [1, 1e400, -2e999]}, "c": 3})", "f.json", problems);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].where, "$.a.b[1]");
    EXPECT_NE(problems[0].what.find("« 1e400 »"), std::string::npos) << problems[0].what;
    EXPECT_EQ(problems[1].where, "$.a.b[2]");
    // Read as ±1e308, so every field's own range check refuses it as well; the rest is intact.
    EXPECT_EQ(doc["a"]["b"][1].get<double>(), 1e308);
    EXPECT_EQ(doc["a"]["b"][2].get<double>(), -1e308);
    EXPECT_EQ(doc["c"].get<int>(), 3);
}

TEST(JsonReader, OverflowKeepsLinesAndColumnsOfLaterErrors) {
    // The overflowing number is replaced by text of the same length: the syntax error after it
    // is still at line 2, column 14 (`  "b": 1e400,,`).
    const auto problems = parseProblems("{\"a\": 1,\n  \"b\": 1e400,,\n}");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "f.json:2:14");
}

TEST(JsonReader, RepeatedKeyIsAProblemAtItsPath) {
    const auto problems =
        parseProblems(R"({"x": 1, "l": [{"k": 1, "k": 2}], "x": {"y": 1}, "z": {"x": 0}})");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].where, "$.l[0].k");
    EXPECT_EQ(problems[1].where, "$.x");
    EXPECT_NE(problems[0].what.find("clé en double"), std::string::npos);
}

TEST(JsonReader, NestingIsBounded) {
    // 10 000 nested arrays would recurse in any reader: refused at the 65th level.
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    const auto problems = parseProblems(deep);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where.substr(0, 10), "f.json $[0");
    EXPECT_NE(problems[0].what.find("au plus 64 niveaux"), std::string::npos);
    // 64 levels are fine.
    EXPECT_TRUE(parseProblems(std::string(64, '[') + std::string(64, ']')).empty());
}

TEST(JsonReader, IllFormedUtf8AndRawControlCharactersSayWhatIsWrong) {
    auto problems = parseProblems("{\"t\": \"caf\xE9\"}");  // Latin-1 é
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "f.json:1:11");
    EXPECT_NE(problems[0].what.find("UTF-8 invalide"), std::string::npos) << problems[0].what;
    problems = parseProblems("{\"t\": \"a\x1b[31m\"}");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].what.find("caractère de contrôle"), std::string::npos)
        << problems[0].what;
}

TEST(JsonReader, TextRefusesControlCharactersButKeepsNewlines) {
    const auto doc = nlohmann::json::parse(R"({"a": "x\u001b[2Jy", "b": "ligne\nsuite\tfin"})");
    std::vector<Problem> problems;
    JsonReader reader(doc, problems);
    EXPECT_FALSE(reader.text("a", 0, 100));
    EXPECT_EQ(reader.text("b", 0, 100), "ligne\nsuite\tfin");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "$.a");
    EXPECT_NE(problems[0].what.find("U+001B"), std::string::npos);
}

TEST(JsonReader, ProblemsOfOnePlaceShareOneLine) {
    const auto problems = inputProblems([] {
        JsonReader::throwIfAny({{"$.a", "un"}, {"$.b", "deux"}, {"$.a", "trois"}}, "f.json");
    });
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].where, "f.json $.a");
    EXPECT_EQ(problems[0].what, "un ; trois");
    EXPECT_EQ(problems[1].where, "f.json $.b");
}
