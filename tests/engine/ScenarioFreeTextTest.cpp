#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/Utf8.h"
#include "cmcsim/scenario/ScenarioLoader.h"

// Free texts of a scenario that show nothing (a tester's « texte » of three spaces was accepted)
// and the one wording of a range problem, across the scenario format.

using namespace cmcsim;
using nlohmann::json;

namespace {

json minimal() {
    auto j = json::parse(test::readFile(test::fixturePath("scenarios/minimal.json")));
    j["format"] = "cmcsim-scenario/2";  // the fixture is a version 1 file
    return j;
}

// The problems of `j` as "path : reason", without the "t.json " prefix.
std::vector<std::string> problemsOf(const json& j) {
    std::vector<std::string> out;
    for (const auto& p : test::inputProblems(
             [&] { ScenarioLoader(test::reference()).fromText(j.dump(), "t.json"); }))
        out.push_back((p.where.starts_with("t.json ") ? p.where.substr(7) : p.where) + " : " +
                      p.what);
    return out;
}

constexpr const char* kBlank = " : ne doit pas être vide ni ne contenir que des espaces";

}  // namespace

TEST(ScenarioFreeText, BlankOnceTrimmedIsRefusedAtItsPath) {
    // Spaces, a tab, a line break, no-break and thin spaces, a zero-width space: all show nothing.
    for (const std::string blank :
         {"   ", " \t ", "\n", "\u00A0\u202F", "\u3000", "\u200B", "\uFEFF \u2003"}) {
        auto j = minimal();
        j["title"] = blank;
        j["brief"] = blank;
        j["author"] = blank;
        j["competitors"][0]["name"] = blank;
        j["evenements"] = json::array({{{"id", "seuil-11"},
                                        {"type", "franchissement_seuil"},
                                        {"semaine", 1},
                                        {"seuil", 11},
                                        {"texte", blank}}});
        const auto problems = problemsOf(j);
        for (const char* path :
             {"$.title", "$.brief", "$.author", "$.competitors[0].name", "$.evenements[0].texte"})
            EXPECT_NE(std::find(problems.begin(), problems.end(), std::string(path) + kBlank),
                      problems.end())
                << path << " « " << blank << " »";
    }
}

TEST(ScenarioFreeText, ATextWithOneVisibleCharacterIsKept) {
    auto j = minimal();
    j["title"] = "  Rouen \u00A0";
    j["evenements"] = json::array({{{"id", "seuil-11"},
                                    {"type", "franchissement_seuil"},
                                    {"semaine", 1},
                                    {"seuil", 11},
                                    {"texte", " ."}}});
    const auto s = ScenarioLoader(test::reference()).fromText(j.dump(), "t.json");
    EXPECT_EQ(s.title, "  Rouen \u00A0");
    ASSERT_EQ(s.events.size(), 1u);
    EXPECT_EQ(s.events[0].text, " .");
}

TEST(ScenarioFreeText, Utf8IsBlank) {
    EXPECT_TRUE(utf8::isBlank(""));
    EXPECT_TRUE(utf8::isBlank(" \t\r\n\u00A0\u2009\u200B"));
    EXPECT_FALSE(utf8::isBlank(" a "));
    EXPECT_FALSE(utf8::isBlank("\u00E9"));
    EXPECT_FALSE(utf8::isBlank("\xC3"));  // ill-formed: not blank, refused elsewhere
}

TEST(ScenarioFreeText, EveryRangeReadsTheSameWayWithADecimalComma) {
    auto j = minimal();
    j["data_quality"]["closed"] = 0.75;
    j["competitors"][0]["price_level"] = 3;
    j["competitors"][0]["market_share"] = 0;
    j["duration_weeks"] = 200;
    const auto problems = problemsOf(j);
    for (const char* expected :
         {"$.data_quality.closed : doit être un nombre compris entre 0 et 0,5",
          "$.competitors[0].price_level : doit être un nombre compris entre 0,5 et 2",
          "$.competitors[0].market_share : doit être un nombre compris entre 0 (exclu) et 1",
          "$.duration_weeks : doit être un entier compris entre 1 et 104"})
        EXPECT_NE(std::find(problems.begin(), problems.end(), expected), problems.end())
            << expected;
}

TEST(ScenarioFreeText, JsonReaderBoundsAreFrench) {
    const auto doc = json::parse(R"({"a": -1, "b": 0, "c": 2000000, "d": 5})");
    std::vector<Problem> problems;
    const JsonReader r(doc, problems);
    EXPECT_FALSE(r.number("a", 0.001, 1e9));
    EXPECT_FALSE(r.numberAbove("b", 0, 0.25));
    EXPECT_FALSE(r.integer("c", 0, 100000));
    EXPECT_TRUE(r.numberAbove("d", 0, 5));
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].what, "doit être un nombre compris entre 0,001 et 1 000 000 000");
    EXPECT_EQ(problems[1].what, "doit être un nombre compris entre 0 (exclu) et 0,25");
    EXPECT_EQ(problems[2].what, "doit être un entier compris entre 0 et 100 000");
}
