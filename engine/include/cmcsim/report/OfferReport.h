#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/offer/RiskModel.h"

namespace cmcsim {

// Everything a quote says about an offer to a company, gathered for rendering.
struct OfferStudy {
    const Diagnosis& diagnosis;
    const Offer& offer;
    const OfferQuote& quote;
    const ComplianceReport& compliance;
    const RiskReport& risk;
    const OfferComparison& comparison;
};

// Renders diagnoses and quotes as French text reports or JSON (the CLI prints them; the studio
// reuses the same content).
struct OfferReport {
    static std::string diagnosisText(const Diagnosis& diagnosis);
    static nlohmann::json diagnosisJson(const Diagnosis& diagnosis);
    static std::string quoteText(const OfferStudy& study, const std::vector<CareItem>& items);
    static nlohmann::json quoteJson(const OfferStudy& study, const std::vector<CareItem>& items);
};

}  // namespace cmcsim
