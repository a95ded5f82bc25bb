// B3.1.3 "Les actions de prospection (ex : séquences d'appels entrants / sortants, rendez-vous,
// salons, animation de réseaux) sont organisées, préparées": the plan followed (contacts made
// against contacts made or dropped in the weeks played), adjusted once results came in (plan
// changes after the first week played, measured when enough weeks were played to see results)
// and prepared (actions whose description is written). The verdict is the weakest measure.
#include <fmt/format.h>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

namespace {

IndicatorResult assessFollowUp(const AssessmentContext& context, const AssessorThresholds& t,
                               const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "l'organisation et le suivi des actions"))
        return result;
    if (played::withoutPlan(result, context, "l'organisation et le suivi des actions"))
        return result;
    const auto& campaign = played::campaign(context);
    std::int64_t made = 0, dropped = 0;
    std::vector<Evidence> drops;
    for (const auto& w : campaign.weeks())
        for (const auto& e : w.executions) {
            made += e.contacts;
            dropped += e.dropped;
            if (e.dropped > 0)
                drops.push_back({0, fmt::format("Semaine {}, action « {} »", w.week, e.action),
                                 fmt::format("{} : {}",
                                             frenchCount(static_cast<double>(e.dropped),
                                                         "contact perdu", "contacts perdus"),
                                             e.limit)});
        }
    played::appendListed(result.evidence, drops);
    const auto adjustments = played::adjustmentsAfterResults(context);
    const auto weeks = static_cast<std::int64_t>(campaign.weeks().size());
    const double minWords = t.at("description_mots_min");
    std::int64_t prepared = 0;
    const auto& actions = context.state.plan().actions;
    for (const auto& a : actions)
        if (played::written(a.description, minWords))
            ++prepared;
        else
            result.evidence.push_back({played::actionEntry(context, a.id),
                                       fmt::format("Action « {} » non préparée", a.id),
                                       "description absente ou trop courte"});
    const auto total = static_cast<std::int64_t>(actions.size());

    std::vector<grading::Measure> measures;
    if (made + dropped > 0)
        measures.push_back(
            grading::measureAtLeast(static_cast<double>(made) / static_cast<double>(made + dropped),
                                    t.at("part_executee_acquis"), t.at("part_executee_partiel")));
    const bool adjustable = static_cast<double>(weeks) >= t.at("semaines_avant_ajustement");
    if (adjustable)
        measures.push_back(grading::measureAtLeast(static_cast<double>(adjustments.count),
                                                   t.at("ajustements_acquis"),
                                                   t.at("ajustements_partiel")));
    measures.push_back(
        grading::measureAtLeast(static_cast<double>(prepared) / static_cast<double>(total),
                                t.at("part_preparees_acquis"), t.at("part_preparees_partiel")));
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(
        result.evidence.begin(),
        {{0, "Contacts faits sur contacts faits ou perdus", grading::share(made, made + dropped)},
         {adjustments.firstEntry, "Changements du plan après la première semaine jouée",
          std::to_string(adjustments.count)},
         {0, "Actions préparées (description écrite)", grading::share(prepared, total)}});
    result.explanation = fmt::format(
        "{}. Plan suivi : contacts faits sur contacts faits ou perdus {} "
        "(« acquis » à partir de {}, « partiellement » à partir de {}). Plan ajusté après les "
        "résultats : {} du plan après la première semaine jouée (« acquis » à partir "
        "de {}, « partiellement » à partir de {} ; {}). Actions préparées (description d'au moins "
        "{} mots) : {} (« acquis » à partir de {}, « partiellement » à partir de {}). Le verdict "
        "est le plus faible des mesures.",
        frenchCount(static_cast<double>(weeks), "semaine jouée", "semaines jouées"),
        grading::share(made, made + dropped), grading::percent(t.at("part_executee_acquis")),
        grading::percent(t.at("part_executee_partiel")),
        frenchCount(static_cast<double>(adjustments.count), "changement", "changements"),
        frenchShort(t.at("ajustements_acquis"), 2), frenchShort(t.at("ajustements_partiel"), 2),
        adjustable ? "compté"
                   : fmt::format("non compté avant {} semaines jouées",
                                 frenchShort(t.at("semaines_avant_ajustement"), 2)),
        minWords, grading::share(prepared, total), grading::percent(t.at("part_preparees_acquis")),
        grading::percent(t.at("part_preparees_partiel")));
    return result;
}

const AssessorRegistration kRegistration{
    {"semaines.organisation",
     {"part_executee_acquis", "part_executee_partiel", "semaines_avant_ajustement",
      "ajustements_acquis", "ajustements_partiel", "description_mots_min", "part_preparees_acquis",
      "part_preparees_partiel"},
     assessFollowUp}};

}  // namespace

}  // namespace cmcsim
