#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "TestReference.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/store/AttemptFile.h"

namespace cmcsim::test {

inline AttemptRequest requestFor(const std::filesystem::path& file,
                                 const std::string& candidate = "Camille Martin") {
    AttemptRequest request;
    request.file = file;
    request.candidate = candidate;
    return request;
}

// A new attempt of `scenario` in `dir`.
inline std::filesystem::path createAttempt(const Scenario& scenario, const TempDir& dir,
                                           const std::string& name) {
    const auto file = dir / name;
    AttemptFile::create(reference(), scenario, requestFor(file));
    return file;
}

// A new attempt of the minimal scenario in `dir`.
inline std::filesystem::path createMinimal(const TempDir& dir,
                                           const std::string& name = "epreuve.cmc") {
    return createAttempt(minimalScenario(), dir, name);
}

// The minimal scenario (one commune) with 5,000 establishments: more than two blocks of 2,048
// rows in the establishment, census and prospect tables.
inline const Scenario& largerScenario() {
    static const Scenario scenario = [] {
        auto json = nlohmann::json::parse(readFile(fixturePath("scenarios/minimal.json")));
        json["establishments"]["count"] = 5000;
        return ScenarioLoader(reference()).fromText(json.dump(), "minimal-5000");
    }();
    return scenario;
}

// A new attempt of largerScenario() in `dir`.
inline std::filesystem::path createLarger(const TempDir& dir,
                                          const std::string& name = "epreuve.cmc") {
    return createAttempt(largerScenario(), dir, name);
}

// Runs SQL on a file with the raw SQLite API, as a user with the sqlite3 shell would.
inline void rawSql(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(
        sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
        SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
}

// The single problem of the InputError opening `file` throws (fails the test if none).
inline Problem openProblem(const std::filesystem::path& file) {
    const auto problems = inputProblems([&] { AttemptFile::open(file, reference()); });
    if (problems.size() != 1) {
        ADD_FAILURE() << problems.size() << " problems opening " << file;
        return {};
    }
    return problems.front();
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace cmcsim::test
