#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "TestAttempts.h"
#include "cmcsim/attempt/AttemptTimeline.h"

namespace cmcsim::test {

// A journal over the minimal scenario (4 weeks from 2026-01-05), folded by an AttemptTimeline
// as the studio and the CLI fold it: commands are appended one by one, refusals returned.
class MinimalJournal : public ::testing::Test {
protected:
    MinimalJournal() {
        journal_.push_back(Journal::next(nullptr, minimalScenario().startDate, command::kCreated,
                                         R"({"scenario":"minimal"})"));
        timeline_ = std::make_unique<AttemptTimeline>(minimalScenario(), minimalMarket(), journal_,
                                                      reference().planRules);
    }
    // Appends a command; returns the refusal's problems (empty when accepted).
    std::vector<Problem> run(const std::string& kind, const nlohmann::json& payload) {
        auto entry =
            Journal::next(&journal_.back(), minimalScenario().startDate, kind, payload.dump());
        auto problems = inputProblems([&] { timeline_->append(entry); });
        if (problems.empty()) journal_.push_back(std::move(entry));
        return problems;
    }
    std::int64_t last() const { return journal_.back().sequence; }

    std::vector<JournalEntry> journal_;
    std::unique_ptr<AttemptTimeline> timeline_;
};

}  // namespace cmcsim::test
