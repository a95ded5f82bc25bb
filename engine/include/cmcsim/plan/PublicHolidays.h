#pragma once

#include <string>
#include <vector>

#include "cmcsim/core/Date.h"

// French public holidays (jours fériés) of a year, computed from the law rather than listed:
// the eleven of the Code du travail L3133-1 (four of them set by Easter: lundi de Pâques,
// Ascension, lundi de Pentecôte) and the two extra days of Alsace-Moselle, C. trav. L3134-13
// (Vendredi saint and 26 décembre, in départements 57, 67 and 68).
namespace cmcsim {

// One public holiday: its date and its French name ("Lundi de Pâques").
struct PublicHoliday {
    Date date;
    std::string name;
};

namespace holidays {

// Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher).
Date easterSunday(int year);
// The public holidays of `year` in date order; with Alsace-Moselle's two days when `alsaceMoselle`.
// The lundi de Pentecôte is counted as not worked although it may be the journée de solidarité
// (C. trav. L3133-7): ⚠ hypothèse. Vendredi saint is a holiday in Alsace-Moselle's communes
// with a Protestant temple or a mixed church; the simulation counts it everywhere in the three
// départements (⚠ hypothèse: nearly every commune of the territory qualifies).
std::vector<PublicHoliday> ofYear(int year, bool alsaceMoselle);
// Whether a département code ("57", "67", "68") is one of Alsace-Moselle's.
bool isAlsaceMoselle(const std::string& departement);

}  // namespace holidays
}  // namespace cmcsim
