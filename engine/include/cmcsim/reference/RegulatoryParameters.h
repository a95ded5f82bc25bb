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
    // Whether the value stays in force after the table's last year (`reconduit`): "non" for a
    // measure of one year, such as the insurers' contribution exceptionnelle of the LFSS 2026.
    bool carriedForward = true;
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
    // The value in force in `year`, which may be after the table's last year: then the last
    // year's value if it is carried forward (the latest known PASS, rates…), 0 if not (a
    // one-year measure has ended). Throws std::out_of_range for a year before the table or an
    // unknown parameter.
    double inForce(int year, const std::string& parameter) const;
    int lastYear() const;
    const std::map<int, std::map<std::string, RegulatoryValue>>& all() const { return byYear_; }

private:
    std::map<int, std::map<std::string, RegulatoryValue>> byYear_;
};

}  // namespace cmcsim
