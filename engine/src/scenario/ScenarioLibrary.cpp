#include "cmcsim/scenario/ScenarioLibrary.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "cmcsim/core/InputError.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/TextFile.h"

namespace cmcsim {

namespace {
nlohmann::json readJson(const std::filesystem::path& path) {
    return JsonReader::parse(TextFile::read(path), path.string());
}
}  // namespace

ScenarioLibrary ScenarioLibrary::load(const std::filesystem::path& scenariosDir) {
    const auto indexPath = scenariosDir / "index.json";
    const auto index = readJson(indexPath);
    if (!index.is_object() || !index.contains("default") || !index["default"].is_string() ||
        !index.contains("scenarios") || !index["scenarios"].is_array())
        throw InputError(indexPath.string(),
                         "objet { \"default\": id, \"scenarios\": [fichiers] } attendu");
    ScenarioLibrary library;
    const auto defaultId = index["default"].get<std::string>();
    for (const auto& file : index["scenarios"]) {
        if (!file.is_string()) throw InputError(indexPath.string(), "noms de fichiers attendus");
        const auto path = scenariosDir / file.get<std::string>();
        const auto json = readJson(path);
        if (!json.is_object() || !json.contains("id") || !json["id"].is_string())
            throw InputError(path.string(), "scénario sans « id »");
        BundledScenario s;
        s.id = json["id"].get<std::string>();
        s.title = json.value("title", std::string());
        s.path = path;
        s.isDefault = s.id == defaultId;
        library.scenarios_.push_back(std::move(s));
    }
    library.defaultScenario();
    return library;
}

const BundledScenario& ScenarioLibrary::defaultScenario() const {
    for (const auto& s : scenarios_)
        if (s.isDefault) return s;
    throw InputError("scenarios/index.json", "le scénario par défaut n'est pas dans la liste");
}

std::filesystem::path ScenarioLibrary::resolve(const std::string& name) const {
    if (name == "default") return defaultScenario().path;
    for (const auto& s : scenarios_)
        if (s.id == name) return s.path;
    // Anything on disk, or named like a path, is read as a file: reading it says what is wrong
    // (a folder, a device, a missing file).
    std::error_code ec;
    if (std::filesystem::exists(name, ec) || name.find('/') != std::string::npos ||
        name.ends_with(".json"))
        return name;
    std::string ids;
    for (const auto& s : scenarios_) ids += (ids.empty() ? "" : ", ") + s.id;
    throw InputError(
        name, fmt::format("ni un fichier ni un scénario fourni (disponibles : default, {})", ids));
}

}  // namespace cmcsim
