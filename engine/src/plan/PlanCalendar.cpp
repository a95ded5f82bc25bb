#include "cmcsim/plan/PlanCalendar.h"

#include <algorithm>
#include <map>

#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

int PlanCalendar::weekday(Date date) {
    return (date.days() + 3) % 7;  // 1970-01-01 was a Thursday (3 with Monday 0)
}

bool PlanCalendar::inAlsaceMoselle(const Scenario& scenario) {
    std::vector<std::string> departements = scenario.departements;
    for (const auto& c : scenario.communes) departements.push_back(c.substr(0, 2));
    for (const auto& a : scenario.around) departements.push_back(a.commune.substr(0, 2));
    return !departements.empty() &&
           std::all_of(departements.begin(), departements.end(), holidays::isAlsaceMoselle);
}

PlanCalendar::PlanCalendar(const Scenario& scenario, double weeklyCapacityHours)
    : alsaceMoselle_(inAlsaceMoselle(scenario)) {
    HolidaysByYear byYear;
    for (int n = 1; n <= scenario.durationWeeks; ++n)
        weeks_.push_back(
            makeWeek(scenario.startDate, n, weeklyCapacityHours, alsaceMoselle_, byYear));
}

PlanWeek PlanCalendar::weekOf(const Scenario& scenario, int number, double weeklyCapacityHours) {
    HolidaysByYear byYear;
    return makeWeek(scenario.startDate, number, weeklyCapacityHours, inAlsaceMoselle(scenario),
                    byYear);
}

PlanWeek PlanCalendar::makeWeek(Date start, int number, double weeklyCapacityHours,
                                bool alsaceMoselle, HolidaysByYear& byYear) {
    const auto holidayOn = [&](Date day) -> const PublicHoliday* {
        auto it = byYear.find(day.year());
        if (it == byYear.end())
            it = byYear.emplace(day.year(), holidays::ofYear(day.year(), alsaceMoselle)).first;
        for (const auto& h : it->second)
            if (h.date == day) return &h;
        return nullptr;
    };
    PlanWeek w;
    w.number = number;
    w.first = start.plusDays(7 * (number - 1));
    w.last = w.first.plusDays(6);
    for (int d = 0; d < 7; ++d) {
        const auto day = w.first.plusDays(d);
        if (weekday(day) >= 5) continue;
        if (const auto* h = holidayOn(day))
            w.holidays.push_back(*h);
        else
            w.workingDays.push_back(day);
    }
    w.capacityHours = weeklyCapacityHours * static_cast<double>(w.workingDays.size()) / 5.0;
    return w;
}

const PlanWeek* PlanCalendar::week(int number) const {
    if (number < 1 || number > static_cast<int>(weeks_.size())) return nullptr;
    return &weeks_[static_cast<std::size_t>(number - 1)];
}

int PlanCalendar::weekOf(Date date) const {
    for (const auto& w : weeks_)
        if (date >= w.first && date <= w.last) return w.number;
    return 0;
}

void PlanCalendar::setWeekCapacity(int number, double weeklyCapacityHours) {
    if (number < 1 || number > static_cast<int>(weeks_.size())) return;
    auto& w = weeks_[static_cast<std::size_t>(number - 1)];
    w.capacityHours = weeklyCapacityHours * static_cast<double>(w.workingDays.size()) / 5.0;
}

double PlanCalendar::totalCapacityHours() const {
    double total = 0;
    for (const auto& w : weeks_) total += w.capacityHours;
    return total;
}

}  // namespace cmcsim
