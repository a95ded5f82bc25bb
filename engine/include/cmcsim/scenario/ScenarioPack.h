#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

class ScenarioLoader;

// A scenario pack (docs/scenario-format.md, "Packs"): the scenarios a trainer shares with a
// group, as a folder or a single zip archive holding manifest.json (format, title, author,
// version, the scenario files) and those files.
struct ScenarioPack {
    static constexpr const char* kFormat = "cmcsim-pack/1";
    static constexpr const char* kManifest = "manifest.json";
    static constexpr std::size_t kMaxScenarios = 100;

    // One scenario of the pack: its file name in the pack and the scenario as loaded.
    struct Entry {
        std::string file;
        Scenario scenario;
    };

    std::string title, author, version;
    std::vector<Entry> scenarios;

    // Reads a pack folder or zip archive, validating the manifest and every scenario it lists.
    // Throws InputError with every problem of every file, each placed "PACK/FILE $.path" (or
    // "PACK/FILE:line:column" for JSON syntax), the reasons of ScenarioLoader for scenarios.
    static ScenarioPack read(const std::filesystem::path& pack, const ScenarioLoader& loader);

    // A pack on disk: a folder holding manifest.json, or a zip archive (its name ends in ".zip"
    // or its first bytes are a zip's).
    static bool isPack(const std::filesystem::path& path);
    // The scenario that `name` chooses in a pack, "PACK#ID" (ID: a scenario's id or its file name
    // in the pack), with the pack read whole (read's errors); nothing when `name` names no pack
    // (a scenario file, a bundled id). A pack named alone, or an ID the pack does not hold, is an
    // InputError naming the pack that lists its scenarios and how to choose one.
    static std::optional<Entry> chosen(const std::string& name, const ScenarioLoader& loader);

    // The manifest's text (pretty-printed, 2-space indent, keys in the documented order).
    std::string manifestJson() const;
    // The text of an entry's file: the text it was read from, else ScenarioWriter's.
    static std::string fileText(const Entry& entry);
    // Writes the pack as a zip archive (manifest first, then the files in the manifest's order)
    // or as a folder (created if missing; its manifest and files replaced). The archive goes
    // through OutputFile (an existing file needs `overwrite`). Throws InputError naming the
    // target when it cannot be written.
    // `inputs`: files the archive must never replace (the pack folder's own files); InputError
    // when `target` is one of them.
    void writeZip(const std::filesystem::path& target, bool overwrite,
                  const std::vector<std::filesystem::path>& inputs = {}) const;
    void writeFolder(const std::filesystem::path& folder) const;
};

}  // namespace cmcsim
