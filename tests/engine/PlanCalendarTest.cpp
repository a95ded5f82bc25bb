#include <gtest/gtest.h>

#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/scenario/Scenario.h"

using namespace cmcsim;

namespace {

std::vector<std::string> listed(int year, bool alsaceMoselle) {
    std::vector<std::string> out;
    for (const auto& h : holidays::ofYear(year, alsaceMoselle))
        out.push_back(h.date.iso() + " " + h.name);
    return out;
}

Scenario weeksFrom(const std::string& start, int weeks, std::vector<std::string> departements) {
    Scenario s;
    s.startDate = *Date::parseIso(start);
    s.durationWeeks = weeks;
    s.departements = std::move(departements);
    return s;
}

}  // namespace

// Hand-listed from C. trav. L3133-1 with Easter Sunday on 5 April 2026 (Ascension = Easter + 39
// days, lundi de Pentecôte = Easter + 50).
TEST(PublicHolidays, Of2026) {
    EXPECT_EQ(holidays::easterSunday(2026), Date::fromCivil(2026, 4, 5));
    EXPECT_EQ(
        listed(2026, false),
        (std::vector<std::string>{
            "2026-01-01 Jour de l'an", "2026-04-06 Lundi de Pâques", "2026-05-01 Fête du travail",
            "2026-05-08 Victoire 1945", "2026-05-14 Ascension", "2026-05-25 Lundi de Pentecôte",
            "2026-07-14 Fête nationale", "2026-08-15 Assomption", "2026-11-01 Toussaint",
            "2026-11-11 Armistice 1918", "2026-12-25 Noël"}));
}

// Easter Sunday on 28 March 2027.
TEST(PublicHolidays, Of2027) {
    EXPECT_EQ(holidays::easterSunday(2027), Date::fromCivil(2027, 3, 28));
    EXPECT_EQ(
        listed(2027, false),
        (std::vector<std::string>{
            "2027-01-01 Jour de l'an", "2027-03-29 Lundi de Pâques", "2027-05-01 Fête du travail",
            "2027-05-06 Ascension", "2027-05-08 Victoire 1945", "2027-05-17 Lundi de Pentecôte",
            "2027-07-14 Fête nationale", "2027-08-15 Assomption", "2027-11-01 Toussaint",
            "2027-11-11 Armistice 1918", "2027-12-25 Noël"}));
}

// C. trav. L3134-13: Vendredi saint (Easter − 2) and 26 December in 57, 67 and 68.
TEST(PublicHolidays, AlsaceMoselleAddsGoodFridayAndSaintStephen) {
    const auto days = listed(2027, true);
    ASSERT_EQ(days.size(), 13u);
    EXPECT_EQ(days[1], "2027-03-26 Vendredi saint");
    EXPECT_EQ(days[12], "2027-12-26 Saint-Étienne");
    EXPECT_TRUE(holidays::isAlsaceMoselle("67"));
    EXPECT_FALSE(holidays::isAlsaceMoselle("76"));
}

// From Monday 27 April 2026: 1 May (Fri), 8 May (Fri), 14 May (Thu), nothing, 25 May (Mon).
TEST(PlanCalendar, WeeksLoseTheirHolidaysAndCapacityFollows) {
    const PlanCalendar calendar(weeksFrom("2026-04-27", 5, {"76"}), 35);
    ASSERT_EQ(calendar.weeks().size(), 5u);
    const std::vector<std::size_t> working = {4, 4, 4, 5, 4};
    for (std::size_t i = 0; i < working.size(); ++i) {
        EXPECT_EQ(calendar.weeks()[i].workingDays.size(), working[i]) << "week " << i + 1;
        EXPECT_DOUBLE_EQ(calendar.weeks()[i].capacityHours,
                         35.0 * static_cast<double>(working[i]) / 5.0);
    }
    EXPECT_EQ(calendar.weeks()[0].holidays.at(0).name, "Fête du travail");
    EXPECT_EQ(calendar.weeks()[4].first, Date::fromCivil(2026, 5, 25));
    EXPECT_DOUBLE_EQ(calendar.totalCapacityHours(), 35.0 * 21 / 5);  // 147 h
    EXPECT_EQ(calendar.weekOf(Date::fromCivil(2026, 5, 13)), 3);
    EXPECT_EQ(calendar.weekOf(Date::fromCivil(2026, 6, 1)), 0);
    EXPECT_EQ(calendar.week(6), nullptr);
}

// Week of 30 March 2026: Vendredi saint (3 April) is worked in Rouen, not in Strasbourg; both
// lose the lundi de Pâques of the next week.
TEST(PlanCalendar, AlsaceMoselleTerritoryLosesGoodFriday) {
    const PlanCalendar rouen(weeksFrom("2026-03-30", 2, {"76"}), 30);
    const PlanCalendar strasbourg(weeksFrom("2026-03-30", 2, {"67", "68"}), 30);
    EXPECT_FALSE(rouen.alsaceMoselle());
    EXPECT_TRUE(strasbourg.alsaceMoselle());
    EXPECT_EQ(rouen.weeks()[0].workingDays.size(), 5u);
    EXPECT_EQ(strasbourg.weeks()[0].workingDays.size(), 4u);
    EXPECT_DOUBLE_EQ(strasbourg.weeks()[0].capacityHours, 24);  // 30 × 4 / 5
    EXPECT_EQ(rouen.weeks()[1].workingDays.size(), 4u);
    EXPECT_EQ(strasbourg.weeks()[1].workingDays.size(), 4u);
    // A territory reaching outside the three départements keeps the general calendar.
    EXPECT_FALSE(PlanCalendar::inAlsaceMoselle(weeksFrom("2026-03-30", 1, {"67", "88"})));
    auto communes = weeksFrom("2026-03-30", 1, {});
    communes.communes = {"57463"};
    EXPECT_TRUE(PlanCalendar::inAlsaceMoselle(communes));
}
