#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// An INSEE "tranche d'effectif salarié" (codes 00 to 53, and NN) with its headcount range.
struct InseeSizeBand {
    std::string code;
    std::string label;
    std::uint32_t min = 0;
    std::uint32_t max = 0;  // inclusive; UINT32_MAX for the open band
};

// A company size band of the URSSAF national counts ("0-9" … "2000+") with its real figures.
struct CompanySizeBand {
    std::string key;  // "0-9"
    std::string label;
    std::uint32_t min = 0;
    std::uint32_t max = 0;
    double enterprises = 0;
    double establishments = 0;
    double employees = 0;
};

// Size bands: the INSEE establishment bands and the URSSAF 2024 national counts by company band.
class SizeBands {
public:
    static SizeBands load(const std::filesystem::path& datasets);

    const std::vector<InseeSizeBand>& insee() const { return insee_; }
    const std::vector<CompanySizeBand>& companyBands() const { return companyBands_; }
    // Index in insee() of the band holding `headcount` employees (never the NN band).
    std::uint8_t inseeBandFor(std::uint32_t headcount) const;
    // Index in insee() of "NN", the last: a prospect line whose band the extract does not know
    // (SIRENE's "unité non employeuse" or a band not yet updated); its headcount is unknown.
    std::uint8_t unknownBand() const { return static_cast<std::uint8_t>(insee_.size() - 1); }
    int companyBandIndex(const std::string& key) const;  // -1 when unknown
    static const std::array<std::string, 8>& companyBandKeys();

private:
    std::vector<InseeSizeBand> insee_;
    std::vector<CompanySizeBand> companyBands_;
};

}  // namespace cmcsim
