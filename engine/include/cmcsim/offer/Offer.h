#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/core/InputError.h"

namespace cmcsim {

struct OfferCatalogue;

// How contributions vary with the family of the insured employee.
enum class RateStructure { SingleFamily, SingleDuoFamily, AdultChild, Uniform };

// Which dependants the contract covers compulsorily (`ayants_droit`): none (they may join), the
// children only (the spouse may join), or all of them.
enum class Dependants { Optional, ChildrenMandatory, Mandatory };

// The health part of an offer for one category of employees.
struct HealthTerms {
    std::string product;
    std::vector<std::string> options;
    RateStructure structure = RateStructure::SingleFamily;
    bool ratesInPmss = false;    // rates expressed in % of the PMSS instead of euros
    double employerShare = 0.5;  // of the contribution of each class, 0..1
    Dependants dependants = Dependants::Optional;
    bool allDependantsMandatory() const { return dependants == Dependants::Mandatory; }
};

// The provident part of an offer for one category.
struct ProvidentTerms {
    std::string product;
    double employerShare = 1.0;
};

// An objective category of employees (all staff, cadres, non-cadres) and what it is offered.
struct OfferCategory {
    std::string category;  // ensemble | cadres | non_cadres
    std::optional<HealthTerms> health;
    std::optional<ProvidentTerms> provident;
};

// A collective offer to a company (docs/offer-format.md).
struct Offer {
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
};

}  // namespace cmcsim
