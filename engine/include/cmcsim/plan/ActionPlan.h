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

class JsonReader;
struct ActionCostModel;

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
// What one contact of the kind is, plural ("appels", "lettres", "visiteurs" …).
const char* actionContactNoun(ActionKind kind);

// An objective of the candidate for one week (or a whole month when `week` is 0 and `month`
// is set): new contracts signed and annual premiums signed (euros).
struct PlanObjective {
    int week = 0;   // 1..durationWeeks, 0 for a monthly objective
    int month = 0;  // 1..12 for a monthly objective, 0 otherwise
    std::int64_t newContracts = 0;
    double premiumsEur = 0;
    std::int64_t dailyCalls = 0;  // the daily call objective the candidate sets for that week

    // {"semaine", "mois", "nouveaux_contrats", "primes_eur", "appels_jour"}
    // (docs/attempt-format.md).
    nlohmann::json toJson() const;
    static PlanObjective fromJson(const JsonReader& reader);
};

// A target of the plan: one of the candidate's segments (AttemptState::segments) with a priority.
struct PlanTarget {
    std::string segmentId;
    int priority = 1;  // 1 highest

    nlohmann::json toJson() const;  // {"segment", "priorite"}
    static PlanTarget fromJson(const JsonReader& reader);
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

    // {"id", "type", "segment", "sirets" (14-digit strings), "prescripteur", "semaine_debut",
    //  "semaine_fin", "heures_semaine", "budget_eur", "contacts_semaine", "rendement_attendu",
    //  "description"}; fields' bounds and problems as docs/attempt-format.md says.
    nlohmann::json toJson() const;
    static PlannedAction fromJson(const JsonReader& reader);
    bool runsIn(int week) const { return week >= firstWeek && week <= lastWeek; }
    int weeks() const { return lastWeek - firstWeek + 1; }
};

// The whole plan: what the journal's plan commands built, at one entry of the journal.
struct ActionPlan {
    std::vector<PlanObjective> objectives;
    std::vector<PlanTarget> targets;
    std::vector<PlannedAction> actions;
    double weeklyCapacityHours = 35;  // the candidate's commercial hours per week

    const PlannedAction* action(const std::string& id) const;
    // The objective of a week (month 0) or of a month (week 0), or null.
    const PlanObjective* objective(int week, int month) const;
    const PlanTarget* target(const std::string& segmentId) const;
    // Hours planned in `week`: the sum of hoursPerWeek of the actions running that week.
    double plannedHours(int week) const;
    double totalBudgetEur() const;
    // The same by the cost model (datasets/couts_actions.csv), what the weeks charge: hours in
    // `week` and the total budget of the actions.
    double modelledHours(int week, const ActionCostModel& costs) const;
    double modelledBudgetEur(const ActionCostModel& costs) const;
    bool empty() const { return objectives.empty() && targets.empty() && actions.empty(); }

    // Changes as the journal's plan commands make them (AttemptState validates them first):
    // an objective, target or action replaces the one of the same week/month, segment or id,
    // else is added (objectives kept by month then week, targets by priority, actions in order
    // of addition); removing an absent one returns false.
    void setObjective(const PlanObjective& objective);
    void setTarget(const PlanTarget& target);
    bool removeTarget(const std::string& segmentId);
    void putAction(const PlannedAction& action);
    bool removeAction(const std::string& id);

    // {"capacite_heures_semaine", "objectifs", "cibles", "actions"} (docs/attempt-format.md).
    nlohmann::json toJson() const;
    // Reads a plan; wrong fields are reported in `problems` with their JSON path.
    static ActionPlan fromJson(const nlohmann::json& json, std::vector<Problem>& problems);
};

}  // namespace cmcsim
