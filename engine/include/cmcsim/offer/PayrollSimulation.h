#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/Money.h"

namespace cmcsim {

class RegulatoryParameters;

// One employee's contributions to collective health and provident cover, over a year.
struct ContributionSplit {
    int year = 2026;
    Money grossPay;        // annual gross pay subject to contributions
    Money employerHealth;  // annual amounts
    Money employeeHealth;
    Money employerProvident;
    Money employeeProvident;
    std::optional<Money> employerDeath;  // the part of employerProvident financing death cover
    int headcount = 11;                  // the company's, for the forfait social threshold
    bool cadre = false;
    double marginalTaxRate = 0.11;  // the employee's, to value the gain (⚠ default: first bracket)
};

// One figure of the simulation with its legal reference.
struct PayrollFigure {
    std::string id;     // stable key for JSON
    std::string label;  // French
    Money amount;
    std::string reference;
};

// A rule the contributions must meet, with its verdict.
struct PayrollCheck {
    std::string label;
    bool met = false;
    std::string detail;
    std::string reference;
};

// The social and fiscal treatment of one employee's contributions at the year's parameters:
// exemption limit and excess, forfait social, CSG/CRDS, taxable add-back, deductible share and
// its limit, employer cost, employee cost and the gain against an individual contract.
struct PayrollSimulation {
    ContributionSplit input;
    std::vector<PayrollFigure> figures;
    std::vector<PayrollCheck> checks;

    static PayrollSimulation compute(const ContributionSplit& split,
                                     const RegulatoryParameters& regulation);
    Money figure(const std::string& id) const;  // throws std::out_of_range for an unknown id
};

}  // namespace cmcsim
