#include <gtest/gtest.h>

#include <cmath>

#include "TestReference.h"
#include "cmcsim/sim/Respondent.h"

using namespace cmcsim;

namespace {
// A company whose hidden situation leaves the channel's rates as they are (situation factor 1):
// no current contract, 5 employees, outside every renewal window.
Company neutralCompany(std::uint64_t siren) {
    Company c;
    c.siren = siren;
    c.headcount = 5;
    c.health.insurer = -1;
    c.provident.insurer = -1;
    return c;
}

ResponseContext monday() {
    ResponseContext c;
    c.date = Date::fromCivil(2026, 3, 2);
    return c;
}

// Tolerance of a proportion of n draws of probability p: 4 standard deviations,
// 4 × √(p(1 − p)/n), so a correct model fails about once in 16,000 runs of a fixed key set
// (and the keys are fixed, so the test is deterministic).
double tolerance(double p, double n) {
    return 4 * std::sqrt(p * (1 - p) / n);
}
}  // namespace

TEST(Respondent, NeutralSituationLeavesTheRatesAsTheyAre) {
    const Respondent r(test::reference().response, 1);
    EXPECT_DOUBLE_EQ(r.situationFactor(neutralCompany(1), monday()), 1.0);
}

// 1 + 1 × (0.9 − 0.5) + 1 × (0.5 − 0.1) = 1.8 (poids_propension = poids_satisfaction = 1);
// a renewal on 1 January 2027 has its notice deadline on 31 October 2026: 2 March 2026 is
// outside the 26 weeks before it, so no renewal factor; × 0.6 from 50 employees.
TEST(Respondent, HiddenSituationScalesInterest) {
    const Respondent r(test::reference().response, 1);
    auto c = neutralCompany(1);
    c.health.insurer = 2;
    c.health.propensityToMove = 0.9f;
    c.health.satisfaction = 0.1f;
    c.health.renewal = Date::fromCivil(2027, 1, 1);
    EXPECT_NEAR(r.situationFactor(c, monday()), 1.8, 1e-6);
    c.headcount = 60;
    EXPECT_NEAR(r.situationFactor(c, monday()), 1.8 * 0.6, 1e-6);
    // 1 June 2026 is 21.6 weeks before 31 October: inside the window, × 1.5.
    auto june = monday();
    june.date = Date::fromCivil(2026, 6, 1);
    EXPECT_NEAR(r.situationFactor(c, june), 1.8 * 0.6 * 1.5, 1e-6);
    // 2 November 2026 is past the deadline and before the renewal: × 0.5.
    june.date = Date::fromCivil(2026, 11, 2);
    EXPECT_NEAR(r.situationFactor(c, june), 1.8 * 0.6 * 0.5, 1e-6);
    EXPECT_EQ(r.noticeDeadline(Date::fromCivil(2027, 1, 1)), Date::fromCivil(2026, 10, 31));
}

TEST(Respondent, SameActionSameCompanySameWeekSameAnswer) {
    const Respondent a(test::reference().response, 42), b(test::reference().response, 42);
    for (std::uint64_t siren = 1; siren < 300; ++siren) {
        const auto x = a.answer(0, neutralCompany(siren), 0, "appels", 3, monday());
        const auto y = b.answer(0, neutralCompany(siren), 0, "appels", 3, monday());
        EXPECT_EQ(x.reached, y.reached);
        EXPECT_EQ(x.interested, y.interested);
        EXPECT_EQ(x.meetingBooked, y.meetingBooked);
        EXPECT_EQ(x.refusal, y.refusal);
    }
}

// Over 40,000 keyed draws per channel (one per SIREN), each step's share is the data's rate
// within tolerance(): reach among contacts, interest among reached, meeting among interested,
// callback among reached companies not interested.
TEST(Respondent, RatesMatchTheDataOverManyKeyedDraws) {
    const auto& model = test::reference().response;
    const Respondent r(model, 20260105);
    for (std::size_t channel = 0; channel < kResponseChannels.size(); ++channel) {
        const auto& rates = model.channel(channel);
        double contacts = 0, reached = 0, interested = 0, meetings = 0, uninterested = 0,
               callbacks = 0;
        for (std::uint64_t siren = 1; siren <= 40'000; ++siren) {
            const auto a = r.answer(0, neutralCompany(siren), channel, "action", 7, monday());
            ++contacts;
            if (!a.reached) continue;
            ++reached;
            if (a.interested) {
                ++interested;
                meetings += a.meetingBooked;
            } else {
                ++uninterested;
                callbacks += a.callback;
            }
        }
        const auto label = std::string(kResponseChannels[channel]);
        EXPECT_NEAR(reached / contacts, rates.reach, tolerance(rates.reach, contacts)) << label;
        if (reached == 0) continue;
        EXPECT_NEAR(interested / reached, rates.interest, tolerance(rates.interest, reached))
            << label;
        if (interested > 0) {
            EXPECT_NEAR(meetings / interested, rates.meeting, tolerance(rates.meeting, interested))
                << label;
        }
        EXPECT_NEAR(callbacks / uninterested, rates.callback,
                    tolerance(rates.callback, uninterested))
            << label;
    }
}

// The refusal reasons follow the data's weights for a company they all apply to (insured,
// satisfaction 0.5 so "satisfait_assureur" keeps its weight, an agreement and a broker).
TEST(Respondent, RefusalReasonsFollowTheirWeights) {
    const auto& model = test::reference().response;
    const Respondent r(model, 7);
    std::map<std::string, double> counts;
    double refusals = 0;
    for (std::uint64_t siren = 1; siren <= 40'000; ++siren) {
        auto c = neutralCompany(siren);
        c.health.insurer = 1;
        c.health.propensityToMove = 0.5f;
        c.health.satisfaction = 0.5f;
        c.health.renewal = Date::fromCivil(2027, 4, 1);  // deadline 31/01/2027: far away
        c.idcc = 3;
        c.broker = 0;
        const auto a = r.answer(0, c, 0, "appels", 2, monday());
        if (a.refusal.empty()) continue;
        ++counts[a.refusal];
        ++refusals;
    }
    for (const auto& reason : model.refusals)
        EXPECT_NEAR(counts[reason.code] / refusals, reason.weight,
                    tolerance(reason.weight, refusals))
            << reason.code;
}
