#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cmcsim/offer/OfferStudy.h"
#include "cmcsim/reference/ReferenceData.h"

namespace cmcsim::test {

// The bundled example offer scenarios/offers/confort-ensemble.json, as JSON.
inline nlohmann::json confortEnsembleJson() {
    std::ifstream in(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "scenarios" / "offers" /
                     "confort-ensemble.json");
    return nlohmann::json::parse(in);
}

// tests/fixtures/offers/alisfa-creche.json: an offer compliant with the law and with the Alisfa
// branch (IDCC 1261) of the minimal market's crèche, as JSON.
inline nlohmann::json alisfaCrecheJson() {
    std::ifstream in(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "tests" / "fixtures" / "offers" /
                     "alisfa-creche.json");
    return nlohmann::json::parse(in);
}

// An offer studied for a diagnosis as `cmcsim quote` does it (OfferStudy: tariff, compliance,
// `years` simulated years of risk with seed 1, comparison).
inline OfferStudy pricedOffer(const ReferenceData& ref, const Diagnosis& diagnosis,
                              const Offer& offer, std::uint32_t years) {
    return OfferStudy::of(ref, diagnosis, offer, years, 1);
}

}  // namespace cmcsim::test
