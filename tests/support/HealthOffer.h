#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace cmcsim::test {

// An offer of `product` to all staff, the employer paying `employerPct` % of the single (isolé)
// rate, with the cadres' 1,50 % provident (the obligation of a company with cadres), as
// the Offres workspace saves it (docs/offer-format.md).
inline nlohmann::json healthOffer(const std::string& product, double employerPct = 60,
                                  const std::string& needs = "") {
    nlohmann::json offer = {
        {"format", "cmcsim-offre/1"},
        {"titre", "Offre " + product},
        {"date_effet", "2026-04-01"},
        {"categories",
         nlohmann::json::array(
             {{{"categorie", "ensemble"},
               {"sante",
                {{"produit", product},
                 {"structure", "isole_famille"},
                 {"part_employeur_base", "tarif_isole"},
                 {"part_employeur_pct", employerPct}}},
               {"prevoyance", {{"produit", "prev_cadres_150"}, {"part_employeur_pct", 100}}}}})},
        {"services", nlohmann::json::array()}};
    if (!needs.empty()) offer["besoins_exigences"] = needs;
    return offer;
}

}  // namespace cmcsim::test
