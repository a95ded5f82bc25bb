#include <gtest/gtest.h>

#include "cmcsim/core/Siret.h"

using namespace cmcsim;

TEST(Siret, LuhnAcceptsKnownValidNumbers) {
    // SIREN of INSEE itself (120 027 016) and a SIRET of it, both public and Luhn-valid.
    EXPECT_TRUE(siret::luhnValid("120027016"));
    EXPECT_TRUE(siret::luhnValid("12002701600563"));
    EXPECT_FALSE(siret::luhnValid("120027017"));
    EXPECT_FALSE(siret::luhnValid("12002701600564"));
    EXPECT_FALSE(siret::luhnValid(""));
    EXPECT_FALSE(siret::luhnValid("12a"));
}

TEST(Siret, BuiltNumbersAreValid) {
    for (std::uint32_t body : {10000000u, 12345678u, 99999999u}) {
        const auto siren = siret::sirenFromBody(body);
        EXPECT_TRUE(siret::luhnValid(siret::formatSiren(siren))) << siren;
        for (std::uint32_t seq : {1u, 2u, 42u, 9999u}) {
            const auto s = siret::siretFor(siren, seq);
            EXPECT_TRUE(siret::luhnValid(siret::formatSiret(s))) << s;
            EXPECT_EQ(s / 100000, siren);
        }
    }
}

TEST(Siret, ParseTakesExactlyTheGivenNumberOfDigits) {
    EXPECT_EQ(siret::parse("12002701600563", 14), std::optional<std::uint64_t>(12002701600563ULL));
    EXPECT_EQ(siret::parse("012345678", 9), std::optional<std::uint64_t>(12345678ULL));
    EXPECT_FALSE(siret::parse("1200270160056", 14).has_value());
    EXPECT_FALSE(siret::parse("12002701600a63", 14).has_value());
    EXPECT_FALSE(siret::parse("", 9).has_value());
}
