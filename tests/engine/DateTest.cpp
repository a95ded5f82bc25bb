#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cmcsim/core/Date.h"

using namespace cmcsim;

TEST(Date, CivilDatesAndDayNumbersAgree) {
    // Day numbers from Python: (datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days.
    struct Case {
        int year;
        unsigned month, day;
        std::int32_t days;
        const char* iso;
        const char* french;
    };
    const std::vector<Case> cases = {
        {1970, 1, 1, 0, "1970-01-01", "01/01/1970"},
        {1969, 12, 31, -1, "1969-12-31", "31/12/1969"},
        {1900, 3, 1, -25508, "1900-03-01", "01/03/1900"},
        {2000, 2, 29, 11016, "2000-02-29", "29/02/2000"},
        {2026, 1, 5, 20458, "2026-01-05", "05/01/2026"},
        {2100, 2, 28, 47540, "2100-02-28", "28/02/2100"},
    };
    for (const auto& c : cases) {
        const Date d = Date::fromCivil(c.year, c.month, c.day);
        EXPECT_EQ(d.days(), c.days) << c.iso;
        EXPECT_EQ(d.year(), c.year) << c.iso;
        EXPECT_EQ(d.month(), c.month) << c.iso;
        EXPECT_EQ(d.day(), c.day) << c.iso;
        EXPECT_EQ(d.iso(), c.iso);
        EXPECT_EQ(d.french(), c.french);
        EXPECT_EQ(Date::parseIso(c.iso), d) << c.iso;
    }
}

TEST(Date, EveryDayFrom1900To2100RoundTrips) {
    // 1900-01-01 is day -25567, 2100-12-31 day 47846 (Python, as above).
    const std::int32_t first = Date::fromCivil(1900, 1, 1).days();
    const std::int32_t last = Date::fromCivil(2100, 12, 31).days();
    ASSERT_EQ(first, -25567);
    ASSERT_EQ(last, 47846);
    for (std::int32_t n = first; n <= last; ++n) {
        const Date d = Date::fromDays(n);
        const auto parsed = Date::parseIso(d.iso());
        ASSERT_TRUE(parsed.has_value()) << d.iso();
        ASSERT_EQ(parsed->days(), n) << d.iso();
        ASSERT_EQ(Date::fromCivil(d.year(), d.month(), d.day()).days(), n) << d.iso();
        // Consecutive days: the next one is the next calendar day.
        const Date next = d.plusDays(1);
        ASSERT_TRUE(next.day() == d.day() + 1 || next.day() == 1) << d.iso();
    }
}

TEST(Date, ParseIsoRejectsWhatIsNotAValidYyyyMmDd) {
    const std::vector<std::string> rejected = {
        "2026-02-30",   // February has 28 days in 2026
        "2025-02-29",   // 2025 is not a leap year
        "2100-02-29",   // 2100 is not a leap year (divisible by 100, not by 400)
        "2026-04-31",   // April has 30 days
        "2026-13-01",   // no month 13
        "2026-00-10",   // no month 0
        "2026-01-00",   // no day 0
        "2026-01-32",   // no day 32
        "2026-1-05",    // month must have two digits
        "2026-01-5",    // day must have two digits
        "26-01-05",     // year must have four digits
        "2026/01/05",   // wrong separators
        "05/01/2026",   // French order
        "2026-01-05 ",  // trailing space
        " 2026-01-05",  // leading space
        "2026-01-05T00:00", "2026-0a-05", "2026-+1-05", "2026--1-05", "",
    };
    for (const auto& text : rejected)
        EXPECT_FALSE(Date::parseIso(text).has_value()) << '"' << text << '"';

    for (const char* text : {"2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01"})
        EXPECT_TRUE(Date::parseIso(text).has_value()) << text;
}

TEST(Date, ArithmeticAndOrder) {
    EXPECT_EQ(Date::fromCivil(2025, 12, 31).plusDays(1).iso(), "2026-01-01");
    EXPECT_EQ(Date::fromCivil(2024, 2, 28).plusDays(1).iso(), "2024-02-29");
    EXPECT_EQ(Date::fromCivil(2026, 3, 1).plusDays(-1).iso(), "2026-02-28");
    // 26 weeks after Monday 2026-01-05 is Monday 2026-07-06 (calendar).
    EXPECT_EQ(Date::fromCivil(2026, 1, 5).plusDays(26 * 7).iso(), "2026-07-06");
    EXPECT_LT(Date::fromCivil(2026, 1, 5), Date::fromCivil(2026, 1, 6));
    EXPECT_GT(Date::fromCivil(2027, 1, 1), Date::fromCivil(2026, 12, 31));
    EXPECT_EQ(Date::fromCivil(2026, 1, 5), Date::fromDays(20458));
}
