#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/Money.h"

namespace cmcsim {

class RegulatoryParameters;

// One employee's contributions to collective health and provident cover, over a year.
struct ContributionSplit {
    int year = 2026;  // of the parameters (PASS, rates): the scenario's
    // The year the contributions are due for (the offer's effective date; 0: `year`): the
    // insurers' contribution exceptionnelle of the LFSS 2026 is due on 2026 contributions only.
    int contractYear = 0;
    Money grossPay;        // annual gross pay subject to contributions
    Money employerHealth;  // annual amounts, taxes included
    Money employeeHealth;
    // The part of employerHealth financing the cover of dependants who join optionally (the
    // employer's money above what it pays for the employee's own mandatory cover): not excluded
    // from the social base (URSSAF, « Les bénéficiaires des contributions et garanties »).
    Money employerHealthOptional;
    // The part of employerHealth paying services outside the insurance premium (no TSA in it).
    Money employerServices;
    // A contrat responsable (CSS L871-1): without it, the employer's health share is not excluded
    // from the social base, the employee's is not deductible and the TSA is 20.27 %.
    bool responsible = true;
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
// exemption limit and excess (optional dependants' and non-responsible health financing are
// reintegrated), forfait social, CSG/CRDS, TSA inside the health contributions, taxable add-back,
// deductible share and its limit, employer cost, employee cost and the gain against an individual
// contract. Amounts are rounded to the cent as a payslip does. Rules and their sources:
// docs/pricing.md, "Social and fiscal treatment". Throws std::out_of_range for a year without
// parameters.
struct PayrollSimulation {
    ContributionSplit input;
    std::vector<PayrollFigure> figures;
    std::vector<PayrollCheck> checks;

    static PayrollSimulation compute(const ContributionSplit& split,
                                     const RegulatoryParameters& regulation);
    Money figure(const std::string& id) const;  // throws std::out_of_range for an unknown id
};

}  // namespace cmcsim
