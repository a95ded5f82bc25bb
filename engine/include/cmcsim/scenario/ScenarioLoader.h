#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

struct ReferenceData;

// Reads and validates a scenario; every problem is reported with its JSON path (InputError).
class ScenarioLoader {
public:
    explicit ScenarioLoader(const ReferenceData& reference) : reference_(reference) {}

    Scenario fromFile(const std::filesystem::path& path) const;
    Scenario fromText(std::string_view json, const std::string& sourceName) const;

private:
    const ReferenceData& reference_;
};

}  // namespace cmcsim
