// B3.1.1 "Les objectifs journaliers sont fixés et tenus": over the simulated weeks played, the
// share of weeks with a daily call objective in the plan (fixés) and, among them, the share
// where the calls made per working day (public holidays excluded, PlanCalendar) reach it
// (tenus). The verdict is the weaker of the two.
#include <fmt/format.h>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/plan/PlanCalendar.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

namespace {

IndicatorResult assessDailyObjectives(const AssessmentContext& context, const AssessorThresholds& t,
                                      const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "les objectifs journaliers")) return result;
    const auto& campaign = played::campaign(context);
    const PlanCalendar calendar(context.scenario, context.state.plan().weeklyCapacityHours);
    std::int64_t weeks = 0, set = 0, met = 0;
    for (const auto& w : campaign.weeks()) {
        ++weeks;
        if (w.dailyCallsObjective <= 0) continue;
        ++set;
        const auto* week = calendar.week(w.week);
        const auto days = week && !week->workingDays.empty()
                              ? static_cast<double>(week->workingDays.size())
                              : 5.0;
        const double perDay = static_cast<double>(w.calls) / days;
        const bool reached = perDay >= static_cast<double>(w.dailyCallsObjective);
        if (reached) ++met;
        result.evidence.push_back(
            {0, fmt::format("Semaine {}", w.week),
             fmt::format("objectif {} appels par jour, {} appels en {} jours ouvrés ({} par jour) "
                         ": {}",
                         w.dailyCallsObjective, w.calls, days, grading::number(perDay, 1),
                         reached ? "tenu" : "non tenu")});
    }
    std::vector<grading::Measure> measures = {grading::measureAtLeast(
        static_cast<double>(set) / static_cast<double>(weeks),
        t.at("part_semaines_objectif_acquis"), t.at("part_semaines_objectif_partiel"))};
    if (set > 0)
        measures.push_back(grading::measureAtLeast(
            static_cast<double>(met) / static_cast<double>(set),
            t.at("part_semaines_tenues_acquis"), t.at("part_semaines_tenues_partiel")));
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(
        result.evidence.begin(),
        {{0, "Semaines avec un objectif d'appels par jour", grading::share(set, weeks)},
         {0, "Semaines où l'objectif est tenu", grading::share(met, set)}});
    result.explanation = fmt::format(
        "{}. Semaines dont le plan fixe un objectif d'appels par jour : {} "
        "(« acquis » à partir de {}, « partiellement » à partir de {}). Parmi elles, semaines où "
        "les appels passés par jour ouvré (jours fériés déduits) atteignent l'objectif : {} "
        "(« acquis » à partir de {}, « partiellement » à partir de {}). Le verdict est le plus "
        "faible des deux.",
        frenchCount(static_cast<double>(weeks), "semaine jouée", "semaines jouées"),
        grading::share(set, weeks), grading::percent(t.at("part_semaines_objectif_acquis")),
        grading::percent(t.at("part_semaines_objectif_partiel")), grading::share(met, set),
        grading::percent(t.at("part_semaines_tenues_acquis")),
        grading::percent(t.at("part_semaines_tenues_partiel")));
    return result;
}

const AssessorRegistration kRegistration{
    {"semaines.objectifs_journaliers",
     {"part_semaines_objectif_acquis", "part_semaines_objectif_partiel",
      "part_semaines_tenues_acquis", "part_semaines_tenues_partiel"},
     assessDailyObjectives}};

}  // namespace

}  // namespace cmcsim
