#include "cmcsim/reference/Geography.h"

#include <cmath>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

Geography Geography::load(const std::filesystem::path& datasets) {
    Geography g;
    const auto deps = CsvTable::load(datasets / "departements.csv", "datasets/departements.csv",
                                     {"dep", "nom", "reg", "region_nom", "cheflieu", "nb_communes",
                                      "population_municipale", "population_totale"});
    for (std::size_t r = 0; r < deps.rowCount(); ++r) {
        Departement d{deps.required(r, 0), deps.required(r, 1), deps.required(r, 2),
                      deps.required(r, 3),
                      static_cast<std::uint64_t>(deps.integer(r, 6, 0, 100'000'000))};
        if (!g.departementByCode_
                 .emplace(d.code, static_cast<std::uint32_t>(g.departements_.size()))
                 .second)
            deps.fail(r, 0, "code de département unique attendu");
        g.departements_.push_back(std::move(d));
    }

    const auto communes =
        CsvTable::load(datasets / "communes.csv", "datasets/communes.csv",
                       {"code_insee", "nom", "dep", "reg", "population_municipale",
                        "population_totale", "lat", "lon", "coord_source"});
    g.communes_.reserve(communes.rowCount());
    g.communeByCode_.reserve(communes.rowCount());
    for (std::size_t r = 0; r < communes.rowCount(); ++r) {
        Commune c;
        c.code = communes.required(r, 0);
        if (c.code.size() != 5) communes.fail(r, 0, "code INSEE à 5 caractères attendu");
        c.name = communes.required(r, 1);
        c.departement = communes.required(r, 2);
        if (!g.departementByCode_.contains(c.departement))
            communes.fail(r, 2, "code de département connu attendu");
        c.region = communes.required(r, 3);
        c.population = static_cast<std::uint32_t>(communes.integer(r, 4, 0, 10'000'000));
        c.latitude = communes.number(r, 6, -90, 90);
        c.longitude = communes.number(r, 7, -180, 180);
        if (!g.communeByCode_.emplace(c.code, static_cast<std::uint32_t>(g.communes_.size()))
                 .second)
            communes.fail(r, 0, "code INSEE unique attendu");
        g.totalPopulation_ += c.population;
        g.communes_.push_back(std::move(c));
    }
    return g;
}

std::optional<std::uint32_t> Geography::communeIndex(const std::string& code) const {
    const auto it = communeByCode_.find(code);
    if (it == communeByCode_.end()) return std::nullopt;
    return it->second;
}

const Departement* Geography::departement(const std::string& code) const {
    const auto it = departementByCode_.find(code);
    return it == departementByCode_.end() ? nullptr : &departements_[it->second];
}

double Geography::distanceKm(const Commune& a, const Commune& b) {
    constexpr double radiansPerDegree = 3.14159265358979323846 / 180.0;
    constexpr double earthRadiusKm = 6371.0;
    const double dLat = (b.latitude - a.latitude) * radiansPerDegree;
    const double dLon = (b.longitude - a.longitude) * radiansPerDegree;
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(a.latitude * radiansPerDegree) *
                                                      std::cos(b.latitude * radiansPerDegree) *
                                                      std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::sqrt(std::min(1.0, h)));
}

}  // namespace cmcsim
