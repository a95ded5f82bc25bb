#pragma once

#include <cstdint>
#include <filesystem>
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

    const std::vector<Commune>& communes() const { return communes_; }
    const std::vector<Departement>& departements() const { return departements_; }
    std::optional<std::uint32_t> communeIndex(std::string_view code) const;
    const Departement* departement(const std::string& code) const;
    std::uint64_t totalPopulation() const { return totalPopulation_; }

    // Great-circle distance in kilometres between two communes' reference points.
    static double distanceKm(const Commune& a, const Commune& b);

private:
    std::vector<Commune> communes_;
    std::vector<Departement> departements_;
    // Commune index by the number of its INSEE code (communeSlot), kNoCommune where none.
    std::vector<std::uint32_t> communeBySlot_;
    std::unordered_map<std::string, std::uint32_t> departementByCode_;
    std::uint64_t totalPopulation_ = 0;
};

}  // namespace cmcsim
