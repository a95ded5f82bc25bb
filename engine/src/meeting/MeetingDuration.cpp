#include "cmcsim/meeting/MeetingDuration.h"

#include <fmt/format.h>

#include <algorithm>

#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/meeting/MeetingLog.h"
#include "cmcsim/reference/MeetingBank.h"

namespace cmcsim {

double MeetingDuration::booked(const MeetingRecord& meeting, double minutes) {
    return std::max(minutes, static_cast<double>(meeting.plannedMinutes));
}

std::string MeetingDuration::refusal(std::int64_t minutes, const MeetingBank& bank) {
    const double least = bank.parameter("duree_rdv_min"), most = bank.parameter("duree_rdv_max");
    const auto given = static_cast<double>(minutes);
    if (given >= least && given <= most) return {};
    return fmt::format(
        "{}la durée prévue d'un rendez-vous client est un nombre entier de minutes de {} à {}",
        minutes < 0 ? std::string() : fmt::format("{} minutes : ", minutes), frenchNumber(least, 0),
        frenchNumber(most, 0));
}

}  // namespace cmcsim
