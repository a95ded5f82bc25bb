#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace cmcsim {

class NafNomenclature;

// The real sector profile: employer establishments and employees per NAF sous-classe in the
// Rouen employment zone, 2022 (URSSAF open data, datasets/urssaf_ze_rouen_ape.csv), with
// authored weights for the sectors URSSAF does not cover (datasets/profil_secteurs_complement.csv).
class SectorProfile {
public:
    static SectorProfile load(const std::filesystem::path& datasets, const NafNomenclature& naf);

    // Indexed like NafNomenclature::codes().
    const std::vector<double>& establishments() const { return establishments_; }
    const std::vector<double>& employees() const { return employees_; }
    // Authored weights for sous-classes the profile lacks (agriculture), 0 elsewhere.
    const std::vector<double>& supplement() const { return supplement_; }
    double totalEstablishments() const;

private:
    std::vector<double> establishments_;
    std::vector<double> employees_;
    std::vector<double> supplement_;
};

}  // namespace cmcsim
