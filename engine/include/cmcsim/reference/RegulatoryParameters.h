#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace cmcsim {

// One regulatory figure of a year with its unit and legal reference.
struct RegulatoryValue {
    double value = 0;
    std::string unit;
    std::string reference;
    std::string confidence;
};

// Regulatory parameters by year (PASS, SMIC, exemption limits, taxes…), 2024–2026.
class RegulatoryParameters {
public:
    static RegulatoryParameters load(const std::filesystem::path& datasets);

    bool hasYear(int year) const;
    // Throws std::out_of_range with the parameter name when absent.
    const RegulatoryValue& get(int year, const std::string& parameter) const;
    double value(int year, const std::string& parameter) const {
        return get(year, parameter).value;
    }
    const std::map<int, std::map<std::string, RegulatoryValue>>& all() const { return byYear_; }

private:
    std::map<int, std::map<std::string, RegulatoryValue>> byYear_;
};

}  // namespace cmcsim
