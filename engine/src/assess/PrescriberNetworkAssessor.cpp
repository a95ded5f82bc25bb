// B4.1.1 "Le candidat identifie ses interlocuteurs pour établir des relations et animer des temps
// d'échanges": the prescriber events (accounting firms, brokers) the weeks played held with
// prescribers present, and the kinds of prescribers animated; the introductions received and
// what became of them as evidence. The verdict is the weaker measure.
#include <fmt/format.h>

#include <set>

#include "PlayedCampaign.h"
#include "cmcsim/assess/Grading.h"
#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/core/FrenchFormat.h"
#include "cmcsim/sim/Campaign.h"

namespace cmcsim {

namespace {

IndicatorResult assessPrescribers(const AssessmentContext& context, const AssessorThresholds& t,
                                  const std::string& criterion, const std::string& indicator) {
    auto result = grading::start(criterion, indicator);
    if (played::withoutWeeks(result, context, "l'animation des prescripteurs")) return result;
    const auto& campaign = played::campaign(context);
    const auto& runs = context.state.weekRuns();
    std::int64_t events = 0, introduced = 0, meetings = 0;
    std::set<std::string> kinds;
    for (std::size_t i = 0; i < campaign.weeks().size() && i < runs.size(); ++i) {
        const auto& w = campaign.weeks()[i];
        for (const auto& e : w.executions) {
            const auto* a = runs[i].plan.action(e.action);
            if (!a || a->kind != ActionKind::PrescriberEvent || e.reached <= 0) continue;
            ++events;
            kinds.insert(a->prescriberKind);
            result.evidence.push_back(
                {played::actionEntry(context, a->id),
                 fmt::format("Événement prescripteur « {} », semaine {}", a->id, w.week),
                 fmt::format("{} ({})",
                             frenchCount(static_cast<double>(e.reached), "prescripteur venu",
                                         "prescripteurs venus"),
                             a->prescriberKind)});
        }
        for (const auto& c : w.contacts)
            if (c.action == "introduction") {
                ++introduced;
                if (c.meetingBooked) ++meetings;
            }
    }
    const auto kindCount = static_cast<std::int64_t>(kinds.size());
    const auto combined = grading::weakestOf(
        {grading::measureAtLeast(static_cast<double>(events), t.at("evenements_acquis"),
                                 t.at("evenements_partiel")),
         grading::measureAtLeast(static_cast<double>(kindCount), t.at("types_acquis"),
                                 t.at("types_partiel"))});
    result.verdict = combined.verdict;
    result.score = combined.score;
    result.evidence.insert(result.evidence.begin(),
                           {{0, "Événements prescripteurs tenus", std::to_string(events)},
                            {0, "Types de prescripteurs animés (experts-comptables, courtiers)",
                             std::to_string(kindCount)},
                            {0, "Entreprises présentées par les prescripteurs, rendez-vous pris",
                             grading::share(meetings, introduced)}});
    result.explanation = fmt::format(
        "Événements prescripteurs tenus dans les semaines jouées (au moins un prescripteur venu) : "
        "{} (« acquis » à partir de {}, « partiellement » à partir de {}). Types de prescripteurs "
        "animés (experts-comptables, courtiers) : {} "
        "(« acquis » à partir de {}, « partiellement » à partir de {}). Le verdict est le plus "
        "faible des deux ; les présentations reçues sont données en preuve.",
        events, t.at("evenements_acquis"), t.at("evenements_partiel"), kindCount,
        t.at("types_acquis"), t.at("types_partiel"));
    return result;
}

const AssessorRegistration kRegistration{
    {"reseaux.prescripteurs",
     {"evenements_acquis", "evenements_partiel", "types_acquis", "types_partiel"},
     assessPrescribers}};

}  // namespace

}  // namespace cmcsim
