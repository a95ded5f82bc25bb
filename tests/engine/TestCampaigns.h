#pragma once

#include <string>
#include <vector>

#include "TestMarkets.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/market/PortfolioBuilder.h"
#include "cmcsim/plan/ActionPlan.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim::test {

// A candidate's segment of the prospect file.
inline Segment segment(const std::string& id, ProspectFilter filter) {
    Segment s;
    s.id = id;
    s.name = "Segment " + id;
    s.filter = std::move(filter);
    return s;
}

// An action of the plan.
inline PlannedAction action(const std::string& id, ActionKind kind, const std::string& segment,
                            int first, int last, double hours, double budget,
                            std::int64_t contacts) {
    PlannedAction a;
    a.id = id;
    a.kind = kind;
    a.segmentId = segment;
    a.firstWeek = first;
    a.lastWeek = last;
    a.hoursPerWeek = hours;
    a.budgetEur = budget;
    a.contactsPerWeek = contacts;
    return a;
}

// A busy plan over `weeks` weeks of the Rouen scenario: calls to hotels and restaurants
// (section I), letters and e-mails to construction (F) and to every line, two prescriber
// events, a trade show and portfolio reviews, 36.5 to 58.5 h a week at the cost model's rates; the
// segments it targets.
inline WeekRun busyWeek(int week, int weeks) {
    ProspectFilter hcr, construction, all;
    hcr.sections = {"I"};
    construction.sections = {"F"};
    WeekRun run;
    run.week = week;
    run.segments = {segment("hcr", hcr), segment("btp", construction), segment("tous", all)};
    run.budgetEur = 40'000;
    run.competitorWatch = true;
    run.portfolioKnown = true;  // the reviews reach the clients only with the extract
    auto& plan = run.plan;
    plan.weeklyCapacityHours = 35;
    plan.actions = {
        action("appels-hcr", ActionKind::CallSequence, "hcr", 1, weeks, 12, 0, 60),
        action("courrier-btp", ActionKind::Mailing, "btp", 1, weeks, 3, 150.0 * weeks, 100),
        action("courriel-tous", ActionKind::Emailing, "tous", 1, weeks, 1, 20.0 * weeks, 400),
        action("experts", ActionKind::PrescriberEvent, "", 3, 4, 6, 1500, 15),
        action("salon", ActionKind::TradeShow, "btp", 10, 10, 8, 3000, 60),
        action("revues", ActionKind::PortfolioReview, "", 1, weeks, 6, 0, 15),
        action("appels-btp", ActionKind::CallSequence, "btp", 1, weeks, 6, 0, 30)};
    plan.actions[3].prescriberKind = "expert_comptable";
    for (int w = 1; w <= weeks; ++w) plan.objectives.push_back({w, 0, 1, 5000, 12});
    return run;
}

// A campaign of the Rouen market with its portfolio.
inline Campaign rouenCampaign() {
    const auto& scenario = rouenScenario();
    return Campaign(scenario, reference(), rouenMarket(),
                    PortfolioBuilder(reference(), scenario, scenario.seed).build(rouenMarket()),
                    scenario.seed);
}

}  // namespace cmcsim::test
