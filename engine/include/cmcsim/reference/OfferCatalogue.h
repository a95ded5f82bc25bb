#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/reference/BranchRequirements.h"

namespace cmcsim {

// A care item (poste de soins) with its Sécurité sociale base and rate, its mean cost and how
// often men of each age band use it (datasets/postes_soins.csv).
struct CareItem {
    std::string id;
    std::string label;
    std::string group;
    double baseEur = 0;           // base de remboursement (BR) per act; 0 when none
    double amoRate = 0;           // Sécurité sociale rate on the BR, 0..1
    double meanCostEur = 0;       // mean actual cost per act
    double costVariation = 0;     // coefficient of variation of that cost
    double patientChargeEur = 0;  // participation or franchise a responsible contract may not cover
    std::array<double, 8> frequencyMen{};  // acts per person per year: 0-17, 18-29, 30-39, … 80+
    double womenFactor = 1;  // women's frequency relative to men's, from 18 (girls as boys)
    // Sécurité sociale rate on the BR once the régime local d'Alsace-Moselle is added (CSS
    // D911-1-1; datasets/regime_local.csv, domain-facts J.1), 0..1; amoRate when it adds nothing.
    double localSchemeRate = 0;
};

// How a product covers one care item.
struct Guarantee {
    enum class Kind { PercentOfBase, PerAct, PerYear, ActualCost, CoPayment, None };
    Kind kind = Kind::None;
    double value = 0;         // % of BR including AMO, or € per act / per year
    double annualCapEur = 0;  // 0 = none
};

// A health product: a guarantee per care item (datasets/catalogue_sante.csv).
struct HealthProduct {
    std::string id, label, owner;                 // owner: mutuelle | marche
    int level = 0;                                // 1..4; 0 = option on top of a base product
    std::map<std::string, Guarantee> guarantees;  // by care item id
};

// One guarantee of a provident product (datasets/catalogue_prevoyance.csv).
struct ProvidentGuarantee {
    std::string kind;  // deces_capital | deces_double_effet | rente_education | incapacite_ij |
                       // invalidite_rente
    double value = 0;  // % of salary (capital, annuity, daily allowance incl. Sécurité sociale)
    int waitingDays = 0;
};

// Contractual provident rates: fractions of the T1 (pay up to the PASS) and T2 (1 to 8 PASS)
// payrolls, split by guarantee (datasets/tarifs_prevoyance.csv, or an offer's `taux`).
struct ContractualRates {
    double deathT1 = 0, deathT2 = 0;
    double incapacityT1 = 0, incapacityT2 = 0;
    double disabilityT1 = 0, disabilityT2 = 0;
    double t1() const { return deathT1 + incapacityT1 + disabilityT1; }
    double t2() const { return deathT2 + incapacityT2 + disabilityT2; }
};

// A provident product.
struct ProvidentProduct {
    std::string id, label, owner;
    std::vector<ProvidentGuarantee> guarantees;
    // Sold at a fixed rate of T1/T2 (the cadres' 1,50 % of T1) rather than priced from a census.
    std::optional<ContractualRates> rates;
    double value(const std::string& kind) const;  // 0 when absent
    int waitingDays() const;
};

// Annual provident risk rates by age band of the census (datasets/tables_prevoyance.csv).
struct ProvidentRates {
    std::array<double, 6> deathMen{}, deathWomen{}, sickLeaveMen{}, sickLeaveWomen{}, disability{};
    std::array<double, 6> sickLeaveDays{};
};

// A service attached to an offer, with its monthly cost per employee (datasets/services.csv).
struct OfferService {
    std::string id, label, description;
    double monthlyCostEur = 0;
};

// Yearly growth of complementary health costs, to index the care items' costs from their base
// year to a scenario's year (datasets/inflation_medicale.csv).
struct MedicalInflation {
    int baseYear = 2023;          // the year of the care items' costs (DREES calibration)
    std::map<int, double> rates;  // year → growth from the previous year, fractions
    double beyond = 0.045;        // growth for years after the last of the table ⚠
    // Factor from the base year to `year` (1 at the base year; years before it are deflated).
    double index(int year) const;
};

// The products, care items, provident tables and services offers are built from.
struct OfferCatalogue {
    MedicalInflation inflation;
    std::vector<CareItem> careItems;
    std::vector<HealthProduct> health;
    std::vector<ProvidentProduct> provident;
    ProvidentRates providentRates;
    std::vector<OfferService> services;
    BranchRequirements branches;  // datasets/exigences_branches.csv

    static OfferCatalogue load(const std::filesystem::path& datasets);
    const HealthProduct* healthProduct(const std::string& id) const;
    const ProvidentProduct* providentProduct(const std::string& id) const;
    const OfferService* service(const std::string& id) const;
    // The generic market product of a level, standing for a company's current contract.
    const HealthProduct* marketHealth(int level) const;
};

}  // namespace cmcsim
