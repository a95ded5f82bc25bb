#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cmcsim {

// A NAF rév. 2 sous-classe with its division and section.
struct NafCode {
    std::string code;    // "56.10A"
    std::string sirene;  // "5610A", the APE form
    std::string label;
    std::string division;  // "56"
    std::string divisionLabel;
    char section = 'A';
    std::string sectionLabel;  // short label
};

// The INSEE NAF rév. 2 nomenclature (732 sous-classes, 21 sections).
class NafNomenclature {
public:
    static NafNomenclature load(const std::filesystem::path& datasets);

    const std::vector<NafCode>& codes() const { return codes_; }
    // Accepts "56.10A" or "5610A".
    std::optional<std::uint16_t> find(std::string_view code) const;
    bool hasSection(char section) const;
    bool hasDivision(std::string_view division) const;
    std::string sectionLabel(char section) const;

private:
    std::vector<NafCode> codes_;
    std::unordered_map<std::string, std::uint16_t> byCode_;
};

}  // namespace cmcsim
