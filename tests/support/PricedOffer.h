#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cmcsim/offer/ComplianceReport.h"
#include "cmcsim/offer/Diagnosis.h"
#include "cmcsim/offer/Offer.h"
#include "cmcsim/offer/OfferComparison.h"
#include "cmcsim/offer/OfferQuote.h"
#include "cmcsim/offer/RiskModel.h"
#include "cmcsim/reference/ReferenceData.h"
#include "cmcsim/report/OfferReport.h"

namespace cmcsim::test {

// The bundled example offer scenarios/offers/confort-ensemble.json, as JSON.
inline nlohmann::json confortEnsembleJson() {
    std::ifstream in(std::filesystem::path(CMCSIM_SOURCE_ROOT) / "scenarios" / "offers" /
                     "confort-ensemble.json");
    return nlohmann::json::parse(in);
}

// An offer priced for a diagnosis as `cmcsim quote` does it (tariff, compliance, `years` simulated
// years of risk with seed 1, comparison), holding every part that `study` refers to.
struct PricedOffer {
    PricedOffer(const ReferenceData& ref, const Diagnosis& diagnosis, const Offer& offer,
                std::uint32_t years)
        : pricer(ref.offers, ref.regulation),
          quote(pricer.quote(offer, diagnosis.workforce)),
          compliance(ComplianceReport::check(offer, quote, ref.offers, ref.regulation,
                                             diagnosis.workforce, diagnosis.idcc)),
          risk(RiskModel::simulate(quote, years, 1)),
          comparison(
              OfferComparison::compare(diagnosis, offer, quote, ref.offers, pricer.assumptions())),
          study{diagnosis, offer, quote, compliance, risk, comparison} {}
    PricedOffer(const PricedOffer&) = delete;
    PricedOffer& operator=(const PricedOffer&) = delete;

    OfferPricer pricer;
    OfferQuote quote;
    ComplianceReport compliance;
    RiskReport risk;
    OfferComparison comparison;
    OfferStudy study;
};

}  // namespace cmcsim::test
