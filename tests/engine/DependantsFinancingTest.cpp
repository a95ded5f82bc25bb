#include <gtest/gtest.h>

#include <stdexcept>

#include "TestReference.h"
#include "cmcsim/offer/DependantsFinancing.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/reference/ReferenceData.h"

using namespace cmcsim;
using namespace cmcsim::test;

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

// A 12-employee company like case O1's: 7 single, 5 with a spouse and children, aged 35-44.
CompanyWorkforce o1Workforce() {
    CompanyWorkforce w;
    w.year = 2026;
    w.headcount = 12;
    w.cells = {CensusCell{2, 0, 0, 0, 7, 28000}, CensusCell{2, 1, 0, 3, 5, 28000}};
    return w;
}

OfferQuote quoteO1(Dependants dependants, const char* effective) {
    Offer offer;
    offer.effectiveDate = *Date::parseIso(effective);
    HealthTerms health;
    health.product = "sante_essentiel";
    health.employerShare = 0.55;
    health.dependants = dependants;
    offer.categories.push_back({"ensemble", health, std::nullopt});
    return OfferPricer(reference().offers, reference().regulation).quote(offer, o1Workforce());
}

TEST(DependantsFinancing, ReachesThePayrollTreatmentOfAQuote) {
    const auto optional = quoteO1(Dependants::Optional, "2027-01-01");
    const auto& h = optional.health.at(0);
    const auto& sim = optional.payroll.at(0).second;
    // Per employee: the famille members' employer money above the isolé class, over 12 employees.
    double above = 0;
    for (const auto& c : h.classes)
        if (c.name != "Isolé")
            above += c.members * (c.employerMonthly - h.classes.at(0).employerMonthly) * 12.0;
    ASSERT_GT(above, 0);
    EXPECT_EQ(sim.figure("ayants_droit_facultatifs"), Money::euros(above / h.employees));
    EXPECT_EQ(sim.figure("part_exoneree"),
              sim.figure("contribution_patronale") - sim.figure("ayants_droit_facultatifs"));
    // Mandatory dependants: all of it is exempt.
    const auto mandatory = quoteO1(Dependants::Mandatory, "2027-01-01").payroll.at(0).second;
    EXPECT_THROW(mandatory.figure("ayants_droit_facultatifs"), std::out_of_range);
    EXPECT_EQ(mandatory.figure("part_exoneree"), mandatory.figure("contribution_patronale"));
}

TEST(DependantsFinancing, TheLevyFollowsTheOffersEffectiveYear) {
    // Scenario year 2026 in both; LFSS 2026's contribution exceptionnelle is due on 2026
    // contributions only.
    EXPECT_THROW(quoteO1(Dependants::Mandatory, "2027-01-01")
                     .payroll.at(0)
                     .second.figure("contribution_exceptionnelle"),
                 std::out_of_range);
    EXPECT_GT(quoteO1(Dependants::Mandatory, "2026-07-01")
                  .payroll.at(0)
                  .second.figure("contribution_exceptionnelle")
                  .cents(),
              0);
}

}  // namespace
