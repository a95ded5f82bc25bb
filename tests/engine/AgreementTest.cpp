#include <gtest/gtest.h>

#include "TestEvaluations.h"
#include "cmcsim/assess/Agreement.h"

namespace cmcsim {

namespace {
constexpr auto A = Verdict::Acquis;
constexpr auto P = Verdict::PartiellementAcquis;
constexpr auto N = Verdict::NonAcquis;
constexpr auto X = Verdict::AApprecier;
}  // namespace

// 10 items; pairs (A,A)×3, (A,P), (P,P)×2, (P,N), (N,N)×2, (N,A): 7 the same, po = 0.7.
// First rater: A 4, P 3, N 3; second: A 4 (items 1-3, 10), P 3 (4-6), N 3 (7-9).
// pe = 0.4×0.4 + 0.3×0.3 + 0.3×0.3 = 0.34; κ = (0.7 − 0.34) / (1 − 0.34) = 0.36 / 0.66 = 0.5454…
TEST(Agreement, KappaOfHandComputedExample) {
    const auto k = Kappa::of({A, A, A, A, P, P, P, N, N, N}, {A, A, A, P, P, P, N, N, N, A});
    EXPECT_EQ(k.items, 10);
    EXPECT_EQ(k.same, 7);
    EXPECT_DOUBLE_EQ(k.observed, 0.7);
    EXPECT_NEAR(k.expected, 0.34, 1e-12);
    ASSERT_TRUE(k.kappa);
    EXPECT_NEAR(*k.kappa, 0.36 / 0.66, 1e-12);
    EXPECT_EQ(kappaText(k), "0,55");
}

// Items either rater left "à apprécier" are left out: the example above with three such items
// added (one on each side, one on both) gives the same figures.
TEST(Agreement, KappaLeavesOutItemsToBeJudgedByAPerson) {
    const auto k =
        Kappa::of({A, A, A, A, P, P, P, N, N, N, X, A, X}, {A, A, A, P, P, P, N, N, N, A, A, X, X});
    EXPECT_EQ(k.items, 10);
    ASSERT_TRUE(k.kappa);
    EXPECT_NEAR(*k.kappa, 0.36 / 0.66, 1e-12);
}

// (A,N), (N,A): po = 0; pe = 0.5×0.5 + 0.5×0.5 = 0.5; κ = (0 − 0.5) / 0.5 = −1.
TEST(Agreement, KappaOfCompleteDisagreementIsMinusOne) {
    const auto k = Kappa::of({A, N}, {N, A});
    ASSERT_TRUE(k.kappa);
    EXPECT_DOUBLE_EQ(*k.kappa, -1.0);
    EXPECT_EQ(kappaText(k), "-1,00");
}

// Both raters say acquis everywhere: pe = 1, κ = 0/0 is undefined; no item at all neither.
TEST(Agreement, KappaIsUndefinedWithoutRoomForChance) {
    const auto same = Kappa::of({A, A, A}, {A, A, A});
    EXPECT_EQ(same.items, 3);
    EXPECT_DOUBLE_EQ(same.observed, 1.0);
    EXPECT_FALSE(same.kappa);
    EXPECT_EQ(kappaText(same), "non défini");
    EXPECT_FALSE(Kappa::of({X, A}, {A, X}).kappa);
    EXPECT_EQ(Kappa::of({X, A}, {A, X}).items, 0);
    EXPECT_THROW(Kappa::of({A}, {}), std::invalid_argument);
}

// The automatic verdict of a criterion rolls its indicators up, leaving "à apprécier" out.
TEST(Agreement, AutomaticVerdictRollsIndicatorsUp) {
    const auto e = test::fixtureEvaluation();
    EXPECT_EQ(automaticVerdict(e.preAssessment(), "B2.1"), A);  // acquis + acquis
    EXPECT_EQ(automaticVerdict(e.preAssessment(), "B2.2"), P);  // acquis + non acquis
    EXPECT_EQ(automaticVerdict(e.preAssessment(), "B3.1"), N);  // non acquis
    EXPECT_EQ(automaticVerdict(e.preAssessment(), "B4.1"), X);  // à apprécier only
    EXPECT_EQ(automaticVerdict(e.preAssessment(), "B9.9"), X);  // no indicator
    std::vector<IndicatorResult> mixed = {{"C", "C.1", N, 0, "", {}, {}},
                                          {"C", "C.2", X, 0, "", {}, {}}};
    EXPECT_EQ(automaticVerdict(mixed, "C"), N);
}

// signedFixture: B2.1 (A, A), B2.2 (P, N) disagree, B3.1 (N, N), B4.1 judged by neither;
// automatic: B2.1 A, B2.2 P, B3.1 N, B4.1 à apprécier.
// 1 vs 2: 3 items, 2 the same, po = 2/3; first A1 P1 N1, second A1 N2:
//   pe = 1/3×1/3 + 1/3×0 + 1/3×2/3 = 1/3; κ = (2/3 − 1/3) / (2/3) = 0.5.
// 1 vs automatic: (A,A), (P,P), (N,N): po = 1, pe = 3 × 1/9 = 1/3, κ = 1.
// 2 vs automatic: (A,A), (N,P), (N,N): po = 2/3; second A1 N2, automatic A1 P1 N1:
//   pe = 1/9 + 0 + 2/9 = 1/3; κ = 0.5.
TEST(Agreement, StatisticsOfTwoEvaluators) {
    const auto s = AgreementStatistics::of(test::signedFixture());
    ASSERT_EQ(s.criteria.size(), 4u);
    EXPECT_EQ(s.judgedByBoth, 3);
    EXPECT_EQ(s.disagreements, 1);
    EXPECT_FALSE(s.criteria[0].disagreement);
    EXPECT_TRUE(s.criteria[1].disagreement);
    EXPECT_EQ(s.criteria[1].first, P);
    EXPECT_EQ(s.criteria[1].second, N);
    EXPECT_FALSE(s.criteria[3].first);
    EXPECT_FALSE(s.criteria[3].disagreement);
    ASSERT_TRUE(s.evaluators.kappa && s.firstVsAutomatic.kappa && s.secondVsAutomatic.kappa);
    EXPECT_NEAR(*s.evaluators.kappa, 0.5, 1e-12);
    EXPECT_NEAR(*s.firstVsAutomatic.kappa, 1.0, 1e-12);
    EXPECT_NEAR(*s.secondVsAutomatic.kappa, 0.5, 1e-12);
    EXPECT_EQ(s.firstVsAutomatic.items, 3);  // B4.1: neither judged, automatic à apprécier
}

}  // namespace cmcsim
