#pragma once

#include <array>
#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// A legal form (catégorie juridique, INSEE level III) with its frequency by company size and
// the sectors where it occurs.
struct LegalForm {
    std::string code;  // "5710"
    std::string label;
    std::array<double, 3> weights{};     // companies of 0-9, 10-49, 50+ employees
    std::vector<std::string> divisions;  // NAF divisions where the form occurs; empty = any

    bool allowedIn(const std::string& division) const;
    // A legal person under administrative law (catégorie juridique 7…): State, local
    // authorities, public establishments. Only their SIREN begin with 1 or 2 (INSEE, definition
    // c2047; domain-facts J.5).
    bool publicBody() const { return !code.empty() && code[0] == '7'; }

    static std::vector<LegalForm> load(const std::filesystem::path& datasets);
};

}  // namespace cmcsim
