#include <gtest/gtest.h>

#include "cmcsim/offer/DependantsFinancing.h"
#include "cmcsim/offer/OfferQuote.h"

using namespace cmcsim;

namespace {

RateClassPrice rateClass(const char* name, double members, double employerMonthly) {
    RateClassPrice c;
    c.name = name;
    c.members = members;
    c.employerMonthly = employerMonthly;
    return c;
}

// Case O1's rates (cases README): isolé employer 19,09 €, famille employer 57,31 €; 12 employees,
// of whom 5 in the famille class, 3 of them with children.
HealthQuote singleFamily() {
    HealthQuote q;
    q.structure = RateStructure::SingleFamily;
    q.employees = 12;
    q.group.withChildren = 3;
    q.classes = {rateClass("Isolé", 7, 19.09), rateClass("Famille", 5, 57.31)};
    return q;
}

TEST(DependantsFinancing, OptionalDependantsCountWhatTheEmployerPaysAboveTheEmployeeAlone) {
    // 5 × (57,31 − 19,09) × 12 = 2 293,20 € a year; per family-class member 458,64 € (case O1).
    EXPECT_NEAR(DependantsFinancing::employerOptionalAnnual(singleFamily(), Dependants::Optional),
                2293.20, 1e-6);
}

TEST(DependantsFinancing, MandatoryDependantsAndUniformRatesHaveNoOptionalPart) {
    EXPECT_EQ(DependantsFinancing::employerOptionalAnnual(singleFamily(), Dependants::Mandatory),
              0.0);
    auto uniform = singleFamily();
    uniform.structure = RateStructure::Uniform;
    uniform.classes = {rateClass("Cotisation unique", 12, 40.0)};
    EXPECT_EQ(DependantsFinancing::employerOptionalAnnual(uniform, Dependants::Optional), 0.0);
}

TEST(DependantsFinancing, WithChildrenMandatoryOnlyCouplesWithoutChildrenAreOptional) {
    // Isolé/famille: 5 famille members, 3 with children (mandatory) → 2 × 38,22 × 12 = 917,28 €.
    EXPECT_NEAR(
        DependantsFinancing::employerOptionalAnnual(singleFamily(), Dependants::ChildrenMandatory),
        917.28, 1e-6);
    // Isolé/duo/famille: the duo class (spouse only) is optional, the famille class is not:
    // 2 × (40 − 19,09) × 12 = 501,84 €.
    HealthQuote q = singleFamily();
    q.structure = RateStructure::SingleDuoFamily;
    q.classes = {rateClass("Isolé", 7, 19.09), rateClass("Duo", 2, 40.0),
                 rateClass("Famille", 3, 57.31)};
    EXPECT_NEAR(DependantsFinancing::employerOptionalAnnual(q, Dependants::ChildrenMandatory),
                501.84, 1e-6);
    // All optional: 501,84 + 3 × 38,22 × 12 = 1 877,76 €.
    EXPECT_NEAR(DependantsFinancing::employerOptionalAnnual(q, Dependants::Optional), 1877.76,
                1e-6);
}

TEST(DependantsFinancing, AdultChildCountsSpousesAndOptionalChildren) {
    // 12 employees, 14 adults (2 spouses) at 20 € employer, 4 children at 8 €:
    // spouses 2 × 20 × 12 = 480 €; children 4 × 8 × 12 = 384 €.
    HealthQuote q;
    q.structure = RateStructure::AdultChild;
    q.employees = 12;
    q.classes = {rateClass("Adulte", 14, 20.0), rateClass("Enfant", 4, 8.0)};
    EXPECT_NEAR(DependantsFinancing::employerOptionalAnnual(q, Dependants::Optional), 864.0, 1e-6);
    EXPECT_NEAR(DependantsFinancing::employerOptionalAnnual(q, Dependants::ChildrenMandatory),
                480.0, 1e-6);
}

}  // namespace
