#include "cmcsim/plan/PublicHolidays.h"

#include <algorithm>

namespace cmcsim::holidays {

Date easterSunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return Date::fromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<PublicHoliday> ofYear(int year, bool alsaceMoselle) {
    const auto easter = easterSunday(year);
    const auto on = [&](unsigned month, unsigned day) { return Date::fromCivil(year, month, day); };
    // C. trav. L3133-1.
    std::vector<PublicHoliday> days = {
        {on(1, 1), "Jour de l'an"},
        {easter.plusDays(1), "Lundi de Pâques"},
        {on(5, 1), "Fête du travail"},
        {on(5, 8), "Victoire 1945"},
        {easter.plusDays(39), "Ascension"},
        {easter.plusDays(50), "Lundi de Pentecôte"},
        {on(7, 14), "Fête nationale"},
        {on(8, 15), "Assomption"},
        {on(11, 1), "Toussaint"},
        {on(11, 11), "Armistice 1918"},
        {on(12, 25), "Noël"},
    };
    // C. trav. L3134-13.
    if (alsaceMoselle) {
        days.push_back({easter.plusDays(-2), "Vendredi saint"});
        days.push_back({on(12, 26), "Saint-Étienne"});
    }
    std::stable_sort(days.begin(), days.end(), [](const PublicHoliday& x, const PublicHoliday& y) {
        return x.date < y.date;
    });
    return days;
}

bool isAlsaceMoselle(const std::string& departement) {
    return departement == "57" || departement == "67" || departement == "68";
}

}  // namespace cmcsim::holidays
