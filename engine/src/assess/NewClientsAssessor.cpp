// B3.1.4 "De nouveaux clients/adhérents sont identifiés selon leur périmètre de prospection": the
// meetings the weeks played booked (per week played), the share of them brought by an action on
// one of the plan's targets (the prospecting perimeter; prescribers' introductions counted
// apart), with the signatures and the introductions converted as evidence. The verdict is the
// weaker of the two measures.
#include <fmt/format.h>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

namespace {

IndicatorResult assessNewClients(const AssessmentContext& context, const AssessorThresholds& t,
                                 const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "les nouveaux clients trouvés")) return result;
    const auto& campaign = played::campaign(context);
    const auto& runs = context.state.weekRuns();
    std::int64_t meetings = 0, inPerimeter = 0, introduced = 0, introducedMeetings = 0;
    std::int64_t signatures = 0;
    double premiums = 0;
    for (std::size_t i = 0; i < campaign.weeks().size() && i < runs.size(); ++i) {
        const auto& w = campaign.weeks()[i];
        const auto& plan = runs[i].plan;
        signatures += w.signatures;
        premiums += w.premiumsSignedEur;
        for (const auto& c : w.contacts) {
            if (c.action == "introduction") {
                ++introduced;
                if (c.meetingBooked) ++introducedMeetings;
                continue;
            }
            if (!c.meetingBooked) continue;
            ++meetings;
            const auto* a = plan.action(c.action);
            if (a && !a->segmentId.empty() && plan.target(a->segmentId)) ++inPerimeter;
        }
    }
    const auto weeks = static_cast<std::int64_t>(campaign.weeks().size());
    const double perWeek =
        static_cast<double>(meetings + introducedMeetings) / static_cast<double>(weeks);
    std::vector<grading::Measure> measures = {grading::measureAtLeast(
        perWeek, t.at("rdv_par_semaine_acquis"), t.at("rdv_par_semaine_partiel"))};
    if (meetings > 0)
        measures.push_back(grading::measureAtLeast(
            static_cast<double>(inPerimeter) / static_cast<double>(meetings),
            t.at("part_perimetre_acquis"), t.at("part_perimetre_partiel")));
    const auto combined = grading::weakestOf(measures);
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence = {
        {0, "Rendez-vous pris par semaine jouée", grading::number(perWeek, 2)},
        {0, "Rendez-vous des actions sur une cible du plan", grading::share(inPerimeter, meetings)},
        {0, "Entreprises présentées par un prescripteur, rendez-vous pris",
         grading::share(introducedMeetings, introduced)},
        {0, "Contrats signés",
         fmt::format("{} ({} € de primes annuelles)", signatures, grading::number(premiums, 0))}};
    result.explanation = fmt::format(
        "{}. Rendez-vous pris (actions du plan et présentations des "
        "prescripteurs) : {} par semaine (« acquis » à partir de {}, « partiellement » à partir de "
        "{}). Rendez-vous venus d'une action sur une cible du plan (le périmètre de prospection) : "
        "{} (« acquis » à partir de {}, « partiellement » à partir de {}). Le verdict est le plus "
        "faible des deux ; les signatures sont données en preuve (le cycle de vente dépasse "
        "souvent les semaines jouées).",
        frenchCount(static_cast<double>(weeks), "semaine jouée", "semaines jouées"),
        grading::number(perWeek, 2), frenchShort(t.at("rdv_par_semaine_acquis"), 2),
        frenchShort(t.at("rdv_par_semaine_partiel"), 2), grading::share(inPerimeter, meetings),
        grading::percent(t.at("part_perimetre_acquis")),
        grading::percent(t.at("part_perimetre_partiel")));
    return result;
}

const AssessorRegistration kRegistration{{"semaines.nouveaux_clients",
                                          {"rdv_par_semaine_acquis", "rdv_par_semaine_partiel",
                                           "part_perimetre_acquis", "part_perimetre_partiel"},
                                          assessNewClients}};

}  // namespace

}  // namespace cmcsim
