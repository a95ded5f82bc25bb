#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace cmcsim {

// A scenario shipped with cmcsim in scenarios/.
struct BundledScenario {
    std::string id;
    std::string title;
    std::filesystem::path path;
    bool isDefault = false;
};

// The bundled scenarios listed in scenarios/index.json, and how a user names one.
class ScenarioLibrary {
public:
    static ScenarioLibrary load(const std::filesystem::path& scenariosDir);

    const std::vector<BundledScenario>& scenarios() const { return scenarios_; }
    const BundledScenario& defaultScenario() const;
    // "default", a bundled id, or a path to a file: the file to load (InputError otherwise).
    std::filesystem::path resolve(const std::string& name) const;

private:
    std::vector<BundledScenario> scenarios_;
};

}  // namespace cmcsim
