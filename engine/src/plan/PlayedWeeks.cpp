#include "cmcsim/plan/PlayedWeeks.h"

#include <fmt/format.h>

#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

PlayedWeeks::PlayedWeeks(const Scenario& scenario, int lastPlayed)
    : scenario_(&scenario), last_(lastPlayed) {}

std::optional<std::string> PlayedWeeks::objectiveRefusal(int week, int month) const {
    if (week > 0) {
        if (week > last_) return std::nullopt;
        return fmt::format(
            "la semaine {} est déjà jouée : ses objectifs ne changent plus (objectifs possibles "
            "à partir de la semaine {})",
            week, next());
    }
    bool any = false;
    for (int w = 1; w <= scenario_->durationWeeks; ++w) {
        if (scenario_->startDate.plusDays(7 * (w - 1)).month() != static_cast<unsigned>(month))
            continue;
        if (w > last_) return std::nullopt;
        any = true;
    }
    if (!any) return std::nullopt;
    return fmt::format(
        "toutes les semaines du mois {} sont déjà jouées : ses objectifs ne changent plus", month);
}

std::optional<std::string> PlayedWeeks::actionRefusal(const PlannedAction* before,
                                                      const PlannedAction& after) const {
    const auto& id = after.id;
    if (!before || !started(*before)) {
        if (after.firstWeek >= next()) return std::nullopt;
        return fmt::format(
            "l'action « {} » commencerait en semaine {}, déjà jouée : une action commence au plus "
            "tôt en semaine {}",
            id, after.firstWeek, next());
    }
    if (after.firstWeek != before->firstWeek)
        return fmt::format(
            "l'action « {} » a commencé en semaine {} : sa semaine de début ne change plus", id,
            before->firstWeek);
    if (after.lastWeek < next())
        return fmt::format(
            "l'action « {} » a déjà couru : elle finit au plus tôt en semaine {} (pour l'arrêter "
            "après la semaine {}, supprimez-la)",
            id, next(), last_);
    if (after.kind != before->kind)
        return fmt::format(
            "l'action « {} » a déjà couru comme « {} » : son type ne change plus (créez une autre "
            "action)",
            id, actionKindLabel(before->kind));
    if (after.segmentId != before->segmentId || after.sirets != before->sirets ||
        after.prescriberKind != before->prescriberKind)
        return fmt::format(
            "l'action « {} » a déjà couru : sa cible ne change plus (créez une autre action)", id);
    return std::nullopt;
}

std::optional<std::string> PlayedWeeks::removalRefusal(const PlannedAction& action) const {
    if (action.lastWeek > last_) return std::nullopt;
    return fmt::format(
        "l'action « {} » s'est terminée en semaine {}, déjà jouée : elle reste au plan avec ses "
        "semaines jouées",
        action.id, action.lastWeek);
}

}  // namespace cmcsim
