#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cmcsim {

struct Tender;
struct TenderResponse;

// The rules a submission must keep (docs/simulation.md "Les appels d'offres"): in time, the
// specifications read, every question answered, every document provided, and an offer matching
// the requested products, rate structure and expression.
struct TenderCompliance {
    // Why depositing `response` in `week` is refused, one French reason each; empty when it is
    // accepted. `offer` is the offer JSON of the draft's version (null when there is none).
    static std::vector<std::string> submissionRefusals(const Tender& tender,
                                                       const TenderResponse& response, int week,
                                                       const nlohmann::json* offer);
    // Where the offer JSON (docs/offer-format.md) departs from the requested products and rate
    // structure, one French reason each.
    static std::vector<std::string> offerGaps(const Tender& tender, const nlohmann::json& offer);
    // The words of a text (runs of letters or digits).
    static int wordCount(const std::string& text);
};

}  // namespace cmcsim
