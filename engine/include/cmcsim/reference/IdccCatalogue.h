#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace cmcsim {

// A collective agreement (convention collective) by its IDCC code.
struct CollectiveAgreement {
    std::string idcc;  // 4 digits
    std::string title;
};

// The list of collective agreements of the Ministère du Travail (datasets/idcc.csv).
class IdccCatalogue {
public:
    static IdccCatalogue load(const std::filesystem::path& datasets);

    const std::vector<CollectiveAgreement>& agreements() const { return agreements_; }
    std::optional<std::uint16_t> find(const std::string& idcc) const;
    // A short title for tables: the first clause of the official title.
    static std::string shortTitle(const std::string& title);

private:
    std::vector<CollectiveAgreement> agreements_;
    std::unordered_map<std::string, std::uint16_t> byCode_;
};

}  // namespace cmcsim
