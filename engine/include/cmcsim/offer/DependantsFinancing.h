#pragma once

#include "cmcsim/offer/Offer.h"

namespace cmcsim {

struct HealthQuote;

// The employer's money that finances the cover of dependants who join optionally: what it pays
// for a class above its share of the employee-only class (isolé, or one adult), for the members
// whose dependants are optional. This part is not excluded from the social base (URSSAF,
// « Les bénéficiaires des contributions et garanties »); with all dependants mandatory or a
// uniform rate it is zero. Annual euros for the whole category, from the quote's rate classes.
struct DependantsFinancing {
    static double employerOptionalAnnual(const HealthQuote& quote, Dependants dependants);
};

}  // namespace cmcsim
