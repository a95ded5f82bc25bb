#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// How a sector's workforce is made: sex, cadres, age, family situation and pay levels
// (datasets/profils_effectifs.csv, one per NAF section; modelling assumptions marked there).
struct WorkforceProfile {
    char section = 'A';
    double womenShare = 0;
    double cadreShare = 0;
    std::array<double, 6> ageShares{};     // 16-24, 25-34, 35-44, 45-54, 55-64, 65+
    std::array<double, 4> familyShares{};  // isolé, couple, monoparental, famille
    double childrenPerFamily = 0;
    double nonCadrePayInSmic = 0;  // mean gross annual pay, multiples of the annual SMIC
    double cadrePayInPass = 0;     // mean gross annual pay, multiples of the PASS

    static std::vector<WorkforceProfile> load(const std::filesystem::path& datasets);
};

}  // namespace cmcsim
