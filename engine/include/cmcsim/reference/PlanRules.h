#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace cmcsim {

// One check of the candidate's action plan (datasets/regles_plan.csv, docs/simulation.md "Les
// contrôles du plan"): whether it runs, its threshold and the French warning it gives.
struct PlanRule {
    std::string id;  // capacite_semaine | budget | segment_exclu | prioritaire_sans_action |
                     // objectifs_inferieurs | action_hors_semaines | cible_sans_action |
                     // ecart_modele | plafond_contacts | capacite_max_legale
    bool active = true;
    double threshold = 0;  // in `unit`; what it means is the rule's description
    std::string unit;
    std::string message;  // fmt text with the rule's named placeholders ("{semaine}")
    std::string description;
};

// The rules of the plan checks, one per rule the engine knows.
struct PlanRules {
    std::vector<PlanRule> rules;

    // The rule `id`; throws std::out_of_range for a rule the file does not hold.
    const PlanRule& rule(const std::string& id) const;
    // The placeholders each rule's message may use (a message naming another is refused).
    static const std::vector<std::pair<std::string, std::vector<std::string>>>& placeholders();
    // The names between braces in a message ("{semaine}"), in order; nullopt when a brace is
    // unmatched or a name is empty.
    static std::optional<std::vector<std::string>> placeholdersIn(const std::string& message);
    // The message with each "{name}" replaced by its value (names without a value kept).
    static std::string fill(const std::string& message,
                            const std::vector<std::pair<std::string, std::string>>& values);
    // Reads datasets/regles_plan.csv; an unknown, repeated or missing rule, a threshold out of
    // 0..100 and a message with an unknown placeholder are InputErrors naming line and column.
    static PlanRules load(const std::filesystem::path& datasets);
};

}  // namespace cmcsim
