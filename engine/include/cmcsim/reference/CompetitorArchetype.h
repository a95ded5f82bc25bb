#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// A kind of competitor (national mutuelle, paritarian institution, bancassureur…) whose figures
// serve as defaults for the competitors a scenario names.
struct CompetitorArchetype {
    std::string id;
    std::string label;
    std::string kind;  // mutuelle | institution_prevoyance | compagnie_assurance
    double priceLevel = 1;
    int guaranteeLevel = 2;
    double serviceQuality = 0.5;
    double providentShare = 0;
    std::string description;

    static std::vector<CompetitorArchetype> load(const std::filesystem::path& datasets);
};

}  // namespace cmcsim
