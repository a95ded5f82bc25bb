#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/core/Date.h"
#include "cmcsim/core/InputError.h"

namespace cmcsim {

// Criteria that select lines of the prospect file; criteria of different kinds combine with
// AND, values within one kind with OR; an empty kind does not filter.
struct ProspectFilter {
    std::vector<std::string> sections;   // NAF section letters
    std::vector<std::string> divisions;  // NAF divisions "56"
    std::vector<std::string> sizeBands;  // INSEE establishment bands "11"
    std::vector<std::string> departements;
    std::vector<std::string> communes;  // INSEE codes
    std::string aroundCommune;          // with radiusKm: within that distance
    double radiusKm = 0;
    std::vector<std::string> idcc;      // "0000" = no collective agreement
    std::vector<std::string> insurers;  // competitor codes, "aucun" = no contract (needs the study)
    std::optional<Date> renewalFrom, renewalTo;  // health renewal window (needs the study)
    std::vector<int> coverageLevels;             // 1..4 (needs the study)
    std::string text;                            // in the name or SIRET, case and accents ignored

    bool empty() const;
    nlohmann::json toJson() const;
    // Reads a filter saved by toJson(); problems are reported under `path`.
    static ProspectFilter fromJson(const nlohmann::json& json, std::vector<Problem>& problems,
                                   const std::string& path = "$");
};

}  // namespace cmcsim
