#include <gtest/gtest.h>

#include "TestReference.h"
#include "cmcsim/offer/PayrollSimulation.h"

using namespace cmcsim;
using namespace cmcsim::test;

namespace {

Money eur(double amount) {
    return Money::euros(amount);
}

PayrollSimulation simulate(int year, double salary, double eh, double sh, double ep = 0,
                           double sp = 0, int headcount = 20) {
    ContributionSplit split;
    split.year = year;
    split.grossPay = eur(salary);
    split.employerHealth = eur(eh);
    split.employeeHealth = eur(sh);
    split.employerProvident = eur(ep);
    split.employeeProvident = eur(sp);
    split.headcount = headcount;
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
};

class PayrollRule : public ::testing::TestWithParam<Expected> {};

TEST_P(PayrollRule, GivesTheHandComputedFigure) {
    const auto& e = GetParam();
    const auto s = simulate(e.year, e.salary, e.eh, e.sh, e.ep, e.sp, e.headcount);
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
};

INSTANTIATE_TEST_SUITE_P(HandComputed, PayrollRule, ::testing::ValuesIn(kCases));

TEST(PayrollSimulation, GainAgainstAnIndividualContract) {
    // 420 € employer health share − 9,7 % (40,74) − 11 % income tax (46,20) = 333,06 €.
    const auto s = simulate(2026, 30000, 420, 420);
    EXPECT_EQ(s.figure("gain_vs_individuel"), eur(333.06));
}

TEST(PayrollSimulation, EmployerHalfOfHealthIsChecked) {
    const auto half = simulate(2026, 30000, 420, 420);
    ASSERT_EQ(half.checks.size(), 1u);
    EXPECT_TRUE(half.checks[0].met);
    const auto less = simulate(2026, 30000, 400, 440);
    ASSERT_EQ(less.checks.size(), 1u);
    EXPECT_FALSE(less.checks[0].met);
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
    ASSERT_EQ(s.checks.size(), 3u);
    EXPECT_FALSE(s.checks[1].met) << s.checks[1].detail;
    EXPECT_TRUE(s.checks[2].met) << s.checks[2].detail;
    split.employerProvident = eur(720.90);
    split.employerDeath = eur(365.25);
    s = PayrollSimulation::compute(split, reference().regulation);
    EXPECT_TRUE(s.checks[1].met) << s.checks[1].detail;
    EXPECT_FALSE(s.checks[2].met) << s.checks[2].detail;
}

TEST(PayrollSimulation, EveryFigureNamesItsLegalReference) {
    const auto s = simulate(2026, 30000, 420, 420, 200, 100);
    for (const auto& f : s.figures) EXPECT_FALSE(f.reference.empty()) << f.id;
    for (const auto& c : s.checks) EXPECT_FALSE(c.reference.empty()) << c.label;
}

}  // namespace
