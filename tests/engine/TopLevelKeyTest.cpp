#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "../../engine/src/attempt/TopLevelKey.h"  // the creation entry's key, tested directly

// AttemptState::earlierRulesFrom reads whether the creation entry has the key « empreintes »
// without building its document (issue 9, docs/performance.md): the answer and the texts refused
// must be those of nlohmann::json::parse(text).contains(key).
namespace {

std::optional<bool> byDocument(const std::string& text, const std::string& key) {
    try {
        return nlohmann::json::parse(text).contains(key);
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

}  // namespace

TEST(TopLevelKey, AnswersAndRefusesAsTheDocument) {
    const std::vector<std::string> texts = {
        R"({"empreintes": {"prospect": {"blocs": ["ab", "cd"]}}, "graine": 7})",
        R"({"graine": 7, "empreintes": null})",
        R"({"graine": 7})",
        R"({"a": {"empreintes": 1}})",  // nested: not at the top level
        R"([{"empreintes": 1}])",       // an array
        R"("empreintes")",              // a string
        R"({"empreintesx": 1, "x": [1, {"empreintes": 2}]})",
        R"({"empreintes": 1, "empreintes": 2})",
        R"({"empreintes": 1} trailing)",  // refused
        R"({"empreintes": )",             // cut short
        "",
        "{\"empreintes\": \"\xff\"}",  // not UTF-8
        R"({"empreintes": 1e999})",
        "  {\"empreintes\": [1, 2, 3]}  \n",
    };
    std::size_t found = 0, refused = 0;
    for (const auto& text : texts) {
        const auto expected = byDocument(text, "empreintes");
        EXPECT_EQ(cmcsim::hasTopLevelKey(text, "empreintes"), expected) << text;
        if (expected.value_or(false)) ++found;
        if (!expected) ++refused;
    }
    EXPECT_EQ(found, 4u);
    EXPECT_GE(refused, 3u);
}
