// The bundled scenario library (scenarios/index.json): names and paths resolved, an unknown name
// answered with the ids, an index whose default is not listed refused.
#include <gtest/gtest.h>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/scenario/ScenarioLibrary.h"

using namespace cmcsim;
using test::inputProblems;

TEST(ScenarioLibrary, ResolvesDefaultIdsAndPaths) {
    const auto& library = test::bundledLibrary();
    EXPECT_EQ(library.defaultScenario().id, "rouen-ze");  // scenarios/index.json "default"
    EXPECT_EQ(library.resolve("default").filename(), "rouen-ze.json");
    EXPECT_EQ(library.resolve("rouen-ze"), library.resolve("default"));
    EXPECT_EQ(library.resolve("cantal-rural").filename(), "cantal-rural.json");
    EXPECT_EQ(library.resolve("lyon-tertiaire").filename(), "lyon-tertiaire.json");
    const auto minimal = test::fixturePath("scenarios/minimal.json");
    EXPECT_EQ(library.resolve(minimal.string()), minimal);
}

TEST(ScenarioLibrary, UnknownNameListsTheIds) {
    const auto problems = inputProblems([] { test::bundledLibrary().resolve("paris-ouest"); });
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].where, "paris-ouest");
    EXPECT_NE(problems[0].what.find("default, rouen-ze, cantal-rural, lyon-tertiaire"),
              std::string::npos)
        << problems[0].what;
}

TEST(ScenarioLibrary, IndexWhoseDefaultIsNotListedIsRefused) {
    test::TempDir dir;
    test::writeFile(dir / "index.json", R"({"default": "absent", "scenarios": ["a.json"]})");
    test::writeFile(dir / "a.json", R"({"id": "a", "title": "A"})");
    EXPECT_THROW(ScenarioLibrary::load(dir.path()), InputError);
}
