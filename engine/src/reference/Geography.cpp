#include "cmcsim/reference/Geography.h"

#include <climits>
#include <cmath>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

namespace {
constexpr std::uint32_t kNoCommune = UINT32_MAX;
constexpr std::size_t kCommuneSlots = 102'000;

// The slot of an INSEE commune code in a direct table: five digits are their number; Corse's
// "2A" and "2B" followed by three digits (which replaced "20" in 1976) take 100000 + the three
// digits and 101000 + the three digits. Any other text has no slot.
std::optional<std::size_t> communeSlot(std::string_view code) {
    if (code.size() != 5) return std::nullopt;
    for (std::size_t i = 2; i < 5; ++i)
        if (code[i] < '0' || code[i] > '9') return std::nullopt;
    const std::size_t last =
        static_cast<std::size_t>((code[2] - '0') * 100 + (code[3] - '0') * 10 + (code[4] - '0'));
    if (code[0] == '2' && (code[1] == 'A' || code[1] == 'B'))
        return (code[1] == 'A' ? 100'000 : 101'000) + last;
    if (code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return std::nullopt;
    return static_cast<std::size_t>((code[0] - '0') * 10 + (code[1] - '0')) * 1000 + last;
}
}  // namespace

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
    g.communeBySlot_.assign(kCommuneSlots, kNoCommune);
    for (std::size_t r = 0; r < communes.rowCount(); ++r) {
        Commune c;
        c.code = communes.required(r, 0);
        const auto slot = communeSlot(c.code);
        if (!slot)
            communes.fail(r, 0,
                          "code INSEE à 5 caractères attendu (5 chiffres, ou 2A/2B et 3 chiffres)");
        c.name = communes.required(r, 1);
        c.departement = communes.required(r, 2);
        // Communes come département by département: a run of one is looked up once.
        if ((r == 0 || c.departement != g.communes_.back().departement) &&
            !g.departementByCode_.contains(c.departement))
            communes.fail(r, 2, "code de département connu attendu");
        c.region = communes.required(r, 3);
        c.population = static_cast<std::uint32_t>(communes.integer(r, 4, 0, 10'000'000));
        c.latitude = communes.number(r, 6, -90, 90);
        c.longitude = communes.number(r, 7, -180, 180);
        if (g.communeBySlot_[*slot] != kNoCommune) communes.fail(r, 0, "code INSEE unique attendu");
        g.communeBySlot_[*slot] = static_cast<std::uint32_t>(g.communes_.size());
        g.totalPopulation_ += c.population;
        g.communes_.push_back(std::move(c));
    }
    return g;
}

std::optional<std::uint32_t> Geography::communeIndex(std::string_view code) const {
    const auto slot = communeSlot(code);
    if (!slot || communeBySlot_[*slot] == kNoCommune) return std::nullopt;
    return communeBySlot_[*slot];
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
