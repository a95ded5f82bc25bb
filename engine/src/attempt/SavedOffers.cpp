#include "cmcsim/attempt/SavedOffers.h"

#include <algorithm>

namespace cmcsim {

void SavedOffers::add(const std::string& siret, nlohmann::json offer, std::int64_t entry) {
    all_.push_back({siret, versions(siret) + 1, std::move(offer), entry});
}

int SavedOffers::versions(const std::string& siret) const {
    return static_cast<int>(std::count_if(all_.begin(), all_.end(),
                                          [&](const SavedOffer& o) { return o.siret == siret; }));
}

const SavedOffer* SavedOffers::find(const std::string& siret, int version) const {
    const auto it = std::find_if(all_.begin(), all_.end(), [&](const SavedOffer& o) {
        return o.siret == siret && o.version == version;
    });
    return it == all_.end() ? nullptr : &*it;
}

nlohmann::json SavedOffers::toJson() const {
    auto out = nlohmann::json::array();
    for (const auto& o : all_)
        out.push_back(
            {{"siret", o.siret}, {"version", o.version}, {"offre", o.offer}, {"entree", o.entry}});
    return out;
}

}  // namespace cmcsim
