#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace cmcsim {

struct CommercialPolicy;
struct MeetingBank;

// The mutuelle's commercial policy for a counter-proposal in a meeting ("rdv.contreproposition",
// issue 12 §2): the discount the seller grants alone (its delegation), the most the manager
// agrees to (an agreement that costs simulated minutes), refused beyond. Defaults are
// datasets/parametres_rdv.csv (`remise_conseiller`, `remise_direction`,
// `minutes_accord_direction`, ⚠ modelling assumptions); a scenario overrides them in
// `mutuelle.policy.negotiation` (docs/scenario-format.md).
struct MeetingNegotiation {
    double sellerPct = 0;       // % of the premium the seller grants alone
    double managerPct = 0;      // % the manager agrees to at most (≥ sellerPct)
    double managerMinutes = 0;  // simulated minutes the manager's agreement takes

    // Who decides a discount of `pct` %, compared in basis points (hundredths of a point).
    enum class Level { Seller, Manager, Refused };
    Level levelOf(double pct) const;
    // `pct` % in basis points (10 % is 1000), nullopt when it is not a whole number of them
    // (10,0001 %): a discount is given to the hundredth of a point and compared exactly.
    static std::optional<std::int64_t> basisPoints(double pct);
    // A JSON number in French as it was given, every digit kept ("10,0001").
    static std::string asGiven(const nlohmann::json& number);
    static const char* levelCode(Level level);  // "conseiller", "direction", "refusee"

    // The counterparts a counter-proposal may ask or give ("contrepartie"): a complementary
    // product (multi-product: prevoyance, services) or the client's commitment (engagement).
    static bool knownCounterpart(const std::string& code);
    static std::string counterpartLabel(const std::string& code);  // French

    // The scenario's levels where it gives them, the bank's defaults otherwise.
    static MeetingNegotiation of(const CommercialPolicy& policy, const MeetingBank& bank);
    static MeetingNegotiation defaults(const MeetingBank& bank);
};

}  // namespace cmcsim
