#include <gtest/gtest.h>

#include <stdexcept>

#include "TestReference.h"
#include "cmcsim/offer/PayrollSimulation.h"
#include "cmcsim/reference/RegulatoryParameters.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

Money eur(double amount) {
    return Money::euros(amount);
}

PayrollSimulation simulate(int year, double salary, double eh, double sh, double ep = 0,
                           double sp = 0, int headcount = 20, double optional = 0,
                           bool responsible = true) {
    ContributionSplit split;
    split.year = year;
    split.grossPay = eur(salary);
    split.employerHealth = eur(eh);
    split.employeeHealth = eur(sh);
    split.employerProvident = eur(ep);
    split.employeeProvident = eur(sp);
    split.headcount = headcount;
    split.employerHealthOptional = eur(optional);
    split.responsible = responsible;
    return PayrollSimulation::compute(split, reference().regulation);
}

// One expected figure, computed by hand in the comment beside it.
struct Expected {
    const char* name;
    int year;
    double salary, eh, sh, ep, sp;
    int headcount;
    const char* figure;
    double value;
    double optional = 0;  // employer health financing optional dependants
    bool responsible = true;
};

class PayrollRule : public ::testing::TestWithParam<Expected> {};

TEST_P(PayrollRule, GivesTheHandComputedFigure) {
    const auto& e = GetParam();
    const auto s =
        simulate(e.year, e.salary, e.eh, e.sh, e.ep, e.sp, e.headcount, e.optional, e.responsible);
    EXPECT_EQ(s.figure(e.figure), eur(e.value))
        << e.name << " — " << e.figure << " = " << s.figure(e.figure).french();
}

const Expected kCases[] = {
    // domain-facts B.6 (2026): 30 000 € gross, 70 €/month health split 50/50 = 420 €/yr each, 11+
    // employees.
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "limite_exoneration",
     3333.60},  // min(2 883,60 + 450 ; 5 767,20)
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "part_exoneree", 420.00},
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "excedent_reintegre", 0.00},
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "forfait_social", 33.60},   // 8 % × 420
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "cout_employeur", 453.60},  // 420 + 33,60
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "csg", 38.64},              // 9,2 % × 420
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "crds", 2.10},  // 0,5 % × 420 → with CSG 40,74
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "reintegration_sante",
     420.00},  // employer health share taxable
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "limite_deduction",
     3003.00},  // 5 % × 48 060 + 2 % × 30 000
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "part_deductible", 420.00},  // well inside 3 003
    {"B.6", 2026, 30000, 420, 420, 0, 0, 11, "excedent_imposable", 0.00},
    // 2025 parameters: PASS 47 100 → floor 2 826.
    {"2025 limit", 2025, 30000, 420, 420, 0, 0, 11, "limite_exoneration", 3276.00},  // 2 826 + 450
    {"2025 deduction", 2025, 30000, 420, 420, 0, 0, 11, "limite_deduction",
     2955.00},  // 2 355 + 600
    // The 12 % PASS cap binds from 4 PASS of pay: 400 000 € → min(2 883,60 + 6 000 ; 5 767,20).
    {"cap 2026", 2026, 400000, 2000, 0, 5000, 0, 300, "limite_exoneration", 5767.20},
    {"cap 2026", 2026, 400000, 2000, 0, 5000, 0, 300, "part_exoneree", 5767.20},
    {"cap 2026", 2026, 400000, 2000, 0, 5000, 0, 300, "excedent_reintegre",
     1232.80},  // 7 000 − 5 767,20
    {"cap 2026", 2026, 400000, 2000, 0, 5000, 0, 300, "forfait_social",
     461.38},  // 8 % × 5 767,20 = 461,376
    {"cap 2025", 2025, 400000, 2000, 0, 5000, 0, 300, "limite_exoneration",
     5652.00},  // 12 % × 47 100
    // Deduction cap 2 % × 8 PASS: 2026 7 689,60 ; 2025 7 536.
    {"deduction cap 2026", 2026, 400000, 0, 3000, 6000, 0, 300, "limite_deduction", 7689.60},
    {"deduction cap 2026", 2026, 400000, 0, 3000, 6000, 0, 300, "excedent_imposable",
     1310.40},  // 9 000 − 7 689,60
    {"deduction cap 2025", 2025, 400000, 0, 3000, 6000, 0, 300, "limite_deduction", 7536.00},
    // Low pay: 20 000 € → limit 2 403 + 400 = 2 803; 1 500 + 900 + 600 = 3 000 → 197 taxable.
    {"deduction limit", 2026, 20000, 0, 1500, 600, 900, 50, "part_deductible", 2803.00},
    {"deduction limit", 2026, 20000, 0, 1500, 600, 900, 50, "excedent_imposable", 197.00},
    // Fewer than 11 employees: no forfait social.
    {"TPE", 2026, 30000, 420, 420, 0, 0, 10, "forfait_social", 0.00},
    {"TPE", 2026, 30000, 420, 420, 0, 0, 10, "cout_employeur", 420.00},
    // 2024: PASS 46 368 → floor 2 782,08 + 450.
    {"2024 limit", 2024, 30000, 420, 420, 0, 0, 11, "limite_exoneration", 3232.08},
    // The forfait social threshold (CSS L137-15): 10 employees owe nothing, 11 owe 8 %, both years.
    {"threshold 2025", 2025, 30000, 420, 420, 0, 0, 10, "forfait_social", 0.00},
    {"threshold 2025", 2025, 30000, 420, 420, 0, 0, 11, "forfait_social", 33.60},
    {"threshold 2026", 2026, 30000, 420, 420, 0, 0, 11, "forfait_social", 33.60},
    // CSG 9,2 % (CSS L136-8) and CRDS 0,5 % (ord. 96-50 art. 19) at 2025 parameters too.
    {"CSG 2025", 2025, 30000, 420, 420, 0, 0, 11, "csg", 38.64},
    {"CRDS 2025", 2025, 30000, 420, 420, 0, 0, 11, "crds", 2.10},
    // TSA inside the health contributions (CSS L862-4), responsible: 840 × 13,27 / 113,27 =
    // 98,409 → 98,41; the same in 2025.
    {"TSA 2026", 2026, 30000, 420, 420, 0, 0, 11, "tsa", 98.41},
    {"TSA 2025", 2025, 30000, 420, 420, 0, 0, 11, "tsa", 98.41},
    // Insurers' contribution exceptionnelle (LFSS 2026), 2026 contributions only:
    // 2,05 % × (840 − 98,41) = 15,2026 → 15,20.
    {"levy 2026", 2026, 30000, 420, 420, 0, 0, 11, "contribution_exceptionnelle", 15.20},

    // Case O1 (cases README; URSSAF, « Les bénéficiaires des contributions et garanties »): 12
    // employees, isolé 34,71 € (employer 19,09 €), famille 104,20 € (employer 57,31 €),
    // dependants optional; a family-class employee paid 27 998,08 €: employer 12 × 57,31 =
    // 687,72 €, of which 12 × (57,31 − 19,09) = 458,64 € finances the optional dependants;
    // employee 12 × (104,20 − 57,31) = 562,68 €.
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "ayants_droit_facultatifs", 458.64, 458.64},
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "limite_exoneration", 3303.57,
     458.64},  // 2 883,60 + 1,5 % × 27 998,08 (419,9712 → 419,97)
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "part_exoneree", 229.08,
     458.64},  // 12 × 19,09, well inside the limit
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "excedent_reintegre", 458.64, 458.64},
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "forfait_social", 18.33,
     458.64},  // 8 % × 229,08 = 18,3264; nothing on the reintegrated part
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "cout_employeur", 706.05,
     458.64},  // 687,72 + 18,33
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "csg", 63.27,
     458.64},  // 9,2 % × 687,72 = 63,27024: CSG is due on all of it
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "crds", 3.44, 458.64},  // 0,5 % × 687,72
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "tsa", 146.49,
     458.64},  // 1 250,40 × 13,27 / 113,27 = 146,489
    {"O1", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "part_deductible", 562.68,
     458.64},  // within 2 403 + 2 % × 27 998,08 = 2 962,96
    {"O1 2025", 2025, 27998.08, 687.72, 562.68, 0, 0, 12, "limite_exoneration", 3245.97,
     458.64},  // 2 826 + 419,97
    {"O1 2025", 2025, 27998.08, 687.72, 562.68, 0, 0, 12, "forfait_social", 18.33, 458.64},
    {"O1 10 employees", 2026, 27998.08, 687.72, 562.68, 0, 0, 10, "forfait_social", 0.00, 458.64},
    // The same company with mandatory dependants: all 687,72 € exempt, 8 % = 55,0176 → 55,02.
    {"O1 mandatory", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "part_exoneree", 687.72},
    {"O1 mandatory", 2026, 27998.08, 687.72, 562.68, 0, 0, 12, "forfait_social", 55.02},

    // Case O8: a non-responsible contract (CSS L871-1). 2026, 30 000 €, health 420 € + 420 €,
    // provident 200 € employer + 100 € employee, 20 employees.
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "sante_non_responsable", 420.00, 0, false},
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "part_exoneree", 200.00, 0,
     false},  // only the provident share stays exempt
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "excedent_reintegre", 420.00, 0, false},
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "forfait_social", 16.00, 0,
     false},  // 8 % × 200, none on the reintegrated 420
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "tsa", 141.57, 0,
     false},  // 840 × 20,27 / 120,27 = 141,571
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "contribution_exceptionnelle", 14.32, 0,
     false},  // 2,05 % × (840 − 141,57) = 14,3178
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "sante_non_deductible", 420.00, 0, false},
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "part_deductible", 300.00, 0,
     false},  // 100 employee provident + 200 employer provident; the 420 € of health are not
    {"O8", 2026, 30000, 420, 420, 200, 100, 20, "revenu_imposable_ajoute", 840.00, 0,
     false},  // 420 employer health + 420 non-deductible employee health
    {"O8 2025", 2025, 30000, 420, 420, 200, 100, 20, "tsa", 141.57, 0, false},
    {"O8 2025", 2025, 30000, 420, 420, 200, 100, 20, "part_exoneree", 200.00, 0, false},
    // Optional dependants do not matter once the whole health share is reintegrated.
    {"O8 optional", 2026, 30000, 420, 420, 200, 100, 20, "excedent_reintegre", 420.00, 300, false},
};

INSTANTIATE_TEST_SUITE_P(HandComputed, PayrollRule, ::testing::ValuesIn(kCases));

TEST(PayrollSimulation, GainAgainstAnIndividualContract) {
    // 420 € employer health share − 9,7 % (40,74) − 11 % income tax (46,20) = 333,06 €.
    const auto s = simulate(2026, 30000, 420, 420);
    EXPECT_EQ(s.figure("gain_vs_individuel"), eur(333.06));
}

TEST(PayrollSimulation, EmployerHalfOfHealthIsChecked) {
    const auto half = simulate(2026, 30000, 420, 420);
    ASSERT_EQ(half.checks.size(), 2u);
    EXPECT_TRUE(half.checks[1].met);
    const auto less = simulate(2026, 30000, 400, 440);
    ASSERT_EQ(less.checks.size(), 2u);
    EXPECT_FALSE(less.checks[1].met);
}

TEST(PayrollSimulation, NonResponsibleContractIsSaidWithItsFiguresAndReferences) {
    const auto responsible = simulate(2026, 30000, 420, 420);
    EXPECT_TRUE(responsible.checks[0].met);
    EXPECT_THROW(responsible.figure("sante_non_responsable"), std::out_of_range);
    const auto s = simulate(2026, 30000, 420, 420, 200, 100, 20, 0, false);
    const auto& check = s.checks[0];
    EXPECT_FALSE(check.met);
    for (const char* said : {"non responsable", "420,00 €", "sans forfait social",
                             "non déductibles", "20,27 %", "141,57 €"})
        EXPECT_NE(check.detail.find(said), std::string::npos) << said << " in " << check.detail;
    for (const char* reference : {"L871-1", "L242-1", "L862-4", "83 1° quater"})
        EXPECT_NE(check.reference.find(reference), std::string::npos) << reference;
}

TEST(PayrollSimulation, InsurersLevyIsDueOnTwentyTwentySixContributionsOnly) {
    // LFSS 2026: 2,05 % on 2026 health contributions. None at 2025 parameters; an offer effective
    // on 1 January 2027 priced at 2026 parameters bears none either (the levy is not carried
    // forward, datasets/parametres_reglementaires.csv, column `reconduit`).
    EXPECT_THROW(simulate(2025, 30000, 420, 420).figure("contribution_exceptionnelle"),
                 std::out_of_range);
    EXPECT_EQ(simulate(2026, 30000, 420, 420).figure("contribution_exceptionnelle"), eur(15.20));
    ContributionSplit split;
    split.year = 2026;
    split.contractYear = 2027;
    split.grossPay = eur(30000);
    split.employerHealth = eur(420);
    split.employeeHealth = eur(420);
    const auto later = PayrollSimulation::compute(split, reference().regulation);
    EXPECT_THROW(later.figure("contribution_exceptionnelle"), std::out_of_range);
    EXPECT_EQ(later.figure("tsa"), eur(98.41)) << "the TSA stays";
    split.contractYear = 2019;  // before the table: no levy, no error
    EXPECT_THROW(PayrollSimulation::compute(split, reference().regulation)
                     .figure("contribution_exceptionnelle"),
                 std::out_of_range);
}

TEST(RegulatoryParameters, OneYearMeasuresAreNotCarriedForward) {
    const auto& r = reference().regulation;
    EXPECT_EQ(r.lastYear(), 2026);
    EXPECT_DOUBLE_EQ(r.inForce(2025, "contribution_exceptionnelle_pct"), 0.0);
    EXPECT_DOUBLE_EQ(r.inForce(2026, "contribution_exceptionnelle_pct"), 2.05);
    EXPECT_DOUBLE_EQ(r.inForce(2027, "contribution_exceptionnelle_pct"), 0.0);
    // Other parameters keep their last known value: PASS 2026 (arrêté of 22 December 2025).
    EXPECT_DOUBLE_EQ(r.inForce(2027, "pass"), 48060.0);
    EXPECT_DOUBLE_EQ(r.inForce(2030, "tsa_non_responsable_pct"), 20.27);
    EXPECT_THROW(r.inForce(2023, "pass"), std::out_of_range);
    EXPECT_THROW(r.inForce(2027, "unknown"), std::out_of_range);
}

TEST(PayrollSimulation, CadreProvidentMinimumOfOnePointFiveOfT1) {
    // 2026: T1 = min(60 000 ; 48 060) = 48 060; 1,50 % = 720,90 €; 0,76 % = 365,26 €.
    ContributionSplit split;
    split.year = 2026;
    split.grossPay = eur(60000);
    split.employerHealth = eur(600);
    split.employeeHealth = eur(600);
    split.cadre = true;
    split.employerProvident = eur(720.89);
    split.employerDeath = eur(365.26);
    auto s = PayrollSimulation::compute(split, reference().regulation);
    ASSERT_EQ(s.checks.size(), 4u);  // responsible, 50 %, 1,50 %, 0,76 %
    EXPECT_FALSE(s.checks[2].met) << s.checks[2].detail;
    EXPECT_TRUE(s.checks[3].met) << s.checks[3].detail;
    split.employerProvident = eur(720.90);
    split.employerDeath = eur(365.25);
    s = PayrollSimulation::compute(split, reference().regulation);
    EXPECT_TRUE(s.checks[2].met) << s.checks[2].detail;
    EXPECT_FALSE(s.checks[3].met) << s.checks[3].detail;
}

TEST(PayrollSimulation, EveryFigureNamesItsLegalReference) {
    const auto s = simulate(2026, 30000, 420, 420, 200, 100);
    for (const auto& f : s.figures) EXPECT_FALSE(f.reference.empty()) << f.id;
    for (const auto& c : s.checks) EXPECT_FALSE(c.reference.empty()) << c.label;
}

}  // namespace
