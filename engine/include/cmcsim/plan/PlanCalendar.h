#pragma once

#include <map>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/plan/PublicHolidays.h"

namespace cmcsim {

struct Scenario;

// One week of the scenario: week n covers the seven days from start + 7 (n − 1), with its
// working days (Monday to Friday but public holidays) and the candidate's capacity that week.
struct PlanWeek {
    int number = 0;    // 1..Scenario::durationWeeks
    Date first, last;  // first and last day (7 days)
    std::vector<Date> workingDays;
    std::vector<PublicHoliday> holidays;  // those falling on a Monday to Friday of the week
    double capacityHours = 0;             // weekly capacity × working days / 5
};

// The calendar of the plan: the scenario's weeks from its start date, with the French public
// holidays of their years (PublicHolidays.h), Alsace-Moselle's when the whole territory lies in
// 57, 67 or 68, and the capacity in hours of each week.
class PlanCalendar {
public:
    PlanCalendar(const Scenario& scenario, double weeklyCapacityHours);

    const std::vector<PlanWeek>& weeks() const { return weeks_; }
    // Week n (1..weeks().size()), or null.
    const PlanWeek* week(int number) const;
    // The week holding `date`, 0 when outside the scenario.
    int weekOf(Date date) const;
    bool alsaceMoselle() const { return alsaceMoselle_; }
    double totalCapacityHours() const;
    // Sets week `number`'s capacity from `weeklyCapacityHours` (a played week keeps the
    // capacity of the plan it ran with); nothing for a week outside the calendar.
    void setWeekCapacity(int number, double weeklyCapacityHours);

    // Whether the scenario's territory lies wholly in Alsace-Moselle: every département it
    // names, and the département of every commune it names (its first two digits, "57463"),
    // in 57, 67 or 68.
    static bool inAlsaceMoselle(const Scenario& scenario);
    // 0 Monday … 6 Sunday.
    static int weekday(Date date);
    // Week `number` (1 and more, beyond the scenario's duration too) with its working days,
    // holidays and capacity, as the calendar would hold it: what the simulated weeks charge.
    static PlanWeek weekOf(const Scenario& scenario, int number, double weeklyCapacityHours);

private:
    using HolidaysByYear = std::map<int, std::vector<PublicHoliday>>;
    static PlanWeek makeWeek(Date start, int number, double weeklyCapacityHours, bool alsaceMoselle,
                             HolidaysByYear& byYear);

    std::vector<PlanWeek> weeks_;
    bool alsaceMoselle_ = false;
};

}  // namespace cmcsim
