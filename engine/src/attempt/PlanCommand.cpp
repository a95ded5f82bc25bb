#include "cmcsim/attempt/PlanCommand.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "EntryRefusal.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/core/JsonReader.h"
#include "cmcsim/core/Siret.h"
#include "cmcsim/plan/PlayedWeeks.h"
#include "cmcsim/reference/PlanRules.h"
#include "cmcsim/scenario/Scenario.h"

namespace cmcsim {

using entry::refuse;
using entry::textField;
using entry::throwIfAny;

bool PlanCommand::is(const std::string& kind) {
    return kind == command::kPlanObjective || kind == command::kPlanObjectiveRemove ||
           kind == command::kPlanTarget || kind == command::kPlanTargetRemove ||
           kind == command::kPlanAction || kind == command::kPlanActionRemove ||
           kind == command::kPlanCapacity;
}

ActionPlan PlanCommand::apply(const JournalEntry& e, const nlohmann::json& payload,
                              const ActionPlan& before, const Context& context) {
    std::vector<Problem> problems;
    JsonReader r(payload, problems);
    const int weeks = context.scenario.durationWeeks;
    const auto checkWeek = [&](const char* key, int week) {
        if (week > weeks)
            r.problemAt(key,
                        fmt::format("semaine {} hors de l'épreuve (semaines 1 à {})", week, weeks));
    };
    const auto knownSegment = [&](const std::string& id) {
        return std::any_of(context.segments.begin(), context.segments.end(),
                           [&](const Segment& s) { return s.id == id; });
    };
    ActionPlan plan = before;
    // The played weeks read the plan as it was: a change touches only the weeks to come.
    const PlayedWeeks played(context.scenario,
                             context.weekRuns.empty() ? 0 : context.weekRuns.back().week);
    if (e.kind == command::kPlanObjective) {
        const auto objective = PlanObjective::fromJson(r);
        checkWeek("semaine", objective.week);
        throwIfAny(e, problems);
        if (const auto why = played.objectiveRefusal(objective.week, objective.month))
            refuse(e, *why);
        plan.setObjective(objective);
    } else if (e.kind == command::kPlanObjectiveRemove) {
        r.allowOnly({"semaine", "mois"});
        const auto week = static_cast<int>(r.integer("semaine", 0, 520, false).value_or(0));
        const auto month = static_cast<int>(r.integer("mois", 0, 12, false).value_or(0));
        throwIfAny(e, problems);
        if (!plan.objective(week, month))
            refuse(e, week ? fmt::format("aucun objectif pour la semaine {}", week)
                           : fmt::format("aucun objectif pour le mois {}", month));
        if (const auto why = played.objectiveRefusal(week, month)) refuse(e, *why);
        std::erase_if(plan.objectives,
                      [&](const PlanObjective& o) { return o.week == week && o.month == month; });
    } else if (e.kind == command::kPlanTarget) {
        const auto target = PlanTarget::fromJson(r);
        if (!target.segmentId.empty() && !knownSegment(target.segmentId))
            r.problemAt("segment", fmt::format("segment inconnu « {} » (enregistrez-le d'abord)",
                                               target.segmentId));
        throwIfAny(e, problems);
        plan.setTarget(target);
    } else if (e.kind == command::kPlanTargetRemove) {
        r.allowOnly({"segment"});
        throwIfAny(e, problems);
        const auto id = textField(payload, "segment");
        if (!plan.removeTarget(id))
            refuse(e, fmt::format("le segment « {} » n'est pas une cible du plan", id));
    } else if (e.kind == command::kPlanAction) {
        const auto action = PlannedAction::fromJson(r);
        checkWeek("semaine_debut", action.firstWeek);
        checkWeek("semaine_fin", action.lastWeek);
        if (!action.segmentId.empty() && !knownSegment(action.segmentId))
            r.problemAt("segment", fmt::format("segment inconnu « {} » (enregistrez-le d'abord)",
                                               action.segmentId));
        for (const auto number : action.sirets)
            if (!context.prospects.listsSiret(number))
                r.problemAt("sirets", fmt::format("SIRET absent du fichier prospects « {} »",
                                                  siret::formatSiret(number)));
        const bool needsCompanies =
            action.kind == ActionKind::CallSequence || action.kind == ActionKind::Mailing ||
            action.kind == ActionKind::Emailing || action.kind == ActionKind::Appointment;
        if (needsCompanies && action.segmentId.empty() && action.sirets.empty())
            r.problem(fmt::format("une action « {} » vise un segment ou des SIRET",
                                  actionKindLabel(action.kind)));
        throwIfAny(e, problems);
        if (const auto why = played.actionRefusal(plan.action(action.id), action)) refuse(e, *why);
        plan.putAction(action);
    } else if (e.kind == command::kPlanActionRemove) {
        r.allowOnly({"id"});
        throwIfAny(e, problems);
        const auto id = textField(payload, "id");
        const auto* action = plan.action(id);
        if (!action) refuse(e, fmt::format("action inconnue « {} »", id));
        if (const auto why = played.removalRefusal(*action)) refuse(e, *why);
        if (played.started(*action)) {
            // It ran: it stops after the last week played and keeps its played weeks.
            auto stopped = *action;
            stopped.lastWeek = played.last();
            plan.putAction(stopped);
        } else {
            plan.removeAction(id);
        }
    } else if (e.kind == command::kPlanCapacity) {
        r.allowOnly({"heures_semaine"});
        // One bound, one message: the legal maximum of datasets/regles_plan.csv (the CLI and the
        // studio leave it to this check).
        const auto hours = r.number("heures_semaine", 0, std::numeric_limits<double>::max(), true);
        throwIfAny(e, problems);
        const auto& bound = context.rules.rule("capacite_max_legale");
        if (*hours > bound.threshold + 1e-9)
            refuse(e, PlanRules::fill(bound.message, {{"heures", frenchShort(*hours, 1)},
                                                      {"max", frenchShort(bound.threshold, 1)}}));
        plan.weeklyCapacityHours = *hours;
    }
    return plan;
}

std::optional<std::string> PlanCommand::pastRefusal(const JournalEntry& e,
                                                    const std::vector<WeekRun>& weekRuns,
                                                    const char* what) {
    if (!is(e.kind)) return std::nullopt;
    const auto later = std::find_if(weekRuns.begin(), weekRuns.end(),
                                    [&](const WeekRun& run) { return run.entry > e.sequence; });
    if (later == weekRuns.end()) return std::nullopt;
    return fmt::format(
        "cette modification du plan précède la semaine {} jouée : {} réécrirait les semaines "
        "jouées (modifiez le plan pour les semaines suivantes)",
        later->week, what);
}

}  // namespace cmcsim
