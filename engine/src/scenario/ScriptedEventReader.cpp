#include "ScriptedEventReader.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <set>

#include "ScenarioSlug.h"

namespace cmcsim {

namespace {

// The kinds a trainer scripts, and the one the calendar fixes (docs/simulation.md "veille").
const std::set<std::string> kTypes = {"hausse_concurrent", "preavis_resiliation",
                                      "derive_sinistralite", "franchissement_seuil"};

std::string competitorIds(const std::vector<CompetitorSpec>& competitors) {
    std::string ids;
    for (const auto& c : competitors)
        if (!c.id.empty()) ids += (ids.empty() ? "" : ", ") + c.id;
    return ids;
}

// A key only one type takes ("concurrent" for hausse_concurrent…) is refused on the others.
void onlyFor(const JsonReader& e, const ScriptedEvent& event, const char* key, const char* type) {
    if (!event.type.empty() && event.type != type && e.has(key))
        e.problemAt(key, fmt::format("seulement pour le type {}", type));
}

// The headcount a franchissement_seuil reaches: one of kThresholds, one wording for any other
// value (12, 11.5, "50").
int threshold(const JsonReader& e) {
    if (!e.has("seuil")) {
        e.problemAt("seuil", "champ obligatoire manquant");
        return 0;
    }
    const auto& v = e.value().at("seuil");
    for (const int allowed : ScriptedEvent::kThresholds)
        if (v.is_number_integer() && v.get<std::int64_t>() == allowed) return allowed;
    e.problemAt("seuil", fmt::format("{} ou {} attendu (les seuils d'effectif des obligations)",
                                     ScriptedEvent::kThresholds[0], ScriptedEvent::kThresholds[1]));
    return 0;
}

ScriptedEvent readOne(const JsonReader& e, int durationWeeks,
                      const std::vector<CompetitorSpec>& competitors) {
    ScriptedEvent event;
    if (!e.expectObject()) return event;
    e.allowOnly({"id", "type", "semaine", "concurrent", "taux", "seuil", "texte"});
    event.id = e.text("id", 3, 40).value_or("");
    if (!event.id.empty() && !isScenarioSlug(event.id))
        e.problemAt("id", "lettres minuscules, chiffres et tirets, en commençant par une lettre");
    const auto type = e.text("type", 1, 40).value_or("");
    if (type == "pass")
        e.problemAt("type",
                    "le PASS de l'année suivante est publié par le calendrier (pass_mois "
                    "de datasets/modele_reponse.csv) : il ne se scripte pas");
    else if (!type.empty() && !kTypes.contains(type))
        e.problemAt("type",
                    "hausse_concurrent, preavis_resiliation, derive_sinistralite ou "
                    "franchissement_seuil attendu");
    else
        event.type = type;
    event.week = static_cast<int>(e.integer("semaine", 1, std::max(1, durationWeeks)).value_or(0));
    onlyFor(e, event, "concurrent", "hausse_concurrent");
    onlyFor(e, event, "taux", "hausse_concurrent");
    onlyFor(e, event, "seuil", "franchissement_seuil");
    if (event.type == "hausse_concurrent") {
        event.competitor = e.text("concurrent", 1, 40).value_or("");
        const bool known = std::any_of(competitors.begin(), competitors.end(),
                                       [&](const auto& c) { return c.id == event.competitor; });
        if (!event.competitor.empty() && !known)
            e.problemAt("concurrent",
                        fmt::format("concurrent inconnu « {} » (ceux du scénario : {})",
                                    event.competitor, competitorIds(competitors)));
        event.rate = e.numberAbove("taux", 0, ScriptedEvent::kMaxRise).value_or(0);
    }
    if (event.type == "franchissement_seuil") event.threshold = threshold(e);
    event.text = e.words("texte", 1, ScriptedEvent::kMaxTextLength, false).value_or("");
    if (event.type == "hausse_concurrent" && event.text.find("{entreprise}") != std::string::npos)
        e.problemAt("texte",
                    "« {entreprise} » nomme l'entreprise d'un événement qui en concerne "
                    "une : une hausse concerne un concurrent, écrire son nom");
    return event;
}

}  // namespace

std::vector<ScriptedEvent> readScriptedEvents(const JsonReader& root, int durationWeeks,
                                              const std::vector<CompetitorSpec>& competitors) {
    std::vector<ScriptedEvent> events;
    std::set<std::string> ids;
    for (const auto& e : root.array("evenements", 0, 50)) {
        auto event = readOne(e, durationWeeks, competitors);
        if (!event.id.empty() && !ids.insert(event.id).second)
            e.problemAt("id", fmt::format("identifiant « {} » déjà utilisé", event.id));
        events.push_back(std::move(event));
    }
    return events;
}

}  // namespace cmcsim
