#pragma once

#include <string>

#include "cmcsim/report/Document.h"
#include "cmcsim/scenario/Scenario.h"
#include "cmcsim/sim/Dashboard.h"

namespace cmcsim {

// Who and what a dashboard export is about: the candidate (as entered when the attempt was
// created, may be empty), the scenario and the simulated date of the attempt.
struct DashboardSubject {
    std::string candidate;
    std::string scenarioTitle;
    std::string mutuelle;
    std::string simulatedDate;  // French, "12/01/2026"
};

// The piloting dashboard as a Document (issue 11 §4, the reporting the framework asks for), in
// French with French number formats: a title block with the candidate, the scenario and the
// weeks played (their range and dates), then one section per table of DashboardTables
// (objectives and results by week and cumulated, funnel, activity, conversion by channel and by
// segment, portfolio). With no week played it says so and how to play one. The studio and the
// CLI render the same Document.
struct DashboardDocument {
    static Document build(const Dashboard& dashboard, const DashboardSubject& subject);
};

}  // namespace cmcsim
