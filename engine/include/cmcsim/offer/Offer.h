#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/OfferCatalogue.h"

namespace cmcsim {

// How contributions vary with the family of the insured employee.
enum class RateStructure { SingleFamily, SingleDuoFamily, AdultChild, Uniform };

// Which dependants the contract covers compulsorily (`ayants_droit`): none (they may join), the
// children only (the spouse may join), or all of them.
enum class Dependants { Optional, ChildrenMandatory, Mandatory };

// How the contribution is expressed (`expression`): euros, % of the PMSS (both priced from the
// census), or a contractual % of each employee's gross salary, with an optional monthly cap (a
// common branch expression, e.g. 2,12 % of salary capped at 62,09 € a month).
enum class Expression { Euros, PctPmss, PctSalary };

// What the employer's share is a share of (`part_employeur_base`): each class's contribution,
// the isolé rate (the dependants' surcharge is paid by the employee), or a fixed € per month.
enum class EmployerBasis { EachClass, SingleRate, EurosPerMonth };

// The health part of an offer for one category of employees.
struct HealthTerms {
    std::string product;
    std::vector<std::string> options;
    RateStructure structure = RateStructure::SingleFamily;
    bool ratesInPmss = false;  // rates expressed in % of the PMSS instead of euros
    Expression expression = Expression::Euros;
    double salaryRate = 0;        // PctSalary: fraction of gross monthly salary, 0..0.2
    double salaryCapMonthly = 0;  // PctSalary: monthly cap in euros; 0 = none
    // EachClass and SingleRate: 0..1; EurosPerMonth: euros a month per employee (at most the
    // contribution of the employee's class).
    double employerShare = 0.5;
    EmployerBasis employerBasis = EmployerBasis::EachClass;
    double employerMonthlyEur = 0;  // EurosPerMonth only
    Dependants dependants = Dependants::Optional;
    bool allDependantsMandatory() const { return dependants == Dependants::Mandatory; }
    bool childrenMandatory() const { return dependants != Dependants::Optional; }
};

// The provident part of an offer for one category: priced from the census, or at contractual
// rates (the offer's own `taux`, or the product's own, like the cadres' 1,50 % of T1).
struct ProvidentTerms {
    ProvidentTerms() = default;
    ProvidentTerms(std::string productId, double share,
                   std::optional<ContractualRates> contractual = std::nullopt)
        : product(std::move(productId)), employerShare(share), rates(contractual) {}
    std::string product;
    double employerShare = 1.0;
    std::optional<ContractualRates> rates;  // the offer's contractual rates, if any
};

// An objective category of employees (all staff, cadres, non-cadres) and what it is offered.
struct OfferCategory {
    std::string category;  // ensemble | cadres | non_cadres
    std::optional<HealthTerms> health;
    std::optional<ProvidentTerms> provident;
};

// The provident product that implements the cadres' obligation: one sold at the fixed 1,50 % of
// T1 and nothing on T2 (datasets/tarifs_prevoyance.csv: prev_cadres_150), the employer's
// contribution of art. 7 of the CCN of 14 March 1947, taken over by the ANI of 17 November 2017
// (domain-facts D.1), whose beneficiaries are the cadres and assimilated staff only.
bool isCadresProvident(const ProvidentProduct& product);

// A collective offer to a company (docs/offer-format.md).
struct Offer {
    // The years an effective date may have: those the regulatory parameters may cover
    // (datasets/parametres_reglementaires.csv); earlier, the branch rules and levies in force
    // would be silently skipped. Outside, `fromJson` refuses the date at `$.date_effet`.
    static constexpr int kFirstEffectiveYear = 2000;
    static constexpr int kLastEffectiveYear = 2100;
    std::string title;
    Date effectiveDate;
    std::vector<OfferCategory> categories;
    std::vector<std::string> services;
    double commissionRate = 0;         // broker commission on the premium, 0..0.2
    std::string needsAndRequirements;  // the candidate's written needs and requirements (DDA)

    // Reads and validates an offer against the catalogue; every problem with its JSON path.
    static Offer fromJson(const std::string& text, const std::string& sourceName,
                          const OfferCatalogue& catalogue);
    static const char* structureCode(RateStructure structure);
    // "tout le personnel", "cadres" or "non-cadres" for a category code.
    static const char* categoryLabel(const std::string& category);
    // "Ensemble du personnel", "Cadres" or "Non-cadres": the category as a heading.
    static const char* categoryTitle(const std::string& category);
};

}  // namespace cmcsim
