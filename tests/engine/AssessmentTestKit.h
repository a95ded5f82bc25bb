#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "TestFiles.h"
#include "TestMarkets.h"
#include "cmcsim/assess/Assessment.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/MarketGenerator.h"

namespace cmcsim::test {

// The minimal scenario with studies to buy (territory, branch, competitors), an excluded segment
// (NAF section Q, health and social work) beside its priority one (companies of 0-9), a larger
// budget and 10 analysis days.
inline const Scenario& assessmentScenario() {
    static const Scenario scenario = [] {
        auto json = nlohmann::json::parse(readFile(fixturePath("scenarios/minimal.json")));
        json["id"] = "minimal-evaluation";
        auto& policy = json["mutuelle"]["policy"];
        policy["excluded_segments"] = {{{"label", "Santé et action sociale"}, {"sections", {"Q"}}}};
        policy["budget_eur"] = 10000;
        policy["analysis_days"] = 10;
        json["studies"] = {{{"id", "territoire"},
                            {"kind", "statistiques_territoire"},
                            {"title", "Territoire"},
                            {"description", "Statistiques"},
                            {"cost_eur", 100},
                            {"days", 0.5}},
                           {{"id", "branches"},
                            {"kind", "donnees_branche"},
                            {"title", "Branches"},
                            {"description", "Branches"},
                            {"cost_eur", 100},
                            {"days", 0.5}},
                           {{"id", "veille"},
                            {"kind", "veille_concurrentielle"},
                            {"title", "Veille"},
                            {"description", "Concurrents"},
                            {"cost_eur", 100},
                            {"days", 0.5}}};
        return ScenarioLoader(reference()).fromText(json.dump(), "minimal-evaluation");
    }();
    return scenario;
}

inline const Market& assessmentMarket() {
    static const Market market = MarketGenerator(reference(), assessmentScenario()).generate();
    return market;
}

// An attempt written as a journal in memory (what AttemptSession would store), assessed by one
// registered assessor with thresholds chosen by the test.
class ScriptedAttempt {
public:
    explicit ScriptedAttempt(const Scenario& scenario = assessmentScenario(),
                             const Market& market = assessmentMarket())
        : scenario_(scenario), market_(market) {
        add(command::kCreated,
            {{"scenario", scenario.id}, {"empreintes", nlohmann::json::object()}});
    }

    // Appends a command; returns its sequence number.
    std::int64_t add(const std::string& kind, const nlohmann::json& payload) {
        JournalEntry e;
        e.sequence = static_cast<std::int64_t>(journal_.size()) + 1;
        e.kind = kind;
        e.payload = payload.dump();
        journal_.push_back(e);
        return e.sequence;
    }
    std::int64_t verify(std::uint32_t line) { return add(command::kVerify, {{"ligne", line}}); }
    std::int64_t flag(std::uint32_t line, const std::string& kind) {
        return add(command::kFlag, {{"ligne", line}, {"anomalie", kind}, {"motif", "test"}});
    }
    std::int64_t buy(const std::string& study) {
        return add(command::kBuyStudy, {{"etude", study}});
    }
    std::int64_t segment(const std::string& id, const nlohmann::json& filter,
                         const std::string& qualification, std::int64_t establishments,
                         double potential) {
        return add(command::kSaveSegment, {{"id", id},
                                           {"nom", id},
                                           {"filtre", filter},
                                           {"qualification", qualification},
                                           {"etablissements", establishments},
                                           {"salaries", 0},
                                           {"potentiel_eur", potential},
                                           {"conversion", 0.1}});
    }

    IndicatorResult assess(const std::string& assessor,
                           const std::map<std::string, double>& thresholds) const {
        const auto state =
            AttemptState::replay(scenario_, market_, journal_, cmcsim::test::reference().planRules);
        const AssessmentContext context{scenario_, market_, reference(), journal_, state};
        return AssessorRegistry::all().at(assessor).assess(context, AssessorThresholds(thresholds),
                                                           "B0.1", "B0.1.1");
    }

    const std::vector<JournalEntry>& journal() const { return journal_; }
    const Market& market() const { return market_; }

private:
    const Scenario& scenario_;
    const Market& market_;
    std::vector<JournalEntry> journal_;
};

// The thresholds of datasets/seuils_evaluation.csv for `assessor`, with some replaced.
inline std::map<std::string, double> thresholdsOf(
    const std::string& assessor, const std::map<std::string, double>& changes = {}) {
    std::map<std::string, double> values;
    const auto t = reference().framework.thresholdsOf(assessor);
    for (const auto& name : AssessorRegistry::all().at(assessor).thresholds)
        values[name] = t.at(name);
    for (const auto& [name, value] : changes) values[name] = value;
    return values;
}

// The figure of the evidence labelled `label` ("" when none).
inline std::string figure(const IndicatorResult& result, const std::string& label) {
    for (const auto& e : result.evidence)
        if (e.label == label) return e.value;
    return {};
}

}  // namespace cmcsim::test
