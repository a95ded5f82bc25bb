#include "cmcsim/store/AttemptPreview.h"

#include <nlohmann/json.hpp>

#include "cmcsim/core/InputError.h"
#include "cmcsim/store/AttemptSchema.h"
#include "cmcsim/store/Database.h"

namespace cmcsim {

AttemptPreview AttemptPreview::read(const std::filesystem::path& file) {
    AttemptSchema::checkFile(file);
    Database db(file, Database::Mode::ReadOnly);
    AttemptSchema::checkDatabase(db);
    AttemptPreview p;
    auto info = db.prepare("SELECT key, value FROM attempt_info");
    while (info.step()) {
        if (info.text(0) == "candidat") p.candidate = info.text(1);
        if (info.text(0) == "scenario_id") p.scenarioId = info.text(1);
    }
    auto scenario = db.prepare("SELECT json FROM scenario LIMIT 1");
    if (!scenario.step()) throw InputError(file.string(), "scénario absent du fichier d'épreuve");
    const auto json = nlohmann::json::parse(scenario.text(0), nullptr, false);
    p.scenarioTitle = json.is_object() && json.contains("title") && json["title"].is_string()
                          ? json["title"].get<std::string>()
                          : p.scenarioId;
    auto first = db.prepare("SELECT wall_time FROM journal ORDER BY seq LIMIT 1");
    if (!first.step()) throw InputError(file.string(), "journal vide : l'épreuve n'a pas de début");
    p.created = first.text(0);
    auto last = db.prepare("SELECT wall_time, sim_date FROM journal ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
        p.lastActivity = last.text(0);
        p.simulatedDate = last.text(1);
    }
    p.entries = db.scalar("SELECT count(*) FROM journal");
    return p;
}

}  // namespace cmcsim
