#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"

namespace cmcsim {

// One rule a collective agreement (IDCC) sets for health or provident cover, with its figure,
// its Alsace-Moselle variant, its period, whether the accord is extended and its public source
// (a row of datasets/exigences_branches.csv; docs/compliance.md lists them).
struct BranchRule {
    // What the rule requires. Health figures are monthly, per employee, taxes included; provident
    // figures are % of the category's T1 (pay up to the PASS) or T2 (1 to 8 PASS) payroll.
    enum class Kind {
        EmployerPctOfContribution,  // employer ≥ value % of each class's contribution
        EmployerPctOfSingleRate,    // employer ≥ value % of the isolé (employee's own) rate
        EmployerPctPmss,            // employer ≥ value % of the PMSS
        EmployerEuros,              // employer ≥ value € a month
        EmployeeMaxPctPmss,         // employee ≤ value % of the PMSS
        EmployeeMaxEuros,           // employee ≤ value € a month
        ChildrenMandatory,          // children covered compulsorily (spouse may be optional)
        FamilyMandatory,            // every dependant covered compulsorily
        SocialActionPct,            // value % of the premium to social action (HDS, CSS R912-1)
        MinimumGuarantees,          // item-by-item minimum guarantees: compared by hand
        NoBranchScheme,             // no branch scheme: the legal rules alone apply
        ProvidentRateT1,            // total provident rate ≥ value % of T1
        ProvidentRateT2,            // total provident rate ≥ value % of T2
        ProvidentEmployerT1,        // employer provident rate ≥ value % of T1
        ProvidentEmployerT2,        // employer provident rate ≥ value % of T2
        ProvidentEmployerPct,       // employer ≥ value % of the provident contribution
        ToCheck                     // not researched: `detail` says why
    };

    std::string idcc;        // four digits, "1979"
    std::string domain;      // sante | prevoyance
    std::string population;  // ensemble | cadres | non_cadres
    Kind kind = Kind::ToCheck;
    double value = 0;                     // unit as `kind` says; 0 when none
    std::optional<double> alsaceMoselle;  // the Alsace-Moselle figure, if the accord has one
    Date from;                            // first day in force
    std::optional<Date> until;            // last day in force; none = still in force
    bool extended = true;                 // binds every employer of the branch
    std::string detail;                   // precision, or why it is to be checked
    std::string source;                   // the accord, its date and its extension
    std::string confidence;               // H, M, L or ⚠

    bool inForce(Date date) const { return from <= date && (!until || date <= *until); }
    // The figure that applies: the Alsace-Moselle one when the company is under the régime local.
    double figure(bool alsaceMoselleCompany) const {
        return alsaceMoselleCompany && alsaceMoselle ? *alsaceMoselle : value;
    }
    // The rule in French for the candidate, e.g. "part patronale d'au moins 0,90 % PMSS
    // (36,05 € par mois)"; `pmss` > 0 adds the euro figure. The diagnosis, the compliance report
    // and the studies all use this one text.
    std::string describe(bool alsaceMoselleCompany, double pmss = 0) const;
    // "santé" / "prévoyance", and the population ("tout le personnel", "cadres", "non-cadres").
    std::string domainLabel() const;
    std::string populationLabel() const;
    // `pct` % of the PMSS in euros, rounded to the cent as the accords publish it
    // (0,90 % of 4 005 € = 36,05 €).
    static double pmssEuros(double pct, double pmss);
    // A percentage as the accords write it: "60 %", "0,90 %", "0,372 %".
    static std::string percent(double value);
    // "depuis le 01/07/2022" or "du 01/01/2011 au 31/12/2021".
    std::string period() const;
    // The accord's scope: "accord étendu" or who it binds when not extended.
    std::string scope() const;
};

// The branch requirements of every researched collective agreement
// (datasets/exigences_branches.csv), validated row by row on load.
class BranchRequirements {
public:
    // Throws InputError with the file, line and column of a malformed row.
    static BranchRequirements load(const std::filesystem::path& datasets);
    static BranchRequirements parse(const std::string& csv, const std::string& displayName);

    const std::vector<BranchRule>& rules() const { return rules_; }
    // The rules of an agreement in force on `date`, in file order.
    std::vector<const BranchRule*> inForce(const std::string& idcc, Date date) const;
    // Whether the table has any row, in force or not, for the agreement.
    bool knows(const std::string& idcc) const;

private:
    std::vector<BranchRule> rules_;
};

}  // namespace cmcsim
