#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace cmcsim {

// A version of an offer the candidate saved for a company (the offer JSON of docs/offer-format.md).
struct SavedOffer {
    std::string siret;
    int version = 1;  // per company, from 1
    nlohmann::json offer;
    std::int64_t entry = 0;
};

// The offer versions the candidate saved ("offre.enregistrement"), in journal order, numbered per
// company from 1.
class SavedOffers {
public:
    // Records `offer` for `siret` as its next version.
    void add(const std::string& siret, nlohmann::json offer, std::int64_t entry);
    // How many versions `siret` has (its last version's number), 0 if none.
    int versions(const std::string& siret) const;
    // Version `version` of `siret`'s offers, or null.
    const SavedOffer* find(const std::string& siret, int version) const;
    const std::vector<SavedOffer>& all() const { return all_; }
    // [{"siret", "version", "offre", "entree"}], as the state's dump gives them.
    nlohmann::json toJson() const;

private:
    std::vector<SavedOffer> all_;
};

}  // namespace cmcsim
