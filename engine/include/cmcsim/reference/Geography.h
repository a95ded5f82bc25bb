#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cmcsim {

// A commune of the INSEE Code officiel géographique with its population and reference point.
struct Commune {
    std::string code;  // INSEE code, "76540"
    std::string name;
    std::string departement;
    std::string region;
    std::uint32_t population = 0;  // population municipale
    double latitude = 0;
    double longitude = 0;
};

// A département with its region name and population.
struct Departement {
    std::string code;
    std::string name;
    std::string region;
    std::string regionName;
    std::uint64_t population = 0;
};

// French territory: régions, départements and communes, indexed by code.
class Geography {
public:
    static Geography load(const std::filesystem::path& datasets);

    // Every commune, in the file's order (datasets/communes.csv). Built on the first call from
    // the file's text, checked by load() (35,000 communes: a one-company command that only needs
    // their départements, populations and points, below, never builds them); thread-safe.
    const std::vector<Commune>& communes() const;
    const std::vector<Departement>& departements() const { return departements_; }
    std::optional<std::uint32_t> communeIndex(std::string_view code) const;
    const Departement* departement(const std::string& code) const;
    std::uint64_t totalPopulation() const { return totalPopulation_; }

    // What communes()[commune] holds, without building communes(): their number, a commune's
    // population municipale, its département's index in departements() and code, and the
    // great-circle distance in kilometres between two communes (distanceKm's, to the bit).
    std::uint32_t communeCount() const { return static_cast<std::uint32_t>(population_.size()); }
    std::uint32_t population(std::uint32_t commune) const { return population_[commune]; }
    std::uint32_t departementIndex(std::uint32_t commune) const { return departementOf_[commune]; }
    const std::string& departementCode(std::uint32_t commune) const {
        return departements_[departementOf_[commune]].code;
    }
    double distanceKm(std::uint32_t a, std::uint32_t b) const;

    // Great-circle distance in kilometres between two communes' reference points.
    static double distanceKm(const Commune& a, const Commune& b);

private:
    struct Names;  // the communes' table and, once built, the communes (communes())

    std::vector<Departement> departements_;
    // Each commune's département (index in departements_), population and reference point.
    std::vector<std::uint16_t> departementOf_;
    std::vector<std::uint32_t> population_;
    std::vector<double> latitude_, longitude_;
    std::shared_ptr<Names> names_;
    // Commune index by the number of its INSEE code (communeSlot), kNoCommune where none.
    std::vector<std::uint32_t> communeBySlot_;
    std::unordered_map<std::string, std::uint32_t> departementByCode_;
    std::uint64_t totalPopulation_ = 0;
};

}  // namespace cmcsim
