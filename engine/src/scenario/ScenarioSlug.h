#pragma once

#include <algorithm>
#include <string>

namespace cmcsim {

// Whether `text` is an id of the scenario format: lower-case letters, digits and hyphens,
// starting with a letter (docs/scenario-format.md).
inline bool isScenarioSlug(const std::string& text) {
    if (text.empty() || text[0] < 'a' || text[0] > 'z') return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

}  // namespace cmcsim
