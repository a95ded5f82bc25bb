#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cmcsim/needs/CompanyNeeds.h"

namespace cmcsim {

struct Market;
struct ReferenceData;

// A company's hidden needs as evaluators read them (`cmcsim needs --truth`, the `besoins`
// section of `diagnose --truth`): French text, or JSON with French keys. Never shown to the
// candidate, who discovers them in meetings.
struct NeedsReport {
    // `market` is the one `needs` was computed on (its company, insurers, prescribers).
    static std::string text(const CompanyNeeds& needs, const Market& market,
                            const ReferenceData& reference);
    static nlohmann::json json(const CompanyNeeds& needs, const Market& market,
                               const ReferenceData& reference);
    // "Dirigeant", "DRH", "CSE", "Expert-comptable", "Courtier".
    static std::string roleLabel(const std::string& role);
};

}  // namespace cmcsim
