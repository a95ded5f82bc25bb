// ScenarioPack::isPack and ScenarioPack::chosen: a pack named where a scenario is expected
// (`cmcsim generate PACK#ID`, `cmcsim scenario show PACK#ID`).
#include <fmt/format.h>

#include <fstream>

#include "cmcsim/core/InputError.h"
#include "cmcsim/scenario/ScenarioPack.h"

namespace cmcsim {

namespace fs = std::filesystem;

bool ScenarioPack::isPack(const fs::path& path) {
    std::error_code error;
    if (fs::is_directory(path, error)) return fs::is_regular_file(path / kManifest, error);
    if (!fs::is_regular_file(path, error)) return false;
    if (path.extension() == ".zip") return true;
    char magic[4] = {};
    std::ifstream(path, std::ios::binary).read(magic, sizeof magic);
    return std::string(magic, sizeof magic) == std::string("PK\x03\x04", 4);
}

std::optional<ScenarioPack::Entry> ScenarioPack::chosen(const std::string& name,
                                                        const ScenarioLoader& loader) {
    std::string packName = name, id;
    if (!isPack(name)) {
        const auto hash = name.rfind('#');
        if (hash == std::string::npos || !isPack(name.substr(0, hash))) return std::nullopt;
        packName = name.substr(0, hash);
        id = name.substr(hash + 1);
    }
    auto pack = read(packName, loader);
    for (auto& entry : pack.scenarios)
        if (!id.empty() && (entry.scenario.id == id || entry.file == id)) return std::move(entry);
    std::string list;
    for (const auto& entry : pack.scenarios)
        list += fmt::format("\n  {}#{} : {} ({})", packName, entry.scenario.id,
                            entry.scenario.title, entry.file);
    const auto what = id.empty()
                          ? fmt::format(
                                "c'est un paquet de scénarios (« {} »), pas un scénario : "
                                "choisir l'un de ses scénarios par PAQUET#identifiant",
                                pack.title)
                          : fmt::format(
                                "le paquet « {} » n'a pas de scénario « {} » (identifiant ou "
                                "nom de fichier) ; ses scénarios :",
                                pack.title, id);
    throw InputError(packName, what + list);
}

}  // namespace cmcsim
