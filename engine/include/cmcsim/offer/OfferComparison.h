#pragma once

#include <array>
#include <string>
#include <vector>

#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/OfferCatalogue.h"

namespace cmcsim {

struct OfferCatalogue;

// The proposed offer against the company's current contract: guarantees side by side, price,
// and a three-year projection with medical inflation.
struct OfferComparison {
    struct Line {
        std::string item, current, proposed;
    };
    std::vector<Line> guarantees;
    double currentMonthlyPerEmployee = 0, proposedMonthlyPerEmployee = 0;
    double currentAnnual = 0, proposedAnnual = 0;
    // Annual expected benefits per employee, dependants covered included (the definition of
    // HealthQuote::expectedBenefitsPerEmployee; the name is kept for the report's readers).
    double proposedExpectedBenefitsPerPerson = 0, currentExpectedBenefitsPerPerson = 0;
    std::array<double, 3> currentProjection{},
        proposedProjection{};  // annual premium, years 1 to 3
    double medicalInflation = 0;

    static OfferComparison compare(const Diagnosis& diagnosis, const Offer& offer,
                                   const OfferQuote& quote, const OfferCatalogue& catalogue,
                                   const PricingAssumptions& assumptions);
    static std::string describe(const CareItem& item, const Guarantee& guarantee);
};

}  // namespace cmcsim
