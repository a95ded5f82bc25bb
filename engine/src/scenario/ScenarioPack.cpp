#include "cmcsim/scenario/ScenarioPack.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "PackFiles.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/OutputFile.h"
#include "cmcsim/core/TextFile.h"
#include "cmcsim/scenario/ScenarioLoader.h"
#include "cmcsim/scenario/ScenarioWriter.h"

namespace cmcsim {

namespace {

// A plain file name of the pack: no folder, no hidden file, ending in ".json".
std::string fileNameProblem(const std::string& name) {
    const bool plain = std::all_of(name.begin(), name.end(),
                                   [](char c) {
                                       return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                              (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                                              c == '.';
                                   }) &&
                       !name.empty() && name[0] != '.' && name.size() <= 100;
    if (!plain)
        return "nom de fichier du paquet attendu : lettres, chiffres, « - », « _ » et « . », sans "
               "dossier (au plus 100 caractères)";
    if (!name.ends_with(".json")) return "fichier de scénario .json attendu";
    if (name == ScenarioPack::kManifest) return "le manifeste n'est pas un scénario";
    return {};
}

// Runs `action`, adding the problems of an InputError it throws to `problems`.
template <typename Action>
void collect(std::vector<Problem>& problems, Action&& action) {
    try {
        action();
    } catch (const InputError& e) {
        problems.insert(problems.end(), e.problems().begin(), e.problems().end());
    }
}

// The file names the manifest lists, in order ("" where an element is wrong); its problems are
// added to `found`, placed "PACK/manifest.json $.path". Throws InputError on a JSON syntax error.
std::vector<std::string> readManifest(const std::string& text, const std::string& place,
                                      ScenarioPack& pack, std::vector<Problem>& found) {
    std::vector<Problem> problems;
    const auto document = JsonReader::parse(text, place, problems);
    const JsonReader root(document, problems);
    std::vector<std::string> files;
    if (root.expectObject()) {
        root.allowOnly({"format", "title", "author", "version", "scenarios"});
        if (auto f = root.text("format", 1, 100); f && *f != ScenarioPack::kFormat)
            root.problemAt("format", fmt::format("doit valoir \"{}\"", ScenarioPack::kFormat));
        pack.title = root.words("title", 1, 120).value_or("");
        pack.author = root.words("author", 1, 120).value_or("");
        pack.version = root.words("version", 1, 40).value_or("");
        std::map<std::string, std::size_t> seen;
        for (const auto& item : root.array("scenarios", 1, ScenarioPack::kMaxScenarios)) {
            std::string name;
            if (!item.value().is_string())
                item.problem("nom de fichier attendu (texte entre guillemets)");
            else if (const auto why = fileNameProblem(item.value().get<std::string>());
                     !why.empty())
                item.problem(why);
            else if (const auto [at, added] =
                         seen.emplace(item.value().get<std::string>(), files.size());
                     !added)
                item.problem(
                    fmt::format("« {} » figure déjà en position {} : une seule fois attendu",
                                at->first, at->second));
            else
                name = at->first;
            files.push_back(name);
        }
    }
    collect(found, [&] { JsonReader::throwIfAny(std::move(problems), place); });
    return files;
}

}  // namespace

ScenarioPack ScenarioPack::read(const std::filesystem::path& path, const ScenarioLoader& loader) {
    const PackFiles files(path);
    const auto manifestPlace = files.placeOf(kManifest);
    const auto manifest = files.read(kManifest);
    if (!manifest)
        throw InputError(manifestPlace, "manifeste absent : un paquet contient « manifest.json »");
    ScenarioPack pack;
    std::vector<Problem> problems;
    std::vector<std::string> names;
    collect(problems, [&] { names = readManifest(*manifest, manifestPlace, pack, problems); });
    std::map<std::string, std::string> fileOfId;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i].empty()) continue;
        const auto listed = fmt::format("{} $.scenarios[{}]", manifestPlace, i);
        collect(problems, [&] {
            const auto text = files.read(names[i]);
            if (!text) throw InputError(listed, fmt::format("« {} » absent du paquet", names[i]));
            auto scenario = loader.fromText(*text, files.placeOf(names[i]));
            if (const auto [at, added] = fileOfId.emplace(scenario.id, names[i]); !added)
                throw InputError(listed, fmt::format("scénario « {} » déjà fourni par « {} »",
                                                     scenario.id, at->second));
            pack.scenarios.push_back({names[i], std::move(scenario)});
        });
    }
    if (!problems.empty()) throw InputError(std::move(problems));
    return pack;
}

std::string ScenarioPack::manifestJson() const {
    nlohmann::ordered_json out = {{"format", kFormat},
                                  {"title", title},
                                  {"author", author},
                                  {"version", version},
                                  {"scenarios", nlohmann::ordered_json::array()}};
    for (const auto& entry : scenarios) out["scenarios"].push_back(entry.file);
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string ScenarioPack::fileText(const Entry& entry) {
    return entry.scenario.sourceJson.empty() ? ScenarioWriter::toJson(entry.scenario)
                                             : entry.scenario.sourceJson;
}

void ScenarioPack::writeZip(const std::filesystem::path& target, bool overwrite,
                            const std::vector<std::filesystem::path>& inputs) const {
    OutputFile output(target, overwrite, inputs);
    std::vector<std::pair<std::string, std::string>> entries{{kManifest, manifestJson()}};
    for (const auto& entry : scenarios) entries.emplace_back(entry.file, fileText(entry));
    try {
        PackFiles::writeZip(output.path(), entries);
    } catch (const std::runtime_error& e) {
        throw output.failure(e.what());
    }
    output.commit();
}

void ScenarioPack::writeFolder(const std::filesystem::path& folder) const {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw InputError(folder.string(), fmt::format("création du dossier impossible : {}",
                                                      TextFile::reason(error.value())));
    const auto write = [&](const std::string& name, const std::string& text) {
        OutputFile output(folder / name, true);
        {
            std::ofstream out(output.path(), std::ios::binary);
            out << text;
            if (!out.flush()) throw output.failure("disque plein ou fichier non inscriptible");
        }
        output.commit();
    };
    write(kManifest, manifestJson());
    for (const auto& entry : scenarios) write(entry.file, fileText(entry));
}

}  // namespace cmcsim
