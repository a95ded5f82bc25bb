// Temporary definitions for branch `weeks` until branch `plan` (which owns this file) is merged:
// at the merge, the plan helper's version replaces this one whole.
#include "cmcsim/plan/ActionPlan.h"

#include <array>

namespace cmcsim {

namespace {
struct KindName {
    const char* code;
    const char* label;
};
constexpr std::array<KindName, 7> kKinds = {{{"sequence_appels", "Séquence d'appels"},
                                             {"publipostage", "Publipostage"},
                                             {"emailing", "E-mailing"},
                                             {"rendez_vous", "Rendez-vous"},
                                             {"salon", "Salon"},
                                             {"evenement_prescripteur", "Événement prescripteurs"},
                                             {"revue_portefeuille", "Revue de portefeuille"}}};
}  // namespace

const char* actionKindCode(ActionKind kind) {
    return kKinds[static_cast<std::size_t>(kind)].code;
}

const char* actionKindLabel(ActionKind kind) {
    return kKinds[static_cast<std::size_t>(kind)].label;
}

std::optional<ActionKind> actionKindFromCode(const std::string& code) {
    for (std::size_t i = 0; i < kKinds.size(); ++i)
        if (code == kKinds[i].code) return static_cast<ActionKind>(i);
    return std::nullopt;
}

const PlannedAction* ActionPlan::action(const std::string& id) const {
    for (const auto& a : actions)
        if (a.id == id) return &a;
    return nullptr;
}

nlohmann::json ActionPlan::toJson() const {
    auto list = nlohmann::json::array();
    for (const auto& a : actions) list.push_back({{"id", a.id}, {"type", actionKindCode(a.kind)}});
    return {{"capacite_heures", weeklyCapacityHours}, {"actions", list}};
}

ActionPlan ActionPlan::fromJson(const nlohmann::json&, std::vector<Problem>&) {
    return {};
}

}  // namespace cmcsim
