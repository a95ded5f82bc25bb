#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "HealthOffer.h"
#include "cmcsim/meeting/MeetingOfferFit.h"
#include "cmcsim/needs/CompanyNeeds.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim::test {

// The offer a candidate who diagnosed `needs` well would present at `siret`: the health product
// of the wanted level with the largest employer share within the budget (MeetingOfferFit::fits);
// nullopt when even 10 % is beyond it.
inline std::optional<nlohmann::json> fittingOffer(const Market& market,
                                                  const ReferenceData& reference,
                                                  const CompanyNeeds& needs,
                                                  const std::string& siret) {
    static const char* products[] = {"sante_socle", "sante_essentiel", "sante_confort",
                                     "sante_excellence"};
    const std::string product = products[std::clamp(needs.wantedLevel, 1, 4) - 1];
    for (int pct = 100; pct >= 10; pct -= 10) {
        auto offer = healthOffer(product, pct);
        if (MeetingOfferFit::of(market, reference, reference.meetings, needs, siret, 1, offer,
                                Date())
                .fits())
            return offer;
    }
    return std::nullopt;
}

}  // namespace cmcsim::test
