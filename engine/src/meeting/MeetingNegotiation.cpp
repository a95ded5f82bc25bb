#include "cmcsim/meeting/MeetingNegotiation.h"

#include <algorithm>
#include <cmath>

#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

namespace {
// A limit of the policy in basis points: the policy's figures are read from data, rounded to
// the hundredth of a point.
std::int64_t limit(double pct) {
    return std::llround(pct * 100);
}
}  // namespace

MeetingNegotiation::Level MeetingNegotiation::levelOf(double pct) const {
    // A discount not in whole basis points is beyond any limit it would round to.
    const auto points = basisPoints(pct);
    const auto over = [&](double max) { return !points || *points > limit(max); };
    if (!over(sellerPct)) return Level::Seller;
    if (!over(managerPct)) return Level::Manager;
    return Level::Refused;
}

std::optional<std::int64_t> MeetingNegotiation::basisPoints(double pct) {
    const double scaled = pct * 100;
    const auto points = std::llround(scaled);
    // 7.25 × 100 is 724.999… in binary: a whole number of basis points is within 1e-6 of one.
    if (!std::isfinite(scaled) || std::fabs(scaled - static_cast<double>(points)) > 1e-6)
        return std::nullopt;
    return points;
}

std::string MeetingNegotiation::asGiven(const nlohmann::json& number) {
    auto text = number.dump();
    std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

const char* MeetingNegotiation::levelCode(Level level) {
    switch (level) {
        case Level::Seller:
            return "conseiller";
        case Level::Manager:
            return "direction";
        default:
            return "refusee";
    }
}

bool MeetingNegotiation::knownCounterpart(const std::string& code) {
    return code == "prevoyance" || code == "services" || code == "engagement";
}

std::string MeetingNegotiation::counterpartLabel(const std::string& code) {
    if (code == "prevoyance") return "avec la prévoyance en plus de la santé";
    if (code == "services") return "avec les services (téléconsultation, prévention)";
    if (code == "engagement") return "contre un engagement de l'entreprise sur la durée";
    return "";
}

MeetingNegotiation MeetingNegotiation::defaults(const MeetingBank& bank) {
    return {bank.parameter("remise_conseiller"), bank.parameter("remise_direction"),
            bank.parameter("minutes_accord_direction")};
}

MeetingNegotiation MeetingNegotiation::of(const CommercialPolicy& policy, const MeetingBank& bank) {
    auto n = defaults(bank);
    if (policy.sellerDiscountPct) n.sellerPct = *policy.sellerDiscountPct;
    if (policy.managerDiscountPct) n.managerPct = *policy.managerDiscountPct;
    if (policy.managerAgreementMinutes) n.managerMinutes = *policy.managerAgreementMinutes;
    return n;
}

}  // namespace cmcsim
