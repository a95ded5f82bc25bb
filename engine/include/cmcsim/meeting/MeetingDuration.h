#pragma once

#include <cstdint>
#include <string>

namespace cmcsim {

struct MeetingBank;
struct MeetingRecord;

// A meeting's planned duration ("duree_minutes" of its opening, `meeting open --duree`): the
// range the trade allows and the time of the week it takes (issue 12 §3, docs/simulation.md
// "Le temps").
struct MeetingDuration {
    // Why a planned duration of `minutes` (negative: not a whole number) is refused, in French,
    // without the option's name (the caller's place): outside `duree_rdv_min`..`duree_rdv_max`
    // of the bank (parametres_rdv.csv, 30 to 240 minutes, ⚠ modelling assumption: a client
    // meeting lasts 30 minutes to a few hours); "" when it is accepted.
    static std::string refusal(std::int64_t minutes, const MeetingBank& bank);
    // The minutes of the week's capacity a meeting takes when `minutes` were spent (or planned
    // by its acts) in it: at least its stated planned duration, booked in the candidate's diary
    // whether used or not (none stated: the minutes alone).
    static double booked(const MeetingRecord& meeting, double minutes);
};

}  // namespace cmcsim
