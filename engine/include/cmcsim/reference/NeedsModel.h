#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "cmcsim/reference/CsvTable.h"

// The parameters of each company's hidden needs (issue 12 §1), read from
// datasets/besoins_entreprises.csv: docs/simulation.md, "Les besoins des entreprises", gives each
// with its source (domain-facts E, F, H, J.3, J.4, J.7; most are modelling assumptions, ⚠).
namespace cmcsim {

// The decision makers' roles, the signer's first (datasets use these codes).
inline constexpr std::array<std::string_view, 5> kDecisionRoles = {"dirigeant", "drh", "cse",
                                                                   "expert_comptable", "courtier"};
// Index of `role` in kDecisionRoles, or -1.
int decisionRoleIndex(std::string_view role);

// What employees may value (CoverPriorities' fields, in that order).
inline constexpr std::array<std::string_view, 6> kPriorityItems = {
    "optique", "dentaire", "hopital", "medecines_douces", "services", "ayants_droit"};
// What a priority depends on: a constant, a share of the census, or the company's size.
inline constexpr std::array<std::string_view, 8> kPriorityFactors = {
    "base",      // 1
    "enfants",   // share of employees with children (monoparental, famille)
    "familles",  // share with dependants (couple, monoparental, famille)
    "seniors",   // share aged 45 and over
    "jeunes",    // share under 35
    "femmes",    // share of women
    "cadres",    // share of cadres
    "grande"};   // 1 from 50 employees, else 0
// What makes a company dissatisfied with its insurer (the `insatisfaction_<driver>` rows).
inline constexpr std::array<std::string_view, 5> kDissatisfactionDrivers = {
    "service", "prix", "optique", "dentaire", "hopital"};

// A dissatisfaction a company may have with its current insurer.
struct DissatisfactionKind {
    std::string code;        // delais_remboursement …
    std::string label;       // French, as the evaluator reads it
    std::size_t driver = 0;  // index in kDissatisfactionDrivers
    double weight = 0;       // probability per unit of the driver (0..1)
};

// Every parameter of datasets/besoins_entreprises.csv, validated (ranges in NeedsModel.cpp).
struct NeedsModel {
    // By company size band (SizeBands::companyBandKeys order).
    using ByBand = std::array<double, 8>;
    ByBand hrPresence{}, csePresence{}, ownerWeight{}, priceSensitivity{}, providentInterest{},
        pendingDue{};
    // By role (kDecisionRoles order; the dirigeant's weight is ownerWeight).
    std::array<double, 5> roleWeight{}, prescriberPresence{};
    std::array<int, 5> objectionsMin{}, objectionsMax{};
    double influenceSpread = 0;
    // Budget and price.
    double employerShare = 0.61, marketPremiumEur = 74, expectedRise = 0, budgetRatio = 1,
           budgetSpread = 0, budgetSensitivity = 0, sensitivitySpread = 0, sensitivityPremium = 0;
    // Priorities: [item][factor] weights, and the spread around the model.
    std::array<std::array<double, kPriorityFactors.size()>, kPriorityItems.size()> priorities{};
    double prioritySpread = 0;
    // Wanted level.
    int levelWithoutContract = 2;
    double levelNeutralPriority = 0.4, levelPriorities = 0, levelSensitivity = 0;
    // Provident, DUE.
    double providentCadresUncovered = 0, dueUncovered = 0;
    // Decision calendar (weeks).
    int noticeMonths = 2, decisionWeeksMin = 2, decisionWeeksMax = 10, minimumLeadWeeks = 4,
        openWeeksMin = 4, openWeeksMax = 20;
    double riaShare = 0;
    // The thresholds of objections_rdv.csv's conditions satisfait, insatisfait, sensible_prix.
    double satisfiedFrom = 0.6, dissatisfiedBelow = 0.5, priceSensitiveFrom = 0.5;
    std::vector<DissatisfactionKind> dissatisfactions;

    // The dissatisfaction of `code`, or null.
    const DissatisfactionKind* dissatisfaction(std::string_view code) const;

    // Reads datasets/besoins_entreprises.csv; a wrong cell is an InputError with its line and
    // column (an unknown parameter, segment or role, a value out of range, a missing parameter
    // or band, a row without source).
    static NeedsModel load(const std::filesystem::path& datasets);
    static NeedsModel from(const CsvTable& table);
};

}  // namespace cmcsim
