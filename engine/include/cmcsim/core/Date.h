#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cmcsim {

// A civil date of the proleptic Gregorian calendar, stored as days since 1970-01-01.
class Date {
public:
    constexpr Date() = default;
    static Date fromCivil(int year, unsigned month, unsigned day);
    static std::optional<Date> parseIso(std::string_view text);  // YYYY-MM-DD, validated
    // Why text is not a date parseIso accepts, in French: the shape expected, or the day that
    // does not exist (« 2026-02-30 : ce jour n'existe pas »).
    static std::string isoProblem(std::string_view text);
    static constexpr Date fromDays(std::int32_t days) {
        Date d;
        d.days_ = days;
        return d;
    }

    int year() const;
    unsigned month() const;
    unsigned day() const;
    std::int32_t days() const { return days_; }
    Date plusDays(std::int32_t n) const { return fromDays(days_ + n); }
    std::string iso() const;     // 2026-01-05
    std::string french() const;  // 05/01/2026

    friend constexpr auto operator<=>(Date, Date) = default;

private:
    std::int32_t days_ = 0;
};

}  // namespace cmcsim
