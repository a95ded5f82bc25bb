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
// AND, values within one kind with OR ("HCR de 10 à 49 salariés": idcc 1979 AND size band 11 OR
// 12); an empty kind does not filter. Saved as JSON in the journal (filtre.enregistrement) and in
// segments: see toJson() for the keys.
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
    std::string text;  // every word in the name or SIRET, case and accents ignored (TextQuery)
    // The candidate's own marks (ProspectMarks); unset or empty does not filter.
    std::optional<bool> verified;   // record verified (or not)
    std::optional<bool> flagged;    // at least one anomaly flagged (or none)
    std::optional<bool> noted;      // at least one note (or none)
    std::vector<std::string> tags;  // carries one of these tags

    bool empty() const;
    // {"sections": ["I"], "divisions": ["56"], "tranches": ["11", "12"], "departements",
    // "communes", "autour": {"commune", "rayon_km"}, "idcc", "assureurs", "echeance_du",
    // "echeance_au", "niveaux": [1..4], "texte", "verifiee": bool, "signalee": bool,
    // "annotee": bool, "etiquettes": [...]}; empty criteria are left out.
    nlohmann::json toJson() const;
    // Reads a filter saved by toJson(); problems are reported under `path`. Filters saved by
    // older versions still load: a list criterion may be one string ("tranches": "11") and a
    // level one number ("niveaux": 2).
    static ProspectFilter fromJson(const nlohmann::json& json, std::vector<Problem>& problems,
                                   const std::string& path = "$");
};

}  // namespace cmcsim
