#include "StudyPurchases.h"

#include <nlohmann/json.hpp>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

std::vector<StudyPurchase> StudyPurchase::of(const AssessmentContext& context) {
    std::vector<StudyPurchase> purchases;
    const auto& bought = context.state.studies();
    for (const auto& entry : context.journal) {
        if (entry.kind != command::kBuyStudy) continue;
        const auto payload = nlohmann::json::parse(entry.payload, nullptr, false);
        if (!payload.is_object() || !payload.contains("etude") || !payload["etude"].is_string())
            continue;
        const auto id = payload["etude"].get<std::string>();
        if (!bought.contains(id)) continue;
        for (const auto& study : context.scenario.studies)
            if (study.id == id) purchases.push_back({&study, entry.sequence});
    }
    return purchases;
}

const char* StudyPurchase::kindLabel(const std::string& kind) {
    if (kind == "statistiques_territoire") return "statistiques du territoire";
    if (kind == "donnees_branche") return "données de branche";
    if (kind == "veille_concurrentielle") return "veille concurrentielle";
    if (kind == "extrait_portefeuille") return "extrait du portefeuille";
    if (kind == "annuaire_prescripteurs") return "annuaire des prescripteurs";
    return "étude";
}

}  // namespace cmcsim
