#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestReference.h"
#include "cmcsim/attempt/AttemptTimeline.h"
#include "cmcsim/attempt/Journal.h"
#include "cmcsim/market/Market.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim::test {

// An attempt's journal built in memory, each entry applied live to a timeline.
class JournalBuilder {
public:
    JournalBuilder(const Scenario& scenario, const Market& market)
        : scenario_(scenario), market_(market) {
        journal_.push_back(Journal::next(nullptr, scenario.startDate, command::kCreated,
                                         nlohmann::json({{"scenario", scenario.id},
                                                         {"graine", scenario.seed},
                                                         {"candidat", "Camille Martin"},
                                                         {"empreintes", nlohmann::json::object()}})
                                             .dump()));
        timeline_ = std::make_unique<AttemptTimeline>(scenario, market, journal_,
                                                      cmcsim::test::reference().planRules);
    }
    // Appends a command: the problems of its refusal, none when accepted.
    std::vector<Problem> add(const std::string& kind, const nlohmann::json& payload) {
        const auto entry = Journal::next(&journal_.back(), timeline_->current().simulatedDate(),
                                         kind, payload.dump());
        auto problems = inputProblems([&] { timeline_->append(entry); });
        if (problems.empty()) journal_.push_back(entry);
        return problems;
    }
    const AttemptState& state() const { return timeline_->current(); }
    const std::vector<JournalEntry>& journal() const { return journal_; }
    std::int64_t last() const { return journal_.back().sequence; }

private:
    const Scenario& scenario_;
    const Market& market_;
    std::vector<JournalEntry> journal_;
    std::unique_ptr<AttemptTimeline> timeline_;
};

}  // namespace cmcsim::test
