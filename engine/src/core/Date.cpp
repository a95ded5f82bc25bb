#include "cmcsim/core/Date.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace cmcsim {

// Civil-from-days and days-from-civil after H. Hinnant's public-domain algorithms.
Date Date::fromCivil(int year, unsigned month, unsigned day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3u : 9u)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return fromDays(era * 146097 + static_cast<int>(doe) - 719468);
}

namespace {
struct Civil {
    int year;
    unsigned month;
    unsigned day;
};
Civil civil(std::int32_t days) {
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2 ? 1 : 0), m, d};
}
unsigned daysInMonth(int year, unsigned month) {
    static constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : lengths[month - 1];
}
}  // namespace

std::optional<Date> Date::parseIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0;
    unsigned m = 0, d = 0;
    auto parse = [&](std::size_t at, std::size_t len, auto& out) {
        auto [ptr, ec] = std::from_chars(text.data() + at, text.data() + at + len, out);
        return ec == std::errc{} && ptr == text.data() + at + len;
    };
    if (!parse(0, 4, y) || !parse(5, 2, m) || !parse(8, 2, d)) return std::nullopt;
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return std::nullopt;
    return fromCivil(y, m, d);
}

std::string Date::isoProblem(std::string_view text) {
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                        std::all_of(text.begin(), text.end(),
                                    [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    if (!shaped) return "date AAAA-MM-JJ attendue";
    return std::string(text) + " : ce jour n'existe pas (date AAAA-MM-JJ attendue)";
}

int Date::year() const {
    return civil(days_).year;
}
unsigned Date::month() const {
    return civil(days_).month;
}
unsigned Date::day() const {
    return civil(days_).day;
}

std::string Date::iso() const {
    const Civil c = civil(days_);
    return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
}

std::string Date::french() const {
    const Civil c = civil(days_);
    return fmt::format("{:02}/{:02}/{:04}", c.day, c.month, c.year);
}

}  // namespace cmcsim
