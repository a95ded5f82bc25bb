#include "cmcsim/reference/Geography.h"

#include <climits>
#include <cmath>
#include <mutex>

#include "cmcsim/core/InputError.h"
#include "cmcsim/reference/CsvTable.h"

namespace cmcsim {

struct Geography::Names {
    CsvTable table;  // datasets/communes.csv, checked; released once the communes are built
    std::once_flag built;
    std::vector<Commune> communes;
};

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

// Great-circle distance in kilometres between two points (haversine), in degrees.
double haversineKm(double latitudeA, double longitudeA, double latitudeB, double longitudeB) {
    constexpr double radiansPerDegree = 3.14159265358979323846 / 180.0;
    constexpr double earthRadiusKm = 6371.0;
    const double dLat = (latitudeB - latitudeA) * radiansPerDegree;
    const double dLon = (longitudeB - longitudeA) * radiansPerDegree;
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(latitudeA * radiansPerDegree) *
                                                      std::cos(latitudeB * radiansPerDegree) *
                                                      std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::sqrt(std::min(1.0, h)));
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

    // The communes are checked here, cell by cell, but kept as their file's text: communes()
    // builds them from it on first use.
    g.names_ = std::make_shared<Names>();
    auto& communes = g.names_->table;
    communes = CsvTable::load(datasets / "communes.csv", "datasets/communes.csv",
                              {"code_insee", "nom", "dep", "reg", "population_municipale",
                               "population_totale", "lat", "lon", "coord_source"});
    const auto rows = communes.rowCount();
    g.departementOf_.reserve(rows);
    g.population_.reserve(rows);
    g.latitude_.reserve(rows);
    g.longitude_.reserve(rows);
    g.communeBySlot_.assign(kCommuneSlots, kNoCommune);
    std::string_view lastDepartement;
    std::uint32_t departement = 0;
    for (std::size_t r = 0; r < rows; ++r) {
        const auto slot = communeSlot(communes.requiredView(r, 0));
        if (!slot)
            communes.fail(r, 0,
                          "code INSEE à 5 caractères attendu (5 chiffres, ou 2A/2B et 3 chiffres)");
        communes.requiredView(r, 1);
        const auto dep = communes.requiredView(r, 2);
        // Communes come département by département: a run of one is looked up once.
        if (r == 0 || dep != lastDepartement) {
            const auto it = g.departementByCode_.find(std::string(dep));
            if (it == g.departementByCode_.end())
                communes.fail(r, 2, "code de département connu attendu");
            lastDepartement = dep;
            departement = it->second;
        }
        communes.requiredView(r, 3);
        const auto population = static_cast<std::uint32_t>(communes.integer(r, 4, 0, 10'000'000));
        const double latitude = communes.number(r, 6, -90, 90);
        const double longitude = communes.number(r, 7, -180, 180);
        if (g.communeBySlot_[*slot] != kNoCommune) communes.fail(r, 0, "code INSEE unique attendu");
        g.communeBySlot_[*slot] = static_cast<std::uint32_t>(r);
        g.departementOf_.push_back(static_cast<std::uint16_t>(departement));
        g.population_.push_back(population);
        g.latitude_.push_back(latitude);
        g.longitude_.push_back(longitude);
        g.totalPopulation_ += population;
    }
    return g;
}

const std::vector<Commune>& Geography::communes() const {
    static const std::vector<Commune> none;
    if (!names_) return none;
    auto& names = *names_;
    std::call_once(names.built, [&] {
        names.communes.reserve(communeCount());
        for (std::uint32_t r = 0; r < communeCount(); ++r)
            names.communes.push_back({names.table.text(r, 0), names.table.text(r, 1),
                                      names.table.text(r, 2), names.table.text(r, 3),
                                      population_[r], latitude_[r], longitude_[r]});
        names.table = CsvTable();
    });
    return names.communes;
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

double Geography::distanceKm(std::uint32_t a, std::uint32_t b) const {
    return haversineKm(latitude_[a], longitude_[a], latitude_[b], longitude_[b]);
}

double Geography::distanceKm(const Commune& a, const Commune& b) {
    return haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
}

}  // namespace cmcsim
