#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/InputError.h"

// The candidate's commercial action plan (issue 11, Bloc 2 "plan d'actions commerciales" and
// Bloc 3 "organiser son activité"): objectives, targets and typed actions, as the journal's plan
// commands build it. Shared by engine/plan (the plan, its calendar and checks), engine/sim (the
// weeks that execute it) and the assessors. Weeks are numbered from 1 (the scenario's start
// week) to Scenario::durationWeeks; money is in euros, time in hours.
namespace cmcsim {

// The kinds of actions a plan holds (datasets and journal use the French codes).
enum class ActionKind : std::uint8_t {
    CallSequence,     // sequence_appels: cold or warm calls to a segment or a list of companies
    Mailing,          // publipostage: a letter campaign
    Emailing,         // emailing: an e-mail campaign
    Appointment,      // rendez_vous: appointments with named companies
    TradeShow,        // salon: a stand at a trade show
    PrescriberEvent,  // evenement_prescripteur: an event for accounting firms or brokers
    PortfolioReview   // revue_portefeuille: reviews and renewals of the mutuelle's clients
};
constexpr ActionKind kLastActionKind = ActionKind::PortfolioReview;
const char* actionKindCode(ActionKind kind);   // "sequence_appels" …
const char* actionKindLabel(ActionKind kind);  // "Séquence d'appels" …
std::optional<ActionKind> actionKindFromCode(const std::string& code);

// An objective of the candidate for one week (or a whole month when `week` is 0 and `month`
// is set): new contracts signed and annual premiums signed (euros).
struct PlanObjective {
    int week = 0;   // 1..durationWeeks, 0 for a monthly objective
    int month = 0;  // 1..12 for a monthly objective, 0 otherwise
    std::int64_t newContracts = 0;
    double premiumsEur = 0;
    std::int64_t dailyCalls = 0;  // the daily call objective the candidate sets for that week
};

// A target of the plan: one of the candidate's segments (AttemptState::segments) with a priority.
struct PlanTarget {
    std::string segmentId;
    int priority = 1;  // 1 highest
};

// One action of the plan, executed by the weeks between `firstWeek` and `lastWeek` inclusive.
struct PlannedAction {
    std::string id;  // chosen by the candidate, unique in the plan
    ActionKind kind = ActionKind::CallSequence;
    std::string segmentId;  // the target segment, or empty when `sirets` lists companies
    std::vector<std::uint64_t> sirets;  // named establishments (appointments, reviews)
    std::string prescriberKind;         // expert_comptable | courtier, for prescriber events
    int firstWeek = 1, lastWeek = 1;
    double hoursPerWeek = 0;           // time cost the candidate plans, per week
    double budgetEur = 0;              // total budget of the action
    std::int64_t contactsPerWeek = 0;  // companies contacted per week (calls, mailings …)
    double expectedYield = 0;          // the candidate's expected meetings per contact, 0..1
    std::string description;           // the candidate's words: message, preparation
};

// The whole plan: what the journal's plan commands built, at one entry of the journal.
struct ActionPlan {
    std::vector<PlanObjective> objectives;
    std::vector<PlanTarget> targets;
    std::vector<PlannedAction> actions;
    double weeklyCapacityHours = 35;  // the candidate's commercial hours per week

    const PlannedAction* action(const std::string& id) const;
    nlohmann::json toJson() const;
    // Reads a plan; wrong fields are reported in `problems` with their JSON path.
    static ActionPlan fromJson(const nlohmann::json& json, std::vector<Problem>& problems);
};

}  // namespace cmcsim
