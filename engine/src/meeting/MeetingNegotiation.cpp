#include "cmcsim/meeting/MeetingNegotiation.h"

#include "cmcsim/reference/MeetingBank.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

MeetingNegotiation::Level MeetingNegotiation::levelOf(double pct) const {
    if (pct <= sellerPct + 1e-9) return Level::Seller;
    if (pct <= managerPct + 1e-9) return Level::Manager;
    return Level::Refused;
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
