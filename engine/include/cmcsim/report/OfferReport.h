#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cmcsim/offer/OfferStudy.h"

namespace cmcsim {

// Renders diagnoses and quotes as French text reports or JSON (the CLI prints them; the studio
// reuses the same content).
struct OfferReport {
    static std::string diagnosisText(const Diagnosis& diagnosis);
    static nlohmann::json diagnosisJson(const Diagnosis& diagnosis);
    static std::string quoteText(const OfferStudy& study, const std::vector<CareItem>& items);
    static nlohmann::json quoteJson(const OfferStudy& study, const std::vector<CareItem>& items);
};

}  // namespace cmcsim
